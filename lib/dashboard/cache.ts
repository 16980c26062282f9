import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/**
 * A figure too costly to aggregate on every view at a million rows, computed once per filter and
 * kept in `dashboard_cache` under the counter's version read *before* computing. Triggers raise
 * the counter at the commit of every change the figure depends on (migration 0014), so an entry
 * is served only while nothing it counts has changed since: never stale, only sometimes recomputed.
 */
export async function cachedFigure<T>(counter: "engagement", key: string, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${counter}:${key}`;
  const [hit] = rowsOf<{ current: number; cached: number | null; value: T | null }>(
    await db.execute(sql`
      SELECT v.version::int AS current, c.version::int AS cached, c.value
        FROM dashboard_versions v LEFT JOIN dashboard_cache c ON c.key = ${fullKey}
       WHERE v.name = ${counter}`),
  );
  if (!hit) return compute(); // the counter row is created by the migration; be safe without it
  if (hit.cached === hit.current && hit.value !== null) return hit.value;

  const value = await compute();
  await db.execute(sql`
    WITH stale AS (DELETE FROM dashboard_cache WHERE key LIKE ${`${counter}:%`} AND version < ${hit.current} AND key <> ${fullKey})
    INSERT INTO dashboard_cache (key, version, value) VALUES (${fullKey}, ${hit.current}, ${JSON.stringify(value)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET version = excluded.version, value = excluded.value, computed_at = now()
     WHERE dashboard_cache.version <= excluded.version`);
  return value;
}
