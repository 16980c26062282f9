-- contacts.last_contacted_at: the latest interaction with each person, kept by statement-level
-- triggers in the transaction that records it (activities, appeal dispatches, invitations, letter
-- asks and answers). It only moves forward: deleting an interaction leaves it as it was.
-- The trigger functions run as their owner, so the date counts every interaction, not only those
-- the user who made the change may see.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

CREATE OR REPLACE FUNCTION touch_last_contacted(contact_ids uuid[], moments timestamptz[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE contacts c SET last_contacted_at = n.at
    FROM (SELECT id, max(at) AS at FROM unnest(contact_ids, moments) AS u(id, at)
           WHERE id IS NOT NULL AND at IS NOT NULL GROUP BY id) n
   WHERE c.id = n.id AND (c.last_contacted_at IS NULL OR c.last_contacted_at < n.at);
$$;

CREATE OR REPLACE FUNCTION last_contacted_from_activities() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id), array_agg(occurred_at)) FROM new_rows;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION last_contacted_from_dispatches() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(r.contact_id), array_agg(n.sent_on))
     FROM new_rows n JOIN appeal_recipients r ON r.id = n.recipient_id;
  RETURN NULL;
END $$;

-- A recipient moved to another contact (a merge) brings its dispatches along.
CREATE OR REPLACE FUNCTION last_contacted_from_recipients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(n.contact_id), array_agg(d.sent_on))
     FROM new_rows n JOIN appeal_dispatches d ON d.recipient_id = n.id;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION last_contacted_from_invitations() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id), array_agg(invited_at)) FROM new_rows;
  RETURN NULL;
END $$;

-- Letter dates are calendar days: the day counts from its start, in UTC.
CREATE OR REPLACE FUNCTION last_contacted_from_signatories() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM touch_last_contacted(array_agg(contact_id),
          array_agg(greatest(asked_on, followed_up_on, responded_on, signed_on)::timestamp AT TIME ZONE 'UTC'))
     FROM new_rows;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS activities_last_contacted_ins ON activities;
CREATE TRIGGER activities_last_contacted_ins AFTER INSERT ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_activities();
DROP TRIGGER IF EXISTS activities_last_contacted_upd ON activities;
CREATE TRIGGER activities_last_contacted_upd AFTER UPDATE ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_activities();

DROP TRIGGER IF EXISTS appeal_dispatches_last_contacted_ins ON appeal_dispatches;
CREATE TRIGGER appeal_dispatches_last_contacted_ins AFTER INSERT ON appeal_dispatches
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_dispatches();
DROP TRIGGER IF EXISTS appeal_dispatches_last_contacted_upd ON appeal_dispatches;
CREATE TRIGGER appeal_dispatches_last_contacted_upd AFTER UPDATE ON appeal_dispatches
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_dispatches();

DROP TRIGGER IF EXISTS appeal_recipients_last_contacted_upd ON appeal_recipients;
CREATE TRIGGER appeal_recipients_last_contacted_upd AFTER UPDATE ON appeal_recipients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_recipients();

DROP TRIGGER IF EXISTS invitations_last_contacted_ins ON invitations;
CREATE TRIGGER invitations_last_contacted_ins AFTER INSERT ON invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_invitations();
DROP TRIGGER IF EXISTS invitations_last_contacted_upd ON invitations;
CREATE TRIGGER invitations_last_contacted_upd AFTER UPDATE ON invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_invitations();

DROP TRIGGER IF EXISTS letter_signatories_last_contacted_ins ON letter_signatories;
CREATE TRIGGER letter_signatories_last_contacted_ins AFTER INSERT ON letter_signatories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_signatories();
DROP TRIGGER IF EXISTS letter_signatories_last_contacted_upd ON letter_signatories;
CREATE TRIGGER letter_signatories_last_contacted_upd AFTER UPDATE ON letter_signatories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contacted_from_signatories();

-- contacts.political_group_since: the day the stored group is known to hold from. A change of the
-- group by hand (the contact form, a CSV import, a merge) dates it to the day of the change, in
-- UTC like the roster dates; a roster import writes its roster's date itself (lib/contacts/
-- import-roster.ts), so a writer that sets the column is left alone. In the database rather than
-- in each writer so that no path that changes a group can forget it: an undated change would let
-- an older roster overwrite it.
CREATE OR REPLACE FUNCTION contacts_group_since() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.political_group IS NOT NULL AND NEW.political_group_since IS NULL THEN
      NEW.political_group_since := (now() AT TIME ZONE 'UTC')::date;
    END IF;
  ELSIF NEW.political_group IS DISTINCT FROM OLD.political_group
    AND NEW.political_group_since IS NOT DISTINCT FROM OLD.political_group_since THEN
    NEW.political_group_since := (now() AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS contacts_group_since_ins ON contacts;
CREATE TRIGGER contacts_group_since_ins BEFORE INSERT ON contacts
  FOR EACH ROW EXECUTE FUNCTION contacts_group_since();
DROP TRIGGER IF EXISTS contacts_group_since_upd ON contacts;
CREATE TRIGGER contacts_group_since_upd BEFORE UPDATE OF political_group, political_group_since ON contacts
  FOR EACH ROW EXECUTE FUNCTION contacts_group_since();
