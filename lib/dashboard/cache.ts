import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/** How long an entry may serve as the starting point of a refresh; older ones are dropped. */
const KEPT = "1 day";

/** A computed figure, and what a refresh of it needs besides (kept apart, read only for a refresh). */
export type Stored<T, S> = { value: T; side?: S };

/**
 * A figure too costly to aggregate on every view at a million rows, computed once per filter and
 * kept in `dashboard_cache` under the counter's version read *before* computing. Triggers raise
 * the counter at the commit of every change the figure depends on (migration 0014), so an entry
 * is served only while nothing it counts has changed since: never stale, only sometimes
 * recomputed. With each entry goes the database snapshot its version was read in: after a change,
 * `refresh` may bring the previous entry up to date from what changed since that snapshot (null
 * when it cannot tell), which costs far less than `compute`.
 */
export async function cachedFigure<T, S = never>(
  counter: "engagement",
  key: string,
  compute: () => Promise<Stored<T, S>>,
  refresh?: (previous: Stored<T, S>, since: string) => Promise<Stored<T, S> | null>,
): Promise<T> {
  const fullKey = `${counter}:${key}`;
  // The side data lies in an entry of its own, read only when the figure is stale: a view served
  // from the cache reads the figure alone. Entries written before snapshots were kept (no `at`)
  // are recomputed.
  const sideKey = `${fullKey}#side`;
  const [hit] = rowsOf<{ current: number; cached: number | null; at: string | null; value: T | null; side: S | null; now: string; fresh: boolean }>(
    await db.execute(sql`
      SELECT v.version::int AS current, c.version::int AS cached, c.value->>'at' AS at, c.value->'value' AS value,
             s.value AS side, pg_current_snapshot()::text AS now, coalesce(c.computed_at > now() - ${KEPT}::interval, false) AS fresh
        FROM dashboard_versions v LEFT JOIN dashboard_cache c ON c.key = ${fullKey}
        LEFT JOIN dashboard_cache s ON s.key = ${sideKey} AND s.version = c.version AND c.version <> v.version
       WHERE v.name = ${counter}`),
  );
  if (!hit) return (await compute()).value; // the counter row is created by the migration; be safe without it
  if (hit.at !== null && hit.value !== null && hit.cached === hit.current) return hit.value;

  const previous = hit.at !== null && hit.value !== null && hit.fresh ? { at: hit.at, value: hit.value, side: hit.side ?? undefined } : null;
  const stored = (previous && refresh ? await refresh(previous, previous.at) : null) ?? (await compute());
  // Other stale entries stay: the next view of their filters refreshes them. Entries not computed
  // for a day go.
  await db.execute(sql`
    WITH old AS (DELETE FROM dashboard_cache WHERE key LIKE ${`${counter}:%`} AND computed_at < now() - ${KEPT}::interval AND key <> ${fullKey} AND key <> ${sideKey})
    INSERT INTO dashboard_cache (key, version, value)
    VALUES (${fullKey}, ${hit.current}, ${JSON.stringify({ at: hit.now, value: stored.value })}::jsonb),
           (${sideKey}, ${hit.current}, ${JSON.stringify(stored.side ?? null)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET version = excluded.version, value = excluded.value, computed_at = now()
     WHERE dashboard_cache.version <= excluded.version`);
  return stored.value;
}
