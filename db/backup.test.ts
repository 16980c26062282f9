// A backup of the seeded demo database, restored into a new database, holds exactly the same
// rows: every table compared by row count and by a checksum of all its rows computed in SQL.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "./client";
import { runMigrations } from "./migrate";
import { seedDemoData } from "./seed";
import { seedDemoUsers } from "./seed/users";
import { scratchDatabase } from "../tests/scratch-database";
import { BackupError, backupDatabase, listTables, qualified, restoreDatabase } from "./backup";

type Queryable = { query: (sql: string) => Promise<{ rows: unknown[] }> };
type Fingerprint = Record<string, { rows: number; md5: string }>;

async function fingerprint(client: Queryable): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const table of await listTables(client)) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${qualified(table)} t`,
    );
    result[table] = rows[0] as { rows: number; md5: string };
  }
  return result;
}

/** Migrates and seeds the demo data with the same code `npm run db:seed` runs. */
async function seed(url: string | undefined): Promise<void> {
  const handle = createDatabase(url);
  try {
    await runMigrations(handle.db, handle.kind, url);
    await seedDemoData(handle.db, await seedDemoUsers(handle.db));
  } finally {
    await handle.close();
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "advocacy-backup-test-"));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)("backup and restore on PostgreSQL (pg_dump / pg_restore)", () => {
  async function freshDatabase(suffix: string): Promise<string> {
    const scratch = await scratchDatabase(`backup_${suffix}`);
    cleanups.push(scratch.drop);
    return scratch.url!;
  }

  async function fingerprintOf(url: string): Promise<Fingerprint> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fingerprint(client);
    } finally {
      await client.end();
    }
  }

  it("restores into a new database exactly what was backed up, and refuses a non-empty target without --force", { timeout: 90_000 }, async () => {
    const source = await freshDatabase("src");
    const target = await freshDatabase("dst");
    await seed(source);

    const file = path.join(tmp, "seeded.dump");
    const backup = await backupDatabase({ url: source, pgliteDir: "" }, file);
    expect(backup.kind).toBe("postgres");
    expect(backup.bytes).toBeGreaterThan(0);
    const expected = await fingerprintOf(source);
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(backup.tables.find((t) => t.table === "public.users")?.rows).toBe(expected["public.users"].rows);

    const restored = await restoreDatabase({ url: target, pgliteDir: "" }, file);
    expect(restored.tables).toEqual(backup.tables);
    expect(await fingerprintOf(target)).toEqual(expected);

    await expect(restoreDatabase({ url: target, pgliteDir: "" }, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase({ url: target, pgliteDir: "" }, file)).rejects.toThrow(/not empty.*--force/);

    // With --force the objects are dropped and recreated: still exactly the backup.
    await restoreDatabase({ url: target, pgliteDir: "" }, file, true);
    expect(await fingerprintOf(target)).toEqual(expected);
  });

  it("will not restore a PGlite data-folder backup into PostgreSQL", async () => {
    const file = path.join(tmp, "not-a-dump.tar.gz");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    await expect(restoreDatabase({ url: serverUrl, pgliteDir: "" }, file)).rejects.toThrow(/PGlite data-folder backup/);
  });
});

// Migrating and seeding PGlite (PostgreSQL in WebAssembly) takes about a minute on a small
// machine; the PostgreSQL test above covers the same path when DATABASE_URL is set (as in CI).
describe.skipIf(!!serverUrl)("backup and restore of embedded PGlite (data folder tarball)", () => {
  it("restores into a new data folder exactly what was backed up", { timeout: 240_000 }, async () => {
    const sourceDir = path.join(tmp, "pglite-src");
    const targetDir = path.join(tmp, "pglite-dst");
    const previous = process.env.PGLITE_DIR;
    process.env.PGLITE_DIR = sourceDir;
    try {
      await seed(undefined);
    } finally {
      process.env.PGLITE_DIR = previous;
    }
    const open = async (dir: string) => {
      const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
      const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
      return PGlite.create(dir, { extensions: { pg_trgm, unaccent } });
    };
    const source = await open(sourceDir);
    const expected = await fingerprint(source);
    await source.close();

    const file = path.join(tmp, "seeded.pglite.tar.gz");
    const backup = await backupDatabase({ pgliteDir: sourceDir }, file);
    expect(backup.kind).toBe("pglite");
    const restored = await restoreDatabase({ pgliteDir: targetDir }, file);
    expect(restored.tables).toEqual(backup.tables);
    const target = await open(targetDir);
    expect(await fingerprint(target)).toEqual(expected);
    await target.close();

    await expect(restoreDatabase({ pgliteDir: targetDir }, file)).rejects.toThrow(/not empty.*--force/);
  });
});
