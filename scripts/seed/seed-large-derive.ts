// What the triggers turned off in bulk mode (seed-large-bulk.ts) would have kept, computed once
// after the load, set-based, with the database's own functions (db/sql/*.sql):
// - contacts.last_contacted_at through touch_last_contacted, from every dispatch, invitation and
//   signatory (it only moves forward, so re-reading older rows changes nothing); the contacts'
//   own triggers keep last_contact_days as for any update;
// - appeal_facts' recipient bodies and first replies through refresh_appeal_body_facts and
//   refresh_appeal_reply_facts (what the recipients' and replies' triggers call), then appeal_months
//   emptied and refilled from appeal_facts through appeal_month_rows and appeal_months_add (what
//   appeal_facts' triggers call);
// - "most engaged" (engagement_months, engagement_body_months, engagement_totals) emptied and
//   refilled from engagement_rebuilt(), the definition lib/dashboard/rollup-check.ts checks
//   against, through engagement_add(), the function the triggers call;
// - the engagement counter raised once, so no cached "most engaged" figure survives the seed.
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";

export async function touchLastContacted(tx: Tx): Promise<number> {
  // The moment each trigger of db/sql/contacts.sql records (last_contacted_from_dispatches,
  // _invitations, _signatories), taken per contact before the one update.
  const [{ n }] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      WITH moments AS (
        SELECT r.contact_id, d.sent_on AS at FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id
        UNION ALL
        SELECT contact_id, invited_at FROM invitations
        UNION ALL
        SELECT contact_id, greatest(asked_on, followed_up_on, responded_on, signed_on)::timestamp AT TIME ZONE 'UTC' FROM letter_signatories),
      latest AS (SELECT contact_id, max(at) AS at FROM moments WHERE contact_id IS NOT NULL AND at IS NOT NULL GROUP BY contact_id)
      SELECT count(*)::int AS n, touch_last_contacted(array_agg(contact_id), array_agg(at)) FROM latest`),
  );
  return n;
}

export async function refreshAppealFacts(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT refresh_appeal_body_facts(ids), refresh_appeal_reply_facts(ids) FROM (SELECT array_agg(id) AS ids FROM appeals) a`);
  await tx.execute(sql`TRUNCATE appeal_months`);
  await tx.execute(sql`SELECT appeal_months_add(array_agg(r)) FROM appeal_facts f CROSS JOIN LATERAL appeal_month_rows(f, 1) r HAVING count(*) > 0`);
}

const DELTAS_PER_CALL = 250_000;

export async function rebuildEngagement(tx: Tx): Promise<number> {
  await tx.execute(sql`TRUNCATE engagement_months, engagement_body_months, engagement_totals`);
  await tx.execute(sql`CREATE TEMPORARY TABLE seed_engagement ON COMMIT DROP AS SELECT e FROM engagement_rebuilt() e`);
  const [{ n }] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM seed_engagement`));
  // In slices by contact: each call's arrays stay a few tens of megabytes; the per-body rows that
  // several slices share are added up by engagement_add's ON CONFLICT, as across triggers.
  const slices = Math.max(1, Math.ceil(n / DELTAS_PER_CALL));
  for (let slice = 0; slice < slices; slice++) {
    await tx.execute(sql`
      SELECT engagement_add(array_agg(s.e)) FROM seed_engagement s
       WHERE abs(hashtext((s.e).contact_id::text)) % ${slices} = ${slice} HAVING count(*) > 0`);
  }
  await tx.execute(sql`DROP TABLE seed_engagement`);
  return n;
}

/** As bump_engagement_version (db/sql/dashboard.sql) does once per transaction. */
export async function bumpEngagementVersion(tx: Tx): Promise<void> {
  await tx.execute(sql`UPDATE dashboard_versions SET version = version + 1 WHERE name = 'engagement'`);
}
