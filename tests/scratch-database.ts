// A database of a test's own, beside the shared test database: a new database on the DATABASE_URL
// server, or a PGlite folder in a temporary directory. `drop` removes it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type ScratchDatabase = { url: string | undefined; pgliteDir: string; drop: () => Promise<void> };

export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `advocacy-${label}-`));
    return { url: undefined, pgliteDir: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `advocacy_${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), pgliteDir: "", drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Points the app's shared database handle (db/client.ts, which the app's queries read) at
 * `scratch` for the rest of a test file; the returned function points it back.
 */
export async function useForApp(scratch: ScratchDatabase): Promise<() => Promise<void>> {
  const { closeDatabase } = await import("@/db/client");
  const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DIR };
  await closeDatabase();
  if (scratch.url) process.env.DATABASE_URL = scratch.url;
  else process.env.PGLITE_DIR = scratch.pgliteDir;
  return async () => {
    await closeDatabase();
    process.env.DATABASE_URL = saved.url;
    process.env.PGLITE_DIR = saved.dir;
    if (saved.dir === undefined) delete process.env.PGLITE_DIR;
  };
}
