// Applies the committed SQL migrations (db/migrations) on either driver.
import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import pg from "pg";
import { createDatabase, type Db } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Several app instances may start at once against one PostgreSQL: a session-level advisory lock
// makes them apply migrations one after another instead of racing.
const MIGRATION_LOCK = 724_001;

export async function runMigrations(db: Db, kind: "postgres" | "pglite", url = process.env.DATABASE_URL): Promise<void> {
  if (kind === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
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
