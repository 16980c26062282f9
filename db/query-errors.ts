// A failed statement must not carry what people typed into the logs. Drizzle wraps every driver
// error in a DrizzleQueryError whose message is the whole statement followed by "params: " and
// the bound values (search words, names, e-mail addresses), and whose `params` and `cause`
// properties hold them too. Next.js prints an error that escapes a page or a route handler with
// console.error, message, own properties and cause included, so redacting in our own logger
// alone is not enough: the error itself is replaced where drizzle throws it, for both drivers
// (node-postgres and PGlite share PgPreparedQuery), before any code or Next.js sees it.
import { PgPreparedQuery } from "drizzle-orm/pg-core";
import { redactDatabaseMessage } from "../lib/log";

/**
 * What the app sees of a failed statement: the driver's message without the values it quotes,
 * and its SQLSTATE in `code` (so `code === "23505"` checks keep working). The statement's text is
 * kept, not enumerable (it holds no values: they are bound parameters), for a debugger; the
 * parameters and the driver's error, with its `detail` ("Key (email)=(…) already exists."), are not.
 */
export class QueryError extends Error {
  declare readonly code?: string;
  declare readonly constraint?: string;
  declare readonly query: string;

  constructor(message: string, fields: { code?: string; constraint?: string; query: string }) {
    super(message);
    this.name = "QueryError";
    // Only what is there: an own property set to undefined would show in Next.js's error print.
    if (fields.code) Object.assign(this, { code: fields.code });
    if (fields.constraint) Object.assign(this, { constraint: fields.constraint });
    Object.defineProperty(this, "query", { value: fields.query, enumerable: false });
  }
}

const stringField = (error: unknown, key: string): string | undefined => {
  const value = error && typeof error === "object" ? (error as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : undefined;
};

/**
 * The QueryError for drizzle's wrapper (known by its shape: its class name is minified in a
 * production build); anything else unchanged.
 */
export function redactQueryError(error: unknown): unknown {
  if (!(error instanceof Error) || !(/^Failed query:/.test(error.message) || "params" in error)) return error;
  const cause = error.cause;
  const code = stringField(cause, "code");
  const message = cause instanceof Error ? redactDatabaseMessage(cause.message, code) : "Failed query";
  return new QueryError(message, { code, constraint: stringField(cause, "constraint"), query: stringField(error, "query") ?? "" });
}

type Patched = { queryWithCache: (this: unknown, ...args: unknown[]) => Promise<unknown>; __redactsErrors?: true };

/**
 * Makes every statement's failure a QueryError. Drizzle builds its wrapper in one method of the
 * prepared-query class shared by both drivers (internal, hence the check: an upgrade that renames
 * it fails here, at start-up, rather than leaking quietly). Idempotent.
 */
export function redactQueryErrors(): void {
  const proto = PgPreparedQuery.prototype as unknown as Patched;
  if (proto.__redactsErrors) return;
  const original = proto.queryWithCache;
  if (typeof original !== "function") throw new Error("drizzle-orm changed: PgPreparedQuery.queryWithCache is gone; see db/query-errors.ts");
  proto.queryWithCache = async function queryWithCache(this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      throw redactQueryError(error);
    }
  };
  proto.__redactsErrors = true;
}
