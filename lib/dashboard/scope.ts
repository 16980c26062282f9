import { addDays, type DashboardFilters } from "./schema";

/** What every dashboard query receives: the settled filters. */
export type Scope = DashboardFilters;

/** The range as instants: [from 00:00 UTC, the day after `to` 00:00 UTC). */
export function bounds(f: Scope) {
  return { start: `${f.from}T00:00:00Z`, end: `${addDays(f.to, 1)}T00:00:00Z` };
}

/**
 * The whole UTC months the range lies in, for the monthly summary tables (migration 0021):
 * `first` (the first day of the month of `from`) up to `after` (the first day of the month after
 * `to`'s), and as instants. The days of those months outside the range — before `from`, after
 * `to`, usually none or days still to come — are counted from the sources and taken off.
 */
export function monthCover(f: Scope) {
  const first = `${f.from.slice(0, 7)}-01`;
  const next = new Date(`${f.to.slice(0, 7)}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const after = next.toISOString().slice(0, 10);
  return { first, after, firstStart: `${first}T00:00:00Z`, afterStart: `${after}T00:00:00Z` };
}
