import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/**
 * The dashboard's summary tables (migrations 0015, 0021 and 0026) rebuilt from their sources and
 * compared with what the triggers kept, in one statement (one snapshot): the number of rows that
 * differ in each. All zeros means the triggers are right. Used by the tests and by `npm run
 * bench:dashboard` on the large seed. Rows whose counts all went back to zero are not differences.
 * The engagement tables are rebuilt from the dispatches, signatures and attendances themselves
 * (engagement_rebuilt, db/sql/engagement.sql), appeal_months from appeal_facts (itself checked here).
 */
export async function rollupMismatches() {
  const [row] = rowsOf<{
    appealFacts: number;
    eventFunnel: number;
    lastContactDays: number;
    lastContactMonths: number;
    engagementMonths: number;
    engagementBodyMonths: number;
    engagementTotals: number;
    appealMonths: number;
  }>(
    await db.execute(sql`
      WITH kept_facts AS (
        SELECT id, status, campaign_id, created_at, sent_at, waiting_since, first_reply_on, case_countries, about_restricted, recipient_bodies
          FROM appeal_facts),
      rebuilt_facts AS (
        SELECT a.id, a.status, a.campaign_id, a.created_at, a.sent_at, coalesce(a.submitted_at, a.updated_at) AS waiting_since,
               (SELECT min(r.received_on) FROM appeal_replies r WHERE r.appeal_id = a.id) AS first_reply_on,
               coalesce((SELECT array_agg(DISTINCT c.country ORDER BY c.country) FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id
                          WHERE ac.appeal_id = a.id AND c.country IS NOT NULL), '{}') AS case_countries,
               coalesce((SELECT bool_or(c.restricted) FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.appeal_id = a.id), false) AS about_restricted,
               coalesce((SELECT array_agg(DISTINCT ct.parliamentary_body ORDER BY ct.parliamentary_body) FROM appeal_recipients r
                           JOIN contacts ct ON ct.id = r.contact_id WHERE r.appeal_id = a.id AND ct.parliamentary_body IS NOT NULL), '{}') AS recipient_bodies
          FROM appeals a),
      kept_funnel AS (
        SELECT event_id, invited, answered, accepted, attended FROM event_funnel WHERE (invited, answered, accepted, attended) <> (0, 0, 0, 0)),
      rebuilt_funnel AS (
        SELECT event_id, count(*)::int AS invited, count(*) FILTER (WHERE answer <> 'pending')::int AS answered,
               count(*) FILTER (WHERE answer = 'accepted')::int AS accepted,
               count(*) FILTER (WHERE answer = 'accepted' AND attendance = 'attended')::int AS attended
          FROM invitations GROUP BY event_id),
      kept_days AS (SELECT parliamentary_body, country, day, contacts FROM last_contact_days WHERE contacts <> 0),
      rebuilt_days AS (
        SELECT parliamentary_body, coalesce(country, '') AS country, (last_contacted_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS contacts
          FROM contacts WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL
         GROUP BY 1, 2, 3),
      kept_last_months AS (SELECT parliamentary_body, country, month, contacts FROM last_contact_months WHERE contacts <> 0),
      rebuilt_last_months AS (
        SELECT c.parliamentary_body, x.country, date_trunc('month', c.last_contacted_at AT TIME ZONE 'UTC')::date AS month, count(*)::int AS contacts
          FROM contacts c CROSS JOIN LATERAL (VALUES (coalesce(c.country, '')), ('*')) x(country)
         WHERE c.parliamentary_body IS NOT NULL AND c.last_contacted_at IS NOT NULL AND c.merged_into_id IS NULL
         GROUP BY 1, 2, 3),
      rebuilt_engagement AS MATERIALIZED (
        SELECT e.*, c.parliamentary_body, coalesce(c.country, '') AS country, c.merged_into_id IS NULL AS active
          FROM engagement_rebuilt() e JOIN contacts c ON c.id = e.contact_id),
      kept_engagement AS (
        SELECT contact_id, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances, parliamentary_body, country, active
          FROM engagement_months WHERE (dispatches, signatures, attendances) <> (0, 0, 0)),
      kept_body AS (
        SELECT parliamentary_body, country, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances
          FROM engagement_body_months WHERE (dispatches, signatures, attendances) <> (0, 0, 0)),
      rebuilt_body AS (
        SELECT e.parliamentary_body, e.country, e.month, e.campaign_id, e.appeal_id, e.letter_id, e.event_id,
               sum(e.dispatches)::int AS dispatches, sum(e.signatures)::int AS signatures, sum(e.attendances)::int AS attendances
          FROM rebuilt_engagement e WHERE e.parliamentary_body IS NOT NULL AND e.active
         GROUP BY 1, 2, 3, 4, 5, 6, 7),
      kept_totals AS (SELECT contact_id, total, parliamentary_body, country, active FROM engagement_totals WHERE total <> 0),
      rebuilt_totals AS (
        SELECT contact_id, sum(dispatches + signatures + attendances)::int AS total, parliamentary_body, country, active FROM rebuilt_engagement
         WHERE appeal_id IS NULL AND letter_id IS NULL AND event_id IS NULL GROUP BY 1, 3, 4, 5),
      kept_months AS (
        SELECT measure, month, status, days, campaign_id, case_countries, recipient_bodies, appeal_id, appeals FROM appeal_months WHERE appeals <> 0),
      rebuilt_months AS (
        SELECT r.measure, r.month, r.status, r.days, r.campaign_id, r.case_countries, r.recipient_bodies, r.appeal_id, sum(r.appeals)::int AS appeals
          FROM appeal_facts f CROSS JOIN LATERAL appeal_month_rows(f, 1) r GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
      SELECT (SELECT count(*) FROM ((TABLE kept_facts EXCEPT TABLE rebuilt_facts) UNION ALL (TABLE rebuilt_facts EXCEPT TABLE kept_facts)) d)::int AS "appealFacts",
             (SELECT count(*) FROM ((TABLE kept_funnel EXCEPT TABLE rebuilt_funnel) UNION ALL (TABLE rebuilt_funnel EXCEPT TABLE kept_funnel)) d)::int AS "eventFunnel",
             (SELECT count(*) FROM ((TABLE kept_days EXCEPT TABLE rebuilt_days) UNION ALL (TABLE rebuilt_days EXCEPT TABLE kept_days)) d)::int AS "lastContactDays",
             (SELECT count(*) FROM ((TABLE kept_last_months EXCEPT TABLE rebuilt_last_months) UNION ALL (TABLE rebuilt_last_months EXCEPT TABLE kept_last_months)) d)::int AS "lastContactMonths",
             (SELECT count(*) FROM ((TABLE kept_engagement EXCEPT TABLE rebuilt_engagement) UNION ALL (TABLE rebuilt_engagement EXCEPT TABLE kept_engagement)) d)::int AS "engagementMonths",
             (SELECT count(*) FROM ((TABLE kept_body EXCEPT TABLE rebuilt_body) UNION ALL (TABLE rebuilt_body EXCEPT TABLE kept_body)) d)::int AS "engagementBodyMonths",
             (SELECT count(*) FROM ((TABLE kept_totals EXCEPT TABLE rebuilt_totals) UNION ALL (TABLE rebuilt_totals EXCEPT TABLE kept_totals)) d)::int AS "engagementTotals",
             (SELECT count(*) FROM ((TABLE kept_months EXCEPT TABLE rebuilt_months) UNION ALL (TABLE rebuilt_months EXCEPT TABLE kept_months)) d)::int AS "appealMonths"`),
  );
  return row;
}
