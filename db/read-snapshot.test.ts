import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { runAs } from "./actor";
import { db, readInOneSnapshot, rowsOf } from "./client";

const viewer = { userId: "00000000-0000-4000-8000-000000000001", role: "viewer" as const };
const officer = { userId: "00000000-0000-4000-8000-000000000002", role: "officer" as const };
const onPostgres = process.env.DATABASE_URL !== undefined;

/** Who the statement ran as, and on which server process (one per connection). */
const xact = async () =>
  rowsOf<{ role: string; pid: number }>(await db.execute(sql`SELECT current_setting('app.user_role', true) AS role, pg_backend_pid() AS pid`))[0];
const count = async (label: string) =>
  Number(rowsOf<{ n: string }>(await db.execute(sql`SELECT count(*) AS n FROM audit_entries WHERE summary = ${label}`))[0].n);

describe("a page's reads in one snapshot (readInOneSnapshot)", () => {
  it.skipIf(!onPostgres)("runs the actor's parallel reads on one connection, as that actor", async () => {
    const seen = await readInOneSnapshot(viewer, () => runAs(viewer, () => Promise.all([xact(), xact(), xact()])));
    expect(new Set(seen.map((s) => s.pid)).size).toBe(1);
    expect(seen.every((s) => s.role === "viewer")).toBe(true);
  });

  it.skipIf(!onPostgres)("sees one snapshot: a row committed meanwhile by someone else is not seen until it ends", async () => {
    const label = `snapshot-${Date.now()}`;
    const [before, after] = await readInOneSnapshot(viewer, () =>
      runAs(viewer, async () => {
        const first = await countCases();
        await bySomeoneElse(sql`INSERT INTO cases (primary_name) VALUES (${label})`);
        return [first, await countCases()];
      }),
    );
    expect(after).toBe(before);
    expect(await runAs(viewer, countCases)).toBe(before + 1);
    await db.execute(sql`DELETE FROM cases WHERE primary_name = ${label}`);
  });

  it.skipIf(!onPostgres)("takes a read's own transaction in, and refuses what would need a second connection", async () => {
    const label = `snapshot-write-${Date.now()}`;
    const [outer, inner] = await readInOneSnapshot(viewer, () =>
      runAs(viewer, () => Promise.all([xact(), db.transaction((tx) => tx.execute(sql`SELECT pg_backend_pid() AS pid`))])),
    );
    expect(rowsOf<{ pid: number }>(inner)[0].pid).toBe(outer.pid);
    // Another actor's statements or the owner's would wait for a connection of their own while the
    // page holds one: refused at once. Writes: refused by the read-only transaction.
    for (const attempt of [
      () => runAs(officer, xact),
      () => runAs("owner", async () => await db.execute(sql`SELECT 1`)),
      () => readInOneSnapshot(officer, xact),
    ]) {
      await expect(readInOneSnapshot(viewer, attempt)).rejects.toThrow(/Only the same user's reads/);
    }
    for (const attempt of [
      // (awaited inside: drizzle's query promises run when awaited, in the awaiting context)
      () => runAs(viewer, async () => await db.execute(sql`INSERT INTO audit_entries (action, entity, summary) VALUES ('test', 'test', ${label})`)),
      () => runAs(viewer, () => db.transaction(async (tx) => await tx.execute(sql`INSERT INTO audit_entries (action, entity, summary) VALUES ('test', 'test', ${label})`))),
    ]) {
      await expect(readInOneSnapshot(viewer, attempt)).rejects.toThrow(/read-only transaction/);
    }
    expect(await count(label)).toBe(0);
    // A nested snapshot of the same actor is the same one.
    const nested = await readInOneSnapshot(viewer, () => runAs(viewer, async () => [await xact(), await readInOneSnapshot(viewer, () => runAs(viewer, xact))]));
    expect(nested[1].pid).toBe(nested[0].pid);
  });

  it("returns what the reads return, and passes their error on (both drivers)", async () => {
    expect(await readInOneSnapshot(viewer, () => runAs(viewer, async () => (await xact()).role))).toBe("viewer");
    await expect(readInOneSnapshot(viewer, () => runAs(viewer, () => db.execute(sql`SELECT 1/0`)))).rejects.toThrow();
    // The connection went back to the pool in a usable state.
    expect((await runAs(viewer, xact)).role).toBe("viewer");
  });
});

/** A statement on a connection of its own, outside the app's pool. */
async function bySomeoneElse(statement: SQL): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { sql: text, params } = new PgDialect().sqlToQuery(statement);
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

async function countCases(): Promise<number> {
  return Number(rowsOf<{ n: string }>(await db.execute(sql`SELECT count(*) AS n FROM cases`))[0].n);
}

describe("a failed read inside one snapshot", () => {
  it.skipIf(!onPostgres)("fails the page's reads after it, and leaves the connection usable", async () => {
    const [failed, later] = await readInOneSnapshot(viewer, () =>
      runAs(viewer, () => Promise.allSettled([(async () => await db.execute(sql`SELECT 1/0`))(), xact()])),
    );
    expect(failed.status).toBe("rejected");
    expect(later.status).toBe("rejected");
    expect((await runAs(viewer, xact)).role).toBe("viewer");
  });
});
