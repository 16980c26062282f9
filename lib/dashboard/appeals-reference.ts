// The appeals figures computed from appeal_facts row by row, as the dashboard did before
// appeal_months (migration 0021): the reference the tests and `npm run bench:dashboard` hold
// lib/dashboard/appeals.ts equal to. Never called by the app.
import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { appealStatuses } from "@/db/enums";
import type { Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { appealScope, type AppealKpis, type AppealMonth } from "./appeals";
import { daysToReply, daysToSend } from "./durations";
import { bounds, type Scope } from "./scope";

/**
 * Drafted (created in the range), sent (sent in the range), answered (sent in the range and at
 * least one reply on file) and the medians, in one pass over the appeals created or sent in the
 * range (appeal_facts_created_idx / appeal_facts_sent_idx), the first reply read off the facts.
 * A median only takes real spans: an appeal logged after it went out (sent before the day it was
 * entered) has no draft → sent time to measure, and is counted as sent but left out of it; a
 * reply dated before the sending (refused by the reply form) likewise. lib/dashboard/durations.ts
 * checks a database for such rows.
 */
export const recomputeAppealKpis = dataAccess(async function recomputeAppealKpis(user: Acting, f: Scope): Promise<AppealKpis> {
  const { start, end } = bounds(f);
  const created = sql`(af.created_at >= ${start}::timestamptz AND af.created_at < ${end}::timestamptz)`;
  const sent = sql`(af.sent_at >= ${start}::timestamptz AND af.sent_at < ${end}::timestamptz)`;
  const [row] = rowsOf<AppealKpis>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE ${created})::int AS "drafted",
             count(*) FILTER (WHERE ${sent})::int AS "sent",
             count(*) FILTER (WHERE ${sent} AND af.first_reply_on IS NOT NULL)::int AS "answered",
             round(count(*) FILTER (WHERE ${sent} AND af.first_reply_on IS NOT NULL)::numeric
                   / nullif(count(*) FILTER (WHERE ${sent}), 0), 4)::float8 AS "replyRate",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysToSend})
                   FILTER (WHERE ${sent} AND ${daysToSend} >= 0))::numeric, 1)::float8 AS "medianDaysToSend",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysToReply})
                   FILTER (WHERE ${sent} AND ${daysToReply} >= 0))::numeric, 1)::float8 AS "medianDaysToReply"
        FROM appeal_facts af
       WHERE (${created} OR ${sent}) AND ${appealScope(user, f)}`),
  );
  return row;
});

/** Appeals created in each month of the range by their status today; empty months included. */
export const recomputeAppealsPerMonth = dataAccess(async function recomputeAppealsPerMonth(user: Acting, f: Scope): Promise<AppealMonth[]> {
  const { start, end } = bounds(f);
  const n = (status: string) => sql`coalesce(c.${sql.identifier(status)}, 0)::int AS ${sql.identifier(status)}`;
  const byStatus = (status: string) => sql`count(*) FILTER (WHERE af.status = ${status}) AS ${sql.identifier(status)}`;
  const statuses = appealStatuses;
  return rowsOf<AppealMonth>(
    await db.execute(sql`
      WITH c AS (
        SELECT to_char(af.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, ${sql.join(statuses.map(byStatus), sql`, `)}
          FROM appeal_facts af
         WHERE af.created_at >= ${start}::timestamptz AND af.created_at < ${end}::timestamptz AND ${appealScope(user, f)}
         GROUP BY 1)
      SELECT m.month, ${sql.join(statuses.map(n), sql`, `)}
        FROM (SELECT to_char(g, 'YYYY-MM') AS month
                FROM generate_series(date_trunc('month', ${f.from}::timestamp), ${f.to}::timestamp, interval '1 month') g) m
        LEFT JOIN c ON c.month = m.month
       ORDER BY m.month`),
  );
});
