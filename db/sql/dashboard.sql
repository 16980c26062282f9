-- The dashboard's other derived data: the engagement counter behind the cached "most engaged
-- contacts" figure (dashboard_cache / dashboard_versions), the invitation funnel of each event
-- (event_funnel) and the contacts per parliamentary body, country and day or month last contacted
-- (last_contact_days, last_contact_months). The trigger functions run as their owner: a summary is computed from every
-- row, not from what the user who made the change may see. Appeals' summary: appeals.sql.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

-- The engagement counter: raised once per transaction, at its commit (deferred), by any change to
-- what "most engaged contacts" counts, so a cached figure (dashboard_cache) is never older than
-- the last committed change. Deferred, the row lock on the counter lasts only for the commit.
CREATE OR REPLACE FUNCTION bump_engagement_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF current_setting('advocacy.engagement_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('advocacy.engagement_bumped', txid_current()::text, true);
    UPDATE dashboard_versions SET version = version + 1 WHERE name = 'engagement';
  END IF;
  RETURN NULL;
END $$;

-- Only the columns the figure reads raise it: drafting an appeal or editing a case's summary must
-- not make the next dashboard view recompute "most engaged" (seconds at a million contacts).
-- Inserting an appeal, recipient, letter, event or case changes nothing it counts (no dispatch,
-- signature or attendance hangs on it yet); deleting one does (its dispatches, signatures and
-- invitations go).
DROP TRIGGER IF EXISTS appeal_dispatches_engagement_version ON appeal_dispatches;
CREATE CONSTRAINT TRIGGER appeal_dispatches_engagement_version
  AFTER INSERT OR UPDATE OR DELETE ON appeal_dispatches
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS appeal_recipients_engagement_version ON appeal_recipients;
CREATE CONSTRAINT TRIGGER appeal_recipients_engagement_version
  AFTER UPDATE OF appeal_id, contact_id OR DELETE ON appeal_recipients
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS appeals_engagement_version ON appeals;
CREATE CONSTRAINT TRIGGER appeals_engagement_version
  AFTER UPDATE OF campaign_id OR DELETE ON appeals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS appeal_cases_engagement_version ON appeal_cases;
CREATE CONSTRAINT TRIGGER appeal_cases_engagement_version
  AFTER INSERT OR UPDATE OR DELETE ON appeal_cases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS cases_engagement_version ON cases;
CREATE CONSTRAINT TRIGGER cases_engagement_version
  AFTER UPDATE OF restricted OR DELETE ON cases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS case_assignments_engagement_version ON case_assignments;
CREATE CONSTRAINT TRIGGER case_assignments_engagement_version
  AFTER INSERT OR UPDATE OR DELETE ON case_assignments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS letter_signatories_engagement_version ON letter_signatories;
CREATE CONSTRAINT TRIGGER letter_signatories_engagement_version
  AFTER INSERT OR UPDATE OF letter_id, contact_id, status, signed_on OR DELETE ON letter_signatories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS letters_engagement_version ON letters;
CREATE CONSTRAINT TRIGGER letters_engagement_version
  AFTER UPDATE OF campaign_id OR DELETE ON letters
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS invitations_engagement_version ON invitations;
CREATE CONSTRAINT TRIGGER invitations_engagement_version
  AFTER INSERT OR UPDATE OF event_id, contact_id, attendance OR DELETE ON invitations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS events_engagement_version ON events;
CREATE CONSTRAINT TRIGGER events_engagement_version
  AFTER UPDATE OF starts_at, campaign_id OR DELETE ON events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();
DROP TRIGGER IF EXISTS contacts_engagement_version ON contacts;
CREATE CONSTRAINT TRIGGER contacts_engagement_version
  AFTER UPDATE OF full_name, country, parliamentary_body, merged_into_id OR DELETE ON contacts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version();

-- event_funnel: deltas of the invitations inserted, deleted or changed, per event. Invitations
-- deleted with their event are skipped: the event's funnel row went with it.
CREATE OR REPLACE FUNCTION event_funnel_add(ev uuid[], answers invitation_answer[], attendances attendance[], signs int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO event_funnel AS f (event_id, invited, answered, accepted, attended)
  SELECT d.ev, sum(d.sign), coalesce(sum(d.sign) FILTER (WHERE d.answer <> 'pending'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.answer = 'accepted'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.answer = 'accepted' AND d.attendance = 'attended'), 0)
    FROM unnest(ev, answers, attendances, signs) AS d(ev, answer, attendance, sign)
   WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = d.ev)
   GROUP BY d.ev ORDER BY d.ev
  ON CONFLICT (event_id) DO UPDATE SET invited = f.invited + excluded.invited,
    answered = f.answered + excluded.answered, accepted = f.accepted + excluded.accepted, attended = f.attended + excluded.attended;
$$;

-- One function for the INSERT (new_rows), DELETE (old_rows) and UPDATE (both) triggers: PL/pgSQL
-- only plans the branch it runs, so the missing transition table is never read.
CREATE OR REPLACE FUNCTION event_funnel_from_invitations() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM event_funnel_add(array_agg(event_id), array_agg(answer), array_agg(attendance), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM event_funnel_add(array_agg(event_id), array_agg(answer), array_agg(attendance), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS invitations_funnel_ins ON invitations;
CREATE TRIGGER invitations_funnel_ins AFTER INSERT ON invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_funnel_from_invitations();
DROP TRIGGER IF EXISTS invitations_funnel_del ON invitations;
CREATE TRIGGER invitations_funnel_del AFTER DELETE ON invitations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_funnel_from_invitations();
DROP TRIGGER IF EXISTS invitations_funnel_upd ON invitations;
CREATE TRIGGER invitations_funnel_upd AFTER UPDATE ON invitations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_funnel_from_invitations();

-- last_contact_days and last_contact_months (0026): each changed contact leaves its old day's and
-- month's counts and joins its new ones; the months once under its country and once under '*',
-- every country together (the dashboard's "not contacted in N months" sums the months before the
-- cutoff's, then that month's days).
CREATE OR REPLACE FUNCTION last_contact_days_add(bodies parliamentary_body[], countries text[], moments timestamptz[], signs int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO last_contact_days AS h (parliamentary_body, country, day, contacts)
  SELECT d.body, coalesce(d.country, ''), (d.at AT TIME ZONE 'UTC')::date, sum(d.sign)
    FROM unnest(bodies, countries, moments, signs) AS d(body, country, at, sign)
   GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (parliamentary_body, country, day) DO UPDATE SET contacts = h.contacts + excluded.contacts;
  INSERT INTO last_contact_months AS h (parliamentary_body, country, month, contacts)
  SELECT d.body, x.country, date_trunc('month', d.at AT TIME ZONE 'UTC')::date, sum(d.sign)
    FROM unnest(bodies, countries, moments, signs) AS d(body, country, at, sign)
   CROSS JOIN LATERAL (VALUES (coalesce(d.country, '')), ('*')) x(country)
   GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 2, 1, 3
  ON CONFLICT (country, parliamentary_body, month) DO UPDATE SET contacts = h.contacts + excluded.contacts;
$$;

CREATE OR REPLACE FUNCTION last_contact_days_from_contacts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Most updates leave all three alone (a name, an e-mail): nothing to do.
    EXECUTE $q$SELECT last_contact_days_add(array_agg(d.body), array_agg(d.country), array_agg(d.at), array_agg(d.sign))
       FROM (SELECT o.parliamentary_body AS body, o.country, o.last_contacted_at AS at, -1 AS sign
               FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.parliamentary_body IS NOT NULL AND o.last_contacted_at IS NOT NULL AND o.merged_into_id IS NULL
                AND (o.parliamentary_body, o.country, o.last_contacted_at, o.merged_into_id)
                    IS DISTINCT FROM (n.parliamentary_body, n.country, n.last_contacted_at, n.merged_into_id)
             UNION ALL
             SELECT n.parliamentary_body, n.country, n.last_contacted_at, 1
               FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE n.parliamentary_body IS NOT NULL AND n.last_contacted_at IS NOT NULL AND n.merged_into_id IS NULL
                AND (o.parliamentary_body, o.country, o.last_contacted_at, o.merged_into_id)
                    IS DISTINCT FROM (n.parliamentary_body, n.country, n.last_contacted_at, n.merged_into_id)) d
     HAVING count(*) > 0$q$;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM last_contact_days_add(array_agg(parliamentary_body), array_agg(country), array_agg(last_contacted_at), array_agg(1))
       FROM new_rows WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL HAVING count(*) > 0;
  ELSE
    PERFORM last_contact_days_add(array_agg(parliamentary_body), array_agg(country), array_agg(last_contacted_at), array_agg(-1))
       FROM old_rows WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS contacts_last_contact_days_ins ON contacts;
CREATE TRIGGER contacts_last_contact_days_ins AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contact_days_from_contacts();
DROP TRIGGER IF EXISTS contacts_last_contact_days_del ON contacts;
CREATE TRIGGER contacts_last_contact_days_del AFTER DELETE ON contacts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contact_days_from_contacts();
DROP TRIGGER IF EXISTS contacts_last_contact_days_upd ON contacts;
CREATE TRIGGER contacts_last_contact_days_upd AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION last_contact_days_from_contacts();
