import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorStatement, keepActor, runAs } from "./actor";
import { db, rowsOf } from "./client";

const whoAmI = async (q: Pick<typeof db, "execute"> = db) =>
  rowsOf<{ role: string; user: string }>(await q.execute(sql`SELECT current_setting('app.user_role', true) AS role, current_user AS user`))[0];
const viewer = { userId: "00000000-0000-4000-8000-000000000001", role: "viewer" as const };

describe("the acting user in the database", () => {
  it("reaches every query a function makes, also ones returned unawaited and inside transactions", async () => {
    expect(await runAs(viewer, () => whoAmI())).toEqual({ role: "viewer", user: "advocacy_app" });
    expect(await runAs(viewer, () => db.transaction((tx) => whoAmI(tx)))).toMatchObject({ role: "viewer" });
    // Outside any runAs, scripts and tests act as the owner (the Next.js server as "anonymous").
    expect((await whoAmI()).user).not.toBe("advocacy_app");
  });

  it("keeps acting as an iterator's creator when it is pulled later, as a streamed CSV is", async () => {
    async function* roles() {
      for (let i = 0; i < 2; i++) yield (await whoAmI()).role;
    }
    const iterator = runAs(viewer, () => keepActor(roles()));
    const seen: string[] = [];
    for await (const role of iterator) seen.push(role);
    expect(seen).toEqual(["viewer", "viewer"]);
  });

  it("refuses identities that could break out of the statement", () => {
    expect(() => actorStatement({ userId: "x', true); DROP TABLE cases; --", role: "viewer" })).toThrow();
    expect(() => actorStatement({ rsvpTokenHash: "'; --" })).toThrow();
    expect(actorStatement("owner")).toBeNull();
  });
});
