import { describe, expect, it } from "vitest";
import { GET } from "@/app/healthz/route";
import { createDatabase } from "@/db/client";
import { databaseIsUp } from "./health";

describe("/healthz", () => {
  it("answers 200 ok, uncached, with nothing but the status, when the database is up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it.skipIf(!process.env.DATABASE_URL)("reports a database that cannot be reached as down", async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    const unreachable = createDatabase("postgres://postgres@127.0.0.1:1/nothing");
    try {
      expect(await databaseIsUp(2_000, unreachable.db)).toBe(false);
    } finally {
      await unreachable.close();
    }
  });
});
