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

  it("runs an actor's transaction as one transaction: all or nothing", async () => {
    const ids = await runAs(viewer, () =>
      db.transaction(async (tx) => {
        const one = rowsOf<{ id: string }>(await tx.execute(sql`SELECT pg_current_xact_id()::text AS id`))[0].id;
        const two = rowsOf<{ id: string }>(await tx.execute(sql`SELECT pg_current_xact_id()::text AS id`))[0].id;
        return [one, two];
      }),
    );
    expect(ids[0]).toBe(ids[1]);
    const label = `actor-rollback-${Date.now()}`;
    await expect(
      runAs(viewer, () =>
        db.transaction(async (tx) => {
          await tx.execute(sql`INSERT INTO audit_entries (action, entity, summary) VALUES ('test', 'test', ${label})`);
          throw new Error("undo");
        }),
      ),
    ).rejects.toThrow("undo");
    expect(rowsOf(await db.execute(sql`SELECT 1 FROM audit_entries WHERE summary = ${label}`))).toHaveLength(0);
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
