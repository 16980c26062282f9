import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { appealStatuses, type AppealStatus } from "@/db/enums";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { aboutVisibleCases } from "@/lib/cases/visibility";
import { bounds, monthCover, type Scope } from "./scope";

/**
 * The appeals the filters keep, as rows of appeal_facts (alias `af`, one narrow row per appeal kept
 * by triggers, migration 0015): visible to the user (an appeal about a hidden case is not counted;
 * only appeals about a restricted case need the per-user check), of the campaign, about a case in
 * the country, written to a member of the body. The appeals list's filters are the same rules on
 * the appeals table (lib/appeals/queries.ts); lib/dashboard/links.test.ts holds them equal.
 */
export function appealScope(user: Acting, f: Scope): SQL {
  const parts: SQL[] = [can(user.role, "case.readRestricted") ? sql`true` : sql`(NOT af.about_restricted OR ${appealVisibleTo(user, sql`af`)})`];
  if (f.campaign) parts.push(sql`af.campaign_id = ${f.campaign}::uuid`);
  if (f.country) parts.push(sql`af.case_countries @> ARRAY[${f.country}]::text[]`);
  if (f.body !== "all") parts.push(sql`af.recipient_bodies @> ARRAY[${f.body}]::parliamentary_body[]`);
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
 * The same filters on appeal_months (alias `am`, migration 0021): an appeal about a restricted case
 * is kept there under its id and follows the appeal's own rule; the others under none.
 */
function monthScope(user: Acting, f: Scope): SQL {
  const parts: SQL[] = [can(user.role, "case.readRestricted") ? sql`true` : sql`(am.appeal_id IS NULL OR ${aboutVisibleCases(user, "appeal_cases", sql`am.appeal_id`)})`];
  if (f.campaign) parts.push(sql`am.campaign_id = ${f.campaign}::uuid`);
  if (f.country) parts.push(sql`am.case_countries @> ARRAY[${f.country}]::text[]`);
  if (f.body !== "all") parts.push(sql`am.recipient_bodies @> ARRAY[${f.body}]::parliamentary_body[]`);
  return sql.join(parts, sql` AND `);
}

/**
 * The range's appeals as appeal_months rows (measure, month, status, days, appeals): the rows of
 * the whole months the range lies in, less the appeals of those months created or sent on a day
 * outside the range (read from appeal_facts by its date indexes; usually none: the range starts on
 * the 1st and ends today). The same rows as appeal_facts would give for the range itself.
 */
function rangeMonths(user: Acting, f: Scope): SQL {
  const { start, end } = bounds(f);
  const { first, after, firstStart, afterStart } = monthCover(f);
  const outside = (column: SQL) =>
    sql`((${column} >= ${firstStart}::timestamptz AND ${column} < ${start}::timestamptz) OR (${column} >= ${end}::timestamptz AND ${column} < ${afterStart}::timestamptz))`;
  return sql`
    SELECT am.measure, am.month, am.status, am.days, am.appeals
      FROM appeal_months am
     WHERE am.month >= ${first}::date AND am.month < ${after}::date AND ${monthScope(user, f)}
    UNION ALL
    SELECT r.measure, r.month, r.status, r.days, -r.appeals
      FROM appeal_facts af CROSS JOIN LATERAL appeal_month_rows(af, 1) r
     WHERE (${outside(sql`af.created_at`)} OR ${outside(sql`af.sent_at`)}) AND ${appealScope(user, f)}
       AND CASE WHEN r.measure = 'created' THEN ${outside(sql`af.created_at`)} ELSE ${outside(sql`af.sent_at`)} END`;
}

/** The median of a histogram (days, n) as percentile_cont(0.5) gives it: the two middle values averaged. */
function histogramMedian(measure: string): SQL {
  return sql`(SELECT round(((min(h.days) FILTER (WHERE h.below <= floor((h.total - 1) / 2.0) AND floor((h.total - 1) / 2.0) < h.below + h.n)
                           + min(h.days) FILTER (WHERE h.below <= ceil((h.total - 1) / 2.0) AND ceil((h.total - 1) / 2.0) < h.below + h.n)) / 2.0)::numeric, 1)::float8
                FROM (SELECT days, n, sum(n) OVER (ORDER BY days) - n AS below, sum(n) OVER () AS total
                        FROM histogram WHERE measure = ${measure} AND days >= 0 AND n > 0) h)`;
}

/**
 * Drafted (created in the range), sent (sent in the range), answered (sent in the range and at
 * least one reply on file) and the medians, from appeal_months: counts and whole-day histograms
 * per month, so a ten-year range reads a few thousand rows, not every appeal. A median only takes
 * real spans: an appeal logged after it went out (sent before the day it was entered) has no
 * draft → sent time to measure, and is counted as sent but left out of it; a reply dated before
 * the sending (refused by the reply form) likewise. lib/dashboard/durations.ts checks a database
 * for such rows.
 */
export const appealKpis = dataAccess(async function appealKpis(user: Acting, f: Scope): Promise<AppealKpis> {
  const [row] = rowsOf<AppealKpis>(
    await db.execute(sql`
      WITH histogram AS (SELECT r.measure, r.days, sum(r.appeals)::int AS n FROM (${rangeMonths(user, f)}) r GROUP BY 1, 2),
      counts AS (
        SELECT coalesce(sum(n) FILTER (WHERE measure = 'created'), 0)::int AS drafted,
               coalesce(sum(n) FILTER (WHERE measure = 'sent'), 0)::int AS sent,
               coalesce(sum(n) FILTER (WHERE measure = 'answered'), 0)::int AS answered
          FROM histogram)
      SELECT drafted AS "drafted", sent AS "sent", answered AS "answered",
             round(answered::numeric / nullif(sent, 0), 4)::float8 AS "replyRate",
             ${histogramMedian("sent")} AS "medianDaysToSend",
             ${histogramMedian("answered")} AS "medianDaysToReply"
        FROM counts`),
  );
  return row;
});

/** Appeals waiting for approval now (not limited to the range) and how long the oldest has waited. */
export const awaitingApproval = dataAccess(async function awaitingApproval(user: Acting, f: Scope, now: Date) {
  const [row] = rowsOf<{ count: number; oldestDays: number | null }>(
    await db.execute(sql`
      SELECT count(*)::int AS "count",
             floor(extract(epoch FROM ${now.toISOString()}::timestamptz - min(af.waiting_since)) / 86400)::int AS "oldestDays"
        FROM appeal_facts af
       WHERE af.status = 'in_review' AND ${appealScope(user, f)}`),
  );
  return row;
});

export type AppealMonth = { month: string } & Record<AppealStatus, number>;

/** Appeals created in each month of the range by their status today; empty months included. */
export const appealsPerMonth = dataAccess(async function appealsPerMonth(user: Acting, f: Scope): Promise<AppealMonth[]> {
  const n = (status: string) => sql`coalesce(c.${sql.identifier(status)}, 0)::int AS ${sql.identifier(status)}`;
  const byStatus = (status: string) => sql`sum(r.appeals) FILTER (WHERE r.status = ${status}) AS ${sql.identifier(status)}`;
  const statuses = appealStatuses;
  return rowsOf<AppealMonth>(
    await db.execute(sql`
      WITH c AS (
        SELECT to_char(r.month, 'YYYY-MM') AS month, ${sql.join(statuses.map(byStatus), sql`, `)}
          FROM (${rangeMonths(user, f)}) r
         WHERE r.measure = 'created'
         GROUP BY 1)
      SELECT m.month, ${sql.join(statuses.map(n), sql`, `)}
        FROM (SELECT to_char(g, 'YYYY-MM') AS month
                FROM generate_series(date_trunc('month', ${f.from}::timestamp), ${f.to}::timestamp, interval '1 month') g) m
        LEFT JOIN c ON c.month = m.month
       ORDER BY m.month`),
  );
});
