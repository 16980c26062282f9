// Applies the committed SQL migrations (db/migrations), then the current definition of every
// function and trigger (db/sql), on either driver.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import pg from "pg";
import { createDatabase, type Db } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");
export const sqlFolder = path.join(process.cwd(), "db", "sql");

/** Every file of db/sql, in name order, as one script. */
export function sqlDefinitions(): string {
  return readdirSync(sqlFolder)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => `-- db/sql/${name}\n${readFileSync(path.join(sqlFolder, name), "utf8")}`)
    .join("\n");
}

/** A connection inside a transaction: `exec` runs a script of several statements. */
export type SqlRunner = {
  exec: (script: string) => Promise<unknown>;
  query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
};

// Which db/sql the database holds: a hash of the files and of the migrations they were applied
// after. Re-creating a trigger locks its table against writes, so instances that start while
// others serve apply db/sql only when it or the migrations changed (a restored backup brings its
// own stamp, and is brought up to date like any older database).
const SQL_STAMP_TABLE = "drizzle.__db_sql";

function sqlStamp(script: string): string {
  return createHash("sha256")
    .update(readFileSync(path.join(migrationsFolder, "meta", "_journal.json")))
    .update(script)
    .digest("hex");
}

/** Applies db/sql unless the database already holds this version of it; call inside a transaction. */
async function applySqlDefinitions(run: SqlRunner): Promise<void> {
  const script = sqlDefinitions();
  const stamp = sqlStamp(script);
  await run.exec(`CREATE TABLE IF NOT EXISTS ${SQL_STAMP_TABLE} (stamp text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await run.query(`SELECT stamp FROM ${SQL_STAMP_TABLE}`);
  if (rows.length === 1 && (rows[0] as { stamp: string }).stamp === stamp) return;
  await run.exec(script);
  await run.query(`DELETE FROM ${SQL_STAMP_TABLE}`);
  await run.query(`INSERT INTO ${SQL_STAMP_TABLE} (stamp) VALUES ($1)`, [stamp]);
}

// Several app instances may start at once against one PostgreSQL: a session-level advisory lock
// makes them apply migrations one after another instead of racing.
const MIGRATION_LOCK = 724_001;

export async function runMigrations(db: Db, kind: "postgres" | "pglite", url = process.env.DATABASE_URL): Promise<void> {
  if (kind === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    const client = (db as unknown as { $client: PGlite }).$client;
    await client.transaction((tx) => applySqlDefinitions(tx));
    return;
  }
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
    // db/sql in one transaction of its own, on the connection that holds the lock.
    await lock.query("BEGIN");
    try {
      await applySqlDefinitions({ exec: (script) => lock.query(script), query: (text, params) => lock.query(text, params) });
      await lock.query("COMMIT");
    } catch (error) {
      await lock.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

/** Opens its own connection, migrates, closes. For scripts and test setup. */
export async function migrateDatabase(url = process.env.DATABASE_URL): Promise<void> {
  const handle = createDatabase(url);
  try {
    await runMigrations(handle.db, handle.kind, url);
  } finally {
    await handle.close();
  }
}
