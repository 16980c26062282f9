// npx tsx --conditions=react-server scripts/seed/seed-large-check.ts: after db:seed:large, is the
// derived data what the triggers would have kept? Prints the rows that differ (all zeros is right):
// the dashboard's summary tables rebuilt from their sources (lib/dashboard/rollup-check.ts), every
// search text rebuilt with its definition (lib/search/search-text-check.ts), the search vocabulary
// (every word of a search text is a search term), and contacts' last-contacted date against their
// dispatches, invitations, signatories and activities; then the row counts.
import "../env";
import { sql } from "drizzle-orm";
import { closeDatabase, db, rowsOf } from "../../db/client";
import { rollupMismatches } from "../../lib/dashboard/rollup-check";
import { searchTextMismatches } from "../../lib/search/search-text-check";

const started = performance.now();
try {
  console.log("summary tables:", JSON.stringify(await rollupMismatches()));
  console.log("search texts:  ", JSON.stringify(await searchTextMismatches(db)));
  const [checks] = rowsOf<{ missing_terms: number; last_contacted: number }>(
    await db.execute(sql`
      WITH words AS (
        SELECT DISTINCT w FROM (SELECT search_text FROM contacts UNION ALL SELECT search_text FROM appeals UNION ALL SELECT search_text FROM letters
                                UNION ALL SELECT search_text FROM events) t, unnest(string_to_array(t.search_text, ' ')) w WHERE w <> ''),
      moments AS (
        SELECT r.contact_id, d.sent_on AS at FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id
        UNION ALL SELECT contact_id, invited_at FROM invitations
        UNION ALL SELECT contact_id, greatest(asked_on, followed_up_on, responded_on, signed_on)::timestamp AT TIME ZONE 'UTC' FROM letter_signatories
        UNION ALL SELECT contact_id, occurred_at FROM activities),
      latest AS (SELECT contact_id, max(at) AS at FROM moments WHERE contact_id IS NOT NULL GROUP BY 1)
      SELECT (SELECT count(*) FROM words WHERE NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = words.w))::int AS missing_terms,
             (SELECT count(*) FROM contacts c LEFT JOIN latest l ON l.contact_id = c.id
               WHERE c.source = 'synthetic' AND c.last_contacted_at IS DISTINCT FROM l.at)::int AS last_contacted`),
  );
  console.log("search terms missing:", checks.missing_terms, "· synthetic contacts whose last contact differs:", checks.last_contacted);
  const [counts] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      SELECT (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FROM contact_emails)::int AS emails,
             (SELECT count(*) FROM appeals)::int AS appeals, (SELECT count(*) FROM appeal_recipients)::int AS recipients,
             (SELECT count(*) FROM appeal_dispatches)::int AS dispatches, (SELECT count(*) FROM appeal_replies)::int AS replies,
             (SELECT count(*) FROM letters)::int AS letters, (SELECT count(*) FROM letter_signatories)::int AS signatories,
             (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM invitations)::int AS invitations,
             (SELECT count(*) FROM search_terms)::int AS search_terms, (SELECT count(*) FROM engagement_months)::int AS engagement_months`),
  );
  console.log("rows:", JSON.stringify(counts));
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await closeDatabase();
}
