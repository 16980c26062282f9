// db/sql holds the current definition of every function and trigger: the database (migrated and
// db/sql applied, as the app does) holds exactly those, and applying db/sql again changes none.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseKind, db } from "./client";
import { runMigrations, sqlDefinitions, sqlFolder, type SqlRunner } from "./migrate";

type Definitions = Record<string, string>;

/** Runs `fn` in a transaction that is rolled back, as the database's owner. */
async function rolledBack<T>(fn: (run: SqlRunner) => Promise<T>): Promise<T> {
  if (databaseKind() === "pglite") {
    const client = (db as unknown as { $client: PGlite }).$client;
    let result: T | undefined;
    await client.transaction(async (tx) => {
      result = await fn(tx);
      await tx.rollback();
    });
    return result as T;
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    return await fn({ exec: (script) => client.query(script), query: (text, params) => client.query(text, params) });
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.end();
  }
}

// Every function of schema public but those of extensions (pg_trgm, unaccent), and every
// trigger on a table of it, keyed "function name(argument types)" and "trigger name ON table".
// `touched` keeps those written by the current transaction.
const FUNCTIONS = `
  SELECT p.oid::regprocedure::text AS key, pg_get_functiondef(p.oid) AS definition
    FROM pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`;
const TRIGGERS = `
  SELECT t.tgname || ' ON ' || c.relname AS key, pg_get_triggerdef(t.oid) || ' -- enabled: ' || t.tgenabled::text AS definition
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace`;
const touched = (query: string, alias: string) => `${query} AND ${alias}.xmin = pg_current_xact_id()::xid`;

async function definitions(run: SqlRunner, query: string): Promise<Definitions> {
  const { rows } = await run.query(`${query} ORDER BY 1`);
  return Object.fromEntries((rows as { key: string; definition: string }[]).map((r) => [r.key, r.definition]));
}

async function keys(run: SqlRunner, query: string): Promise<string[]> {
  return Object.keys(await definitions(run, query));
}

/** The names the files define, read from their text. */
function namesInFiles(): { functions: string[]; triggers: string[] } {
  const text = readdirSync(sqlFolder)
    .filter((name) => name.endsWith(".sql"))
    .map((name) => readFileSync(path.join(sqlFolder, name), "utf8"))
    .join("\n");
  const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]).sort();
  return {
    functions: all(/^CREATE OR REPLACE FUNCTION (\w+)\(/gim),
    triggers: all(/^CREATE (?:CONSTRAINT )?TRIGGER (\w+)/gim),
  };
}

/** The statements of `text` (split at semicolons that end a line), comments left out. */
const statementsOf = (text: string) => text.split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, ""));

describe("db/sql", () => {
  it("plans every statement that reads both transition tables at each call (EXECUTE; see README)", () => {
    const cached = readdirSync(sqlFolder)
      .filter((f) => f.endsWith(".sql"))
      .flatMap((f) => statementsOf(readFileSync(path.join(sqlFolder, f), "utf8")).map((s) => ({ f, s })))
      .filter(({ s }) => /\bold_rows\b/.test(s) && /\bnew_rows\b/.test(s) && !/REFERENCING/.test(s) && !s.includes("$q$"));
    expect(cached.map(({ f, s }) => `${f}: ${s.trim().slice(0, 120)}`)).toEqual([]);
  });

  it("defines every function and trigger of the database, and nothing else", async () => {
    const inDb = await rolledBack(async (run) => ({
      functions: (await keys(run, FUNCTIONS)).map((k) => k.slice(0, k.indexOf("("))).sort(),
      triggers: (await keys(run, TRIGGERS)).map((k) => k.slice(0, k.indexOf(" "))).sort(),
    }));
    const inFiles = namesInFiles();
    expect(inDb.functions.length).toBeGreaterThan(30);
    expect(inDb.triggers.length).toBeGreaterThan(50);
    // A function or trigger missing here was created by a migration only: move its current
    // definition to db/sql. One that db/sql no longer defines must be dropped by a migration.
    expect(inFiles.functions, "functions: db/sql vs the database").toEqual(inDb.functions);
    expect(inFiles.triggers, "triggers: db/sql vs the database").toEqual(inDb.triggers);
  });

  it("replaces every function and trigger with the definition the database already holds", async () => {
    const result = await rolledBack(async (run) => {
      const before = { functions: await definitions(run, FUNCTIONS), triggers: await definitions(run, TRIGGERS) };
      await run.exec(sqlDefinitions()); // a second time: it is idempotent or fails here
      return {
        before,
        after: { functions: await definitions(run, FUNCTIONS), triggers: await definitions(run, TRIGGERS) },
        replaced: { functions: await keys(run, touched(FUNCTIONS, "p")), triggers: await keys(run, touched(TRIGGERS, "t")) },
      };
    });
    // Every one was rewritten by db/sql (same signature, same table)...
    expect(result.replaced.functions).toEqual(Object.keys(result.before.functions));
    expect(result.replaced.triggers).toEqual(Object.keys(result.before.triggers));
    // ...into exactly what the database held: the app runs what db/sql says.
    expect(result.after).toEqual(result.before);
  });

  it("is applied by the migration runner only when it or the migrations changed", async () => {
    const stamp = async () =>
      rolledBack(async (run) => (await run.query("SELECT stamp, applied_at::text AS at FROM drizzle.__db_sql")).rows as { stamp: string; at: string }[]);
    const applied = await stamp();
    expect(applied).toHaveLength(1);

    await runMigrations(db, databaseKind());
    expect(await stamp(), "unchanged: not applied again").toEqual(applied);

    // A database that holds another version of db/sql (an older backup, say) is brought up to date.
    await db.execute(sql`UPDATE drizzle.__db_sql SET stamp = 'older'`);
    await runMigrations(db, databaseKind());
    const again = await stamp();
    expect(again).toHaveLength(1);
    expect(again[0].stamp).toBe(applied[0].stamp);
    expect(again[0].at).not.toBe(applied[0].at);
  });
});
