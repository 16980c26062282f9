// The optimistic lock of every editable table (the `editable` columns, db/schema/columns.ts): an edit
// locks the row, checks the version the user saw is still current, and bumps it when it writes.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { NotFoundError, StaleError } from "../lib/errors";
import type { Tx } from "./client";

/** A table with an `updated_at` and a `version` column. */
type Bumpable = PgTable & { updatedAt: PgColumn; version: PgColumn };

/** A table whose rows are locked by a uuid `id` and checked by `version`. */
type Versioned = PgTable & { id: PgColumn; version: PgColumn };

export type LockOptions = {
  /**
   * ANDed into the WHERE: visibility (a restricted case, an appeal about one) or scope (this
   * letter's pool). A row that fails it answers exactly like a missing one.
   */
  where?: SQL;
  /** Message of the NotFoundError when no row is found, or the error to throw instead. */
  notFound?: string | (() => Error);
  /** Message of the StaleError when the version differs (default: the generic one). */
  stale?: string;
};

/** The columns every write that changes a versioned row sets: `.set({ ...values, ...bump(table) })`. */
export function bump(table: Bumpable): { updatedAt: SQL; version: SQL } {
  return { updatedAt: sql`now()`, version: sql`${table.version} + 1` };
}

/**
 * `SELECT * … WHERE id = $id [AND where] FOR UPDATE`: missing (or failing `where`) →
 * NotFoundError; `version` given and different from the row's → StaleError. Returns the row.
 */
export async function lockVersioned<T extends Versioned>(
  tx: Tx,
  table: T,
  id: string,
  version?: number,
  options: LockOptions = {},
): Promise<T["$inferSelect"]> {
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), options.where))
    .for("update");
  const row = rows[0] as T["$inferSelect"] | undefined;
  if (!row) throw typeof options.notFound === "function" ? options.notFound() : new NotFoundError(options.notFound);
  if (version !== undefined && (row as { version: number }).version !== version) throw new StaleError(options.stale);
  return row;
}
