import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { bounds, type Scope } from "./scope";

/**
 * The appeals the filters keep: visible to the user (an appeal about a hidden case is not
 * counted), of the campaign, about a case in the country, written to a member of the body.
 */
export function appealScope(user: Acting, f: Scope): SQL {
  const parts: SQL[] = [appealVisibleTo(user)];
  if (f.campaign) parts.push(sql`appeals.campaign_id = ${f.campaign}::uuid`);
  if (f.country)
    parts.push(sql`EXISTS (SELECT 1 FROM appeal_cases fac JOIN cases fcs ON fcs.id = fac.case_id
      WHERE fac.appeal_id = appeals.id AND fcs.country = ${f.country})`);
  if (f.body !== "all")
    parts.push(sql`EXISTS (SELECT 1 FROM appeal_recipients far JOIN contacts fct ON fct.id = far.contact_id
      WHERE far.appeal_id = appeals.id AND fct.parliamentary_body = ${f.body}::parliamentary_body)`);
  return sql.join(parts, sql` AND `);
}

export type AppealKpis = {
  drafted: number;
  sent: number;
  answered: number;
  /** answered ÷ sent, 0–1; null when nothing was sent */
  replyRate: number | null;
  medianDaysToSend: number | null;
  medianDaysToReply: number | null;
};

/**
 * Drafted (created in the range), sent (sent in the range), answered (sent in the range and at
 * least one reply on file) and the medians, in one pass over the appeals created or sent in the
 * range (appeals_created_at_idx / appeals_sent_at_idx). The first reply is one probe of
 * appeal_replies_appeal_idx per appeal sent in the range.
 */
export async function appealKpis(user: Acting, f: Scope): Promise<AppealKpis> {
  const { start, end } = bounds(f);
  const created = sql`(appeals.created_at >= ${start}::timestamptz AND appeals.created_at < ${end}::timestamptz)`;
  const sent = sql`(appeals.sent_at >= ${start}::timestamptz AND appeals.sent_at < ${end}::timestamptz)`;
  const [row] = rowsOf<AppealKpis>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE ${created})::int AS "drafted",
             count(*) FILTER (WHERE ${sent})::int AS "sent",
             count(*) FILTER (WHERE ${sent} AND fr.first_reply IS NOT NULL)::int AS "answered",
             round(count(*) FILTER (WHERE ${sent} AND fr.first_reply IS NOT NULL)::numeric
                   / nullif(count(*) FILTER (WHERE ${sent}), 0), 4)::float8 AS "replyRate",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM appeals.sent_at - appeals.created_at) / 86400)
                   FILTER (WHERE ${sent}))::numeric, 1)::float8 AS "medianDaysToSend",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY fr.first_reply - (appeals.sent_at AT TIME ZONE 'UTC')::date)
                   FILTER (WHERE ${sent} AND fr.first_reply IS NOT NULL))::numeric, 1)::float8 AS "medianDaysToReply"
        FROM appeals
        LEFT JOIN LATERAL (SELECT min(r.received_on) AS first_reply FROM appeal_replies r
                            WHERE r.appeal_id = appeals.id AND ${sent}) fr ON true
       WHERE (${created} OR ${sent}) AND ${appealScope(user, f)}`),
  );
  return row;
}

/** Appeals waiting for approval now (not limited to the range) and how long the oldest has waited. */
export async function awaitingApproval(user: Acting, f: Scope, now: Date) {
  const [row] = rowsOf<{ count: number; oldestDays: number | null }>(
    await db.execute(sql`
      SELECT count(*)::int AS "count",
             floor(extract(epoch FROM ${now.toISOString()}::timestamptz - min(coalesce(appeals.submitted_at, appeals.updated_at))) / 86400)::int AS "oldestDays"
        FROM appeals
       WHERE appeals.status = 'in_review' AND ${appealScope(user, f)}`),
  );
  return row;
}

export type AppealMonth = { month: string; draft: number; in_review: number; approved: number; sent: number; response_received: number; closed: number };

/** Appeals created in each month of the range by their status today; empty months included. */
export async function appealsPerMonth(user: Acting, f: Scope): Promise<AppealMonth[]> {
  const { start, end } = bounds(f);
  const n = (status: string) => sql`coalesce(c.${sql.identifier(status)}, 0)::int AS ${sql.identifier(status)}`;
  const byStatus = (status: string) => sql`count(*) FILTER (WHERE appeals.status = ${status}) AS ${sql.identifier(status)}`;
  const statuses = ["draft", "in_review", "approved", "sent", "response_received", "closed"];
  return rowsOf<AppealMonth>(
    await db.execute(sql`
      WITH c AS (
        SELECT to_char(appeals.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, ${sql.join(statuses.map(byStatus), sql`, `)}
          FROM appeals
         WHERE appeals.created_at >= ${start}::timestamptz AND appeals.created_at < ${end}::timestamptz AND ${appealScope(user, f)}
         GROUP BY 1)
      SELECT m.month, ${sql.join(statuses.map(n), sql`, `)}
        FROM (SELECT to_char(g, 'YYYY-MM') AS month
                FROM generate_series(date_trunc('month', ${f.from}::timestamp), ${f.to}::timestamp, interval '1 month') g) m
        LEFT JOIN c ON c.month = m.month
       ORDER BY m.month`),
  );
}
