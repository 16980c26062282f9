-- contacts.last_contacted_at: the latest interaction with each person, kept by statement-level
-- triggers in the transaction that records it (activities, appeal dispatches, invitations, letter
-- asks and answers). It only moves forward: deleting an interaction leaves it as it was.
CREATE FUNCTION touch_last_contacted(contact_ids uuid[], moments timestamptz[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE contacts c SET last_contacted_at = n.at
    FROM (SELECT id, max(at) AS at FROM unnest(contact_ids, moments) AS u(id, at)
           WHERE id IS NOT NULL AND at IS NOT NULL GROUP BY id) n
   WHERE c.id = n.id AND (c.last_contacted_at IS NULL OR c.last_contacted_at < n.at);
$$;
--> statement-breakpoint
CREATE FUNCTION last_contacted_from_activities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id), array_agg(occurred_at)) FROM new_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION last_contacted_from_dispatches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(r.contact_id), array_agg(n.sent_on))
     FROM new_rows n JOIN appeal_recipients r ON r.id = n.recipient_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A recipient moved to another contact (a merge) brings its dispatches along.
CREATE FUNCTION last_contacted_from_recipients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(n.contact_id), array_agg(d.sent_on))
     FROM new_rows n JOIN appeal_dispatches d ON d.recipient_id = n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION last_contacted_from_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id), array_agg(invited_at)) FROM new_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Letter dates are calendar days: the day counts from its start, in UTC.
CREATE FUNCTION last_contacted_from_signatories() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id),
          array_agg(greatest(asked_on, followed_up_on, responded_on, signed_on)::timestamp AT TIME ZONE 'UTC'))
     FROM new_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Backfill before the triggers exist; the search vocabulary triggers have nothing to learn from it.
ALTER TABLE contacts DISABLE TRIGGER contacts_search_terms_upd;
--> statement-breakpoint
UPDATE contacts c SET last_contacted_at = x.at
  FROM (SELECT contact_id, max(at) AS at FROM (
          SELECT contact_id, occurred_at AS at FROM activities
          UNION ALL
          SELECT r.contact_id, d.sent_on FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id
          UNION ALL
          SELECT contact_id, invited_at FROM invitations
          UNION ALL
          SELECT contact_id, greatest(asked_on, followed_up_on, responded_on, signed_on)::timestamp AT TIME ZONE 'UTC' FROM letter_signatories
        ) a WHERE contact_id IS NOT NULL AND at IS NOT NULL GROUP BY contact_id) x
 WHERE c.id = x.contact_id;
--> statement-breakpoint
ALTER TABLE contacts ENABLE TRIGGER contacts_search_terms_upd;
--> statement-breakpoint
CREATE INDEX "contacts_last_contacted_idx" ON "contacts" USING btree ("last_contacted_at","parliamentary_body","country") WHERE "contacts"."merged_into_id" IS NULL AND "contacts"."last_contacted_at" IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER activities_last_contacted_ins AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_activities();
--> statement-breakpoint
CREATE TRIGGER activities_last_contacted_upd AFTER UPDATE ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_activities();
--> statement-breakpoint
CREATE TRIGGER appeal_dispatches_last_contacted_ins AFTER INSERT ON appeal_dispatches REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_dispatches();
--> statement-breakpoint
CREATE TRIGGER appeal_dispatches_last_contacted_upd AFTER UPDATE ON appeal_dispatches REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_dispatches();
--> statement-breakpoint
CREATE TRIGGER appeal_recipients_last_contacted_upd AFTER UPDATE ON appeal_recipients REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_recipients();
--> statement-breakpoint
CREATE TRIGGER invitations_last_contacted_ins AFTER INSERT ON invitations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_invitations();
--> statement-breakpoint
CREATE TRIGGER invitations_last_contacted_upd AFTER UPDATE ON invitations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_invitations();
--> statement-breakpoint
CREATE TRIGGER letter_signatories_last_contacted_ins AFTER INSERT ON letter_signatories REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_signatories();
--> statement-breakpoint
CREATE TRIGGER letter_signatories_last_contacted_upd AFTER UPDATE ON letter_signatories REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_signatories();
--> statement-breakpoint
-- The engagement counter: raised once per transaction, at its commit (deferred), by any change to
-- what "most engaged contacts" counts, so a cached figure (dashboard_cache) is never older than
-- the last committed change. Deferred, the row lock on the counter lasts only for the commit.
INSERT INTO dashboard_versions (name, version) VALUES ('engagement', 1);
--> statement-breakpoint
CREATE FUNCTION bump_engagement_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('advocacy.engagement_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('advocacy.engagement_bumped', txid_current()::text, true);
    UPDATE dashboard_versions SET version = version + 1 WHERE name = 'engagement';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['appeal_dispatches', 'appeal_recipients', 'appeals', 'appeal_cases', 'cases', 'case_assignments',
                           'letter_signatories', 'letters', 'invitations', 'events'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version()', t || '_engagement_version', t);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contacts_engagement_version AFTER UPDATE OF full_name, country, parliamentary_body, merged_into_id OR DELETE ON contacts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
