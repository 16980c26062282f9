import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/**
 * The dashboard's summary tables (migration 0015) rebuilt from their sources and compared with
 * what the triggers kept, in one statement (one snapshot): the number of rows that differ in
 * each. All zeros means the triggers are right. Used by the tests and by `npm run bench:dashboard`
 * on the large seed. Rows whose counts all went back to zero are not differences.
 */
export async function rollupMismatches() {
  const [row] = rowsOf<{ appealFacts: number; eventFunnel: number; lastContactDays: number }>(
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
         GROUP BY 1, 2, 3)
      SELECT (SELECT count(*) FROM ((TABLE kept_facts EXCEPT TABLE rebuilt_facts) UNION ALL (TABLE rebuilt_facts EXCEPT TABLE kept_facts)) d)::int AS "appealFacts",
             (SELECT count(*) FROM ((TABLE kept_funnel EXCEPT TABLE rebuilt_funnel) UNION ALL (TABLE rebuilt_funnel EXCEPT TABLE kept_funnel)) d)::int AS "eventFunnel",
             (SELECT count(*) FROM ((TABLE kept_days EXCEPT TABLE rebuilt_days) UNION ALL (TABLE rebuilt_days EXCEPT TABLE kept_days)) d)::int AS "lastContactDays"`),
  );
  return row;
}
