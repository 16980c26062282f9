// The one database handle of the app. DATABASE_URL set → a node-postgres pool against a real
// PostgreSQL; unset → embedded PGlite (PostgreSQL in WebAssembly) in a local data folder.
// Same schema, same migrations, same queries on both.
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { errorFields, log } from "../lib/log";
import { actorStatement, currentActor, type DbActor } from "./actor";
import { redactQueryErrors } from "./query-errors";
import * as schema from "./schema";

// A failed statement's error carries no parameter values, wherever it is logged (db/query-errors.ts).
redactQueryErrors();

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; data-access functions accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = {
  db: Db;
  close: () => Promise<void>;
  kind: "postgres" | "pglite";
  /** See readInOneSnapshot(). */
  readInOneSnapshot: <T>(statement: string, fn: () => Promise<T>) => Promise<T>;
};

/**
 * A page's reads sharing one read-only transaction (readInOneSnapshot): its connection, the actor
 * statement it was opened with, whether fn is still running, and the last statement sent (a pg
 * connection runs one at a time; the reads are chained rather than handed to it all at once).
 */
type SharedRead = { client: pg.PoolClient; statement: string; open: boolean; queue: Promise<unknown> };
const globalForShared = globalThis as unknown as { __advocacyDeskSharedRead?: AsyncLocalStorage<SharedRead> };
const sharedReads = (globalForShared.__advocacyDeskSharedRead ??= new AsyncLocalStorage<SharedRead>());

// While fn runs it holds a pool connection: anything that needed a second one (another actor's
// statement, the owner's) could wait for ever once every connection is held by a page waiting the
// same way. So only the same actor's statements run, all on the shared connection, and the rest
// fails at once, loudly, in the tests that exercise it. Writes PostgreSQL refuses: READ ONLY.
const sharedOnly = "Only the same user's reads may run inside readTogether (db/client.ts, readInOneSnapshot)";
function requireJoinable(shared: SharedRead, statement: string): void {
  if (shared.statement !== statement) throw new Error(sharedOnly);
}

/** One of the same actor's reads, sent on the shared connection after the ones before it. */
function sharedQuery(shared: SharedRead, statement: string, config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
  requireJoinable(shared, statement);
  const result = shared.queue.then(() => shared.client.query(config, values));
  shared.queue = result.catch(() => undefined);
  return result;
}

/**
 * A transaction opened by a read inside readInOneSnapshot (a list that reads its rows and total in
 * one): it becomes part of the shared one. Its BEGIN, COMMIT and ROLLBACK are dropped, its reads
 * join, and a write in it is refused like any other (the shared transaction is READ ONLY).
 */
function joinedTransaction(shared: SharedRead, statement: string): pg.PoolClient {
  const done = { rows: [], rowCount: 0, command: "", oid: 0, fields: [] };
  const query = (config: string | pg.QueryConfig, values?: unknown[]) => {
    const text = typeof config === "string" ? config : config.text;
    if (/^\s*(begin|commit|rollback)\b/i.test(text)) return Promise.resolve(done);
    return sharedQuery(shared, statement, typeof config === "string" ? { text: config } : config, values);
  };
  return { query, release: () => undefined } as unknown as pg.PoolClient;
}

export function pgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), "data", "pglite");
}

/**
 * A checked-out connection has no error listener of the pool's: one that breaks while it is
 * between statements would emit an unhandled 'error' and take the process down. Until release,
 * the error is logged and the next statement on it fails instead.
 */
function guardCheckedOut(client: pg.PoolClient): () => void {
  const onError = (err: Error) => void log.error("database connection lost while in use", errorFields(err));
  client.on("error", onError);
  return () => client.removeListener("error", onError);
}

/**
 * Opens `client`'s transaction as the current actor: the actor statement rides on drizzle's BEGIN
 * (one round trip). A connection handed out for anything but a transaction is refused.
 */
