// The one database handle of the app. DATABASE_URL set → a node-postgres pool against a real
// PostgreSQL; unset → embedded PGlite (PostgreSQL in WebAssembly) in a local data folder.
// Same schema, same migrations, same queries on both.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { errorFields, log } from "../lib/log";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; data-access functions accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = { db: Db; close: () => Promise<void>; kind: "postgres" | "pglite" };

export function pgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), "data", "pglite");
}

function createPostgres(url: string): Handle {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE || 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its connection (PostgreSQL restart, failover) emits 'error' on the pool;
  // without a listener Node would crash the whole process. The pool replaces the client.
  pool.on("error", (err) => void log.error("database idle client error", errorFields(err)));
  const db = drizzlePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  return { db, close: () => pool.end(), kind: "postgres" };
}

function createPglite(dir: string): Handle {
  const inMemory = dir.startsWith("memory://");
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const client = new PGlite(inMemory ? undefined : dir, { extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
  return { db, close: () => client.close(), kind: "pglite" };
}

export function createDatabase(url = process.env.DATABASE_URL): Handle {
  return url ? createPostgres(url) : createPglite(pgliteDir());
}

// One handle per process; kept on globalThis so Next's dev reloads do not open PGlite twice.
const globalForDb = globalThis as unknown as { __advocacyDesk?: Handle };

function handle(): Handle {
  globalForDb.__advocacyDesk ??= createDatabase();
  return globalForDb.__advocacyDesk;
}

export const db: Db = new Proxy({} as Db, {
  // Lazy: importing this module opens nothing; the first query does.
  get(_target, prop) {
    const real = handle().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export function databaseKind(): Handle["kind"] {
  return handle().kind;
}

export async function closeDatabase(): Promise<void> {
  const h = globalForDb.__advocacyDesk;
  globalForDb.__advocacyDesk = undefined;
  if (h) await h.close();
}

/** Rows of a raw `db.execute(sql...)` result, the same on both drivers. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
