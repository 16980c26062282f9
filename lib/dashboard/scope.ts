import { addDays, type DashboardFilters } from "./schema";

/** What every dashboard query receives: the settled filters. */
export type Scope = DashboardFilters;

/** The range as instants: [from 00:00 UTC, the day after `to` 00:00 UTC). */
export function bounds(f: Scope) {
  return { start: `${f.from}T00:00:00Z`, end: `${addDays(f.to, 1)}T00:00:00Z` };
}