function beginsAs(client: pg.PoolClient, statement: string): pg.PoolClient {
  let first = true;
  const unguard = guardCheckedOut(client);
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "query") {
        return (config: string | pg.QueryConfig, ...rest: unknown[]) => {
          if (first) {
            first = false;
            const text = typeof config === "string" ? config : config.text;
            if (!/^\s*begin\b/i.test(text)) throw new Error("A pooled connection must start with BEGIN");
            config = typeof config === "string" ? `${text}; ${statement}` : { ...config, text: `${text}; ${statement}` };
          }
          return (target.query as (...a: unknown[]) => unknown)(config, ...rest);
        };
      }
      if (prop === "release") {
        return (err?: Error | boolean) => {
          unguard();
          target.release(err);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The pool drizzle gets: every statement and transaction runs as the current actor (db/actor.ts).
 * A lone statement becomes BEGIN + actor, the statement, COMMIT; the owner's go straight to the
 * pool. It must be a pg.Pool: drizzle opens a transaction on a connection of its own only for a
 * pool (`instanceof`), and would otherwise send BEGIN, each statement and COMMIT as lone
 * statements — each its own transaction — which is refused below rather than let through.
 */
class ActorPool extends pg.Pool {
  // pg-pool's own query() calls connect(callback); drizzle calls connect() for its transactions.
  connect(): Promise<pg.PoolClient>;
  connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) {
    const statement = actorStatement(currentActor());
    const shared = sharedReads.getStore();
    if (shared?.open) {
      if (callback) throw new Error(sharedOnly);
      return Promise.resolve(joinedTransaction(shared, statement ?? ""));
    }
    if (callback) {
      if (statement) throw new Error("An actor's connection is only opened for a transaction");
      return super.connect(callback);
    }
    return super.connect().then((client) => (statement ? beginsAs(client, statement) : client));
  }

  /** A connection without the actor's BEGIN: for readInOneSnapshot(), which opens its transaction itself. */
  connectAsOwner(): Promise<pg.PoolClient> {
    return super.connect();
  }

  // @ts-expect-error: pg's overloads of query; drizzle calls query(config, values) only.
  async query(config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const statement = actorStatement(currentActor());
    if (!statement) return super.query(config, values);
    const shared = sharedReads.getStore();
    if (shared?.open) return sharedQuery(shared, statement, config, values);
    if (/^\s*(begin|commit|rollback|start transaction)\b/i.test(config.text)) {
      throw new Error("Transaction control as a lone statement: the transaction would not be one");
    }
    const client = await super.connect();
    const unguard = guardCheckedOut(client);
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN; ${statement}`);
      const result = await client.query(config, values);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: Error) => (broken = e));
      throw error;
    } finally {
      unguard();
      client.release(broken);
    }
  }
}

function createPostgres(url: string): Handle {
  const pool = new ActorPool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE || 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    // No JIT for the app's sessions: its statements are short, and at a million contacts PostgreSQL
    // spent 323 ms compiling the viewer's dashboard query (its visibility subquery inflates the cost
    // estimate) to save nothing; 66 ms without. Scripts that want it can SET jit = on.
    options: "-c jit=off",
  });
  // An idle client losing its connection (PostgreSQL restart, failover) emits 'error' on the pool;
  // without a listener Node would crash the whole process. The pool replaces the client.
  pool.on("error", (err) => void log.error("database idle client error", errorFields(err)));
  const db = drizzlePg({ client: pool as unknown as pg.Pool, schema, casing: "snake_case" }) as unknown as Db;
  const readInOneSnapshot = async <T>(statement: string, fn: () => Promise<T>): Promise<T> => {
    const client = await pool.connectAsOwner();
    const unguard = guardCheckedOut(client);
    const shared: SharedRead = { client, statement, open: true, queue: Promise.resolve() };
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; ${statement}`);
      const result = await sharedReads.run(shared, fn);
      // Anything fn left running (a stream read later) goes back to transactions of its own.
      shared.open = false;
      await shared.queue;
      await client.query("COMMIT");
      return result;
    } catch (error) {
      shared.open = false;
      await shared.queue;
      await client.query("ROLLBACK").catch((e: Error) => (broken = e));
      throw error;
    } finally {
      unguard();
      client.release(broken);
    }
  };
  return { db, close: () => pool.end(), kind: "postgres", readInOneSnapshot };
}

/**
 * PGlite is one connection shared by every request, so the actor cannot stay on it between
 * statements: each statement and transaction of a non-owner actor is a transaction of its own
 * that starts with the actor statement (PGlite runs one transaction at a time).
 */
function actingPglite(client: PGlite): PGlite {
  type Query = PGlite["query"];
  type Transaction = PGlite["transaction"];
  const query = (async (...args: Parameters<Query>) => {
    const statement = actorStatement(currentActor());
    if (!statement) return client.query(...args);
    return client.transaction(async (tx) => {
      await tx.exec(statement);
      return tx.query(...args);
    });
  }) as Query;
  const transaction = (async (fn: Parameters<Transaction>[0]) => {
    const statement = actorStatement(currentActor());
    return client.transaction(async (tx) => {
      if (statement) await tx.exec(statement);
      return fn(tx);
    });
  }) as Transaction;
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "query") return query;
      if (prop === "transaction") return transaction;
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function createPglite(dir: string): Handle {
  const inMemory = dir.startsWith("memory://");
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const client = new PGlite(inMemory ? undefined : dir, { extensions: { btree_gin, pg_trgm, unaccent } });
  const db = drizzlePglite({ client: actingPglite(client), schema, casing: "snake_case" }) as unknown as Db;
  // One in-process connection: no round trips to save, and it runs one transaction at a time, so
  // a transaction held open across parallel reads would wait for itself.
  return { db, close: () => client.close(), kind: "pglite", readInOneSnapshot: (_statement, fn) => fn() };
}

export function createDatabase(url = process.env.DATABASE_URL, dir = pgliteDir()): Handle {
  return url ? createPostgres(url) : createPglite(dir);
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

/**
 * Runs a page's reads (fn, usually a Promise.all of data-access calls acting as `actor`) in one
 * read-only REPEATABLE READ transaction on one connection: every figure on the page comes from the
 * same snapshot (the list, its total and the tab counts agree), and N lone statements cost N + 2
 * round trips instead of 3N (BEGIN with the actor, the statement, COMMIT each), which was most of
 * the database driver's share of a list page's CPU. Inside fn, anything but the same actor's reads
 * is refused (see sharedOnly above); statements fn leaves running after it returns run as before,
 * each in a transaction of its own.
 */
export function readInOneSnapshot<T>(actor: DbActor, fn: () => Promise<T>): Promise<T> {
  const statement = actorStatement(actor);
  const shared = sharedReads.getStore();
  if (shared?.open) {
    // Nested (a page's reads, one of which reads together itself): part of the same snapshot.
    requireJoinable(shared, statement ?? "");
    return fn();
  }
  if (!statement) return fn();
  return handle().readInOneSnapshot(statement, fn);
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
