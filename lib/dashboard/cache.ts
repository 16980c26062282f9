import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/** How long an entry may serve as the starting point of a refresh; older ones are dropped. */
const KEPT = "1 day";

/**
 * A computed figure, and what a refresh of it needs besides (kept apart, in an entry of its own that
 * only a refresh reads, in the database: it may be large). A refresh may give the side as `patch`:
 * its new value computed by the database from the stored one (`value`; the stored one as it is
 * when only its version moves on, and a large entry is not written again).
 */
export type Stored<T, S> = { value: T; side?: S | { patch: SQL } };

/**
 * A figure too costly to aggregate on every view at a million rows, computed once per filter and
 * kept in `dashboard_cache` under the counter's version read *before* computing. Triggers raise
 * the counter at the commit of every change the figure depends on (migration 0014), so an entry
 * is served only while nothing it counts has changed since: never stale, only sometimes
 * recomputed. With each entry goes the database snapshot its version was read in: after a change,
 * `refresh` may bring the previous entry up to date from what changed since that snapshot (null
 * when it cannot tell), which costs far less than `compute`; it reads the side data it needs from
 * the entry `sideKey` itself.
 */
export async function cachedFigure<T, S = never>(
  counter: "engagement",
  key: string,
  compute: () => Promise<Stored<T, S>>,
  refresh?: (previous: T, since: string, sideKey: string) => Promise<Stored<T, S> | null>,
): Promise<T> {
  const fullKey = `${counter}:${key}`;
  // The side data lies in an entry of its own, never read here: a view served from the cache reads
  // the figure alone, and a refresh only the parts of the side it needs (at a million contacts it
  // can hold tens of thousands of entries). Entries written before snapshots were kept (no `at`)
  // are recomputed.
  const sideKey = `${fullKey}#side`;
  const [hit] = rowsOf<{ current: number; cached: number | null; at: string | null; value: T | null; side: boolean; now: string; fresh: boolean }>(
    await db.execute(sql`
      SELECT v.version::int AS current, c.version::int AS cached, c.value->>'at' AS at, c.value->'value' AS value,
             s.key IS NOT NULL AS side, pg_current_snapshot()::text AS now, coalesce(c.computed_at > now() - ${KEPT}::interval, false) AS fresh
        FROM dashboard_versions v LEFT JOIN dashboard_cache c ON c.key = ${fullKey}
        LEFT JOIN dashboard_cache s ON s.key = ${sideKey} AND s.version = c.version AND c.version <> v.version
       WHERE v.name = ${counter}`),
  );
  if (!hit) return (await compute()).value; // the counter row is created by the migration; be safe without it
  if (hit.at !== null && hit.value !== null && hit.cached === hit.current) return hit.value;

  const refreshable = hit.at !== null && hit.value !== null && hit.fresh && hit.side;
  const stored = (refreshable && refresh ? await refresh(hit.value!, hit.at!, sideKey) : null) ?? (await compute());
  if (stored.side && typeof stored.side === "object" && "patch" in stored.side) {
    await db.execute(sql`
      WITH side AS (UPDATE dashboard_cache SET version = ${hit.current}, computed_at = now(), value = ${stored.side.patch}
                     WHERE key = ${sideKey} AND version <= ${hit.current})
      INSERT INTO dashboard_cache (key, version, value)
      VALUES (${fullKey}, ${hit.current}, ${JSON.stringify({ at: hit.now, value: stored.value })}::jsonb)
      ON CONFLICT (key) DO UPDATE SET version = excluded.version, value = excluded.value, computed_at = now()
       WHERE dashboard_cache.version <= excluded.version`);
    return stored.value;
  }
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
