// The total a list page shows under its rows. Counting a hundred thousand matches exactly costs
// more than the page itself (country=KZ at a million contacts: a 62 ms scan under a 1 ms page), so
// beyond EXACT_COUNT_UP_TO rows — as PostgreSQL's planner estimates them — the page says
// "about 66,000" from that estimate; below it, it counts (up to COUNT_CAP, in case the estimate
// was far too low: "10,000+").
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";

/** Where a count runs: the database, or the caller's transaction. */
export type Reader = Db | Tx;

/** Above this many rows (the planner's estimate), a list shows "about N" rather than counting. */
export const EXACT_COUNT_UP_TO = 5_000;
/** An exact count stops here ("10,000+"). */
export const COUNT_CAP = 10_000;

export type ListTotal = {
  total: number;
  /** Counted up to COUNT_CAP and there are more: "10,000+". */
  capped: boolean;
  /** The planner's estimate: "about 120,000". */
  estimated: boolean;
};

/**
 * The planner's estimate of how many rows `query` returns (EXPLAIN: planned, not run), as the
 * acting user, so row-level security is part of it.
 */
export async function estimateRows(query: SQL, reader: Reader = db): Promise<number> {
  const result = await reader.execute(sql`EXPLAIN (FORMAT JSON) ${query}`);
  const cell = Object.values(rowsOf<Record<string, unknown>>(result)[0] ?? {})[0];
  const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as Array<{ Plan: { "Plan Rows": number } }>;
  return Math.round(plan[0]?.Plan["Plan Rows"] ?? 0);
}

/** Counts `SELECT … FROM … WHERE …` (`query`) exactly, up to `cap`. */
export async function countUpTo(query: SQL, cap = COUNT_CAP, reader: Reader = db): Promise<ListTotal> {
  const result = await reader.execute(sql`SELECT count(*)::int AS total FROM (${query} LIMIT ${cap + 1}) capped`);
  const counted = Number(rowsOf<{ total: number }>(result)[0]?.total ?? 0);
  return { total: Math.min(counted, cap), capped: counted > cap, estimated: false };
}

/**
 * The total of a list whose rows `query` selects (`SELECT 1 FROM … WHERE …`): the planner's
 * estimate above EXACT_COUNT_UP_TO, an exact count below it. Settle it with the page (settleTotal).
 * `counted` is the same rows written for running rather than for estimating, when the two differ
 * (values the planner should see, behind a subquery when it runs: lib/search/match.ts).
 */
export async function listTotal(query: SQL, reader: Reader = db, counted: SQL = query): Promise<ListTotal> {
  const rows = await estimateRows(query, reader);
  if (rows > EXACT_COUNT_UP_TO) return estimated(rows);
  return countUpTo(counted, COUNT_CAP, reader);
}

/** An estimate, to two significant digits: "about 66,000", not "about 66,347". */
export function estimated(rows: number): ListTotal {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(rows, 1))) - 1);
  return { total: Math.round(rows / unit) * unit, capped: false, estimated: true };
}

/**
 * What the page itself proves about an estimated total: a page that is not full is the last one,
 * so the total is exact; a full page means at least one more row than it ends at.
 */
export function settleTotal(total: ListTotal, page: number, pageSize: number, rowsOnPage: number): ListTotal {
  if (!total.estimated) return total;
  const before = (page - 1) * pageSize;
  if (rowsOnPage < pageSize && (rowsOnPage > 0 || page === 1)) return { total: before + rowsOnPage, capped: false, estimated: false };
  return { ...total, total: Math.max(total.total, before + rowsOnPage + (rowsOnPage === pageSize ? 1 : 0)) };
}
