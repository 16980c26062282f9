-- "Most engaged" (lib/dashboard/engagement.ts) as summary tables (migration 0021), kept by
-- statement-level triggers in the transaction of every change, so no change ever costs a full
-- recompute: engagement_months (per contact, UTC month, campaign: dispatches that went out,
-- letters signed, events attended; with the contact's body, country and "not merged"), engagement_body_months (the same per parliamentary body and
-- country of the unmerged contacts) and engagement_totals (per contact, all time, the bound the
-- dashboard ranks by). Each change adds its deltas; rows whose counts all come back to zero go.
--
-- Restricted cases: what comes from an appeal, letter or event about a restricted case is filed
-- under that record's id (appeal_id / letter_id / event_id), hidden by the restricted-case policy
-- like the record, and left out of engagement_totals; everything else under NULL. When a record's
-- restriction changes (its case links, a case's flag), its contributions move between the two.
--
-- Deletions: a dispatch, signature or invitation deleted with its appeal, recipient, letter or
-- event can no longer be traced to its contact or campaign once the parent is gone, so the parent's
-- BEFORE DELETE trigger takes its contributions off and the children's triggers skip rows whose
-- parent is gone. A contact's own rows go with it (foreign keys); its share of the body table is
-- taken off before. Assumption: no single statement (CTE) both links an appeal, letter or event to
-- a restricted case and writes its dispatches, signatures or invitations.
--
-- engagement_months.changed is the transaction that last changed a row (migration 0024): every
-- delta, also one that nets to zero in its month (an interaction moved within the month), an
-- event moved within its month, a contact renamed or moved between bodies or countries, and a
-- row of the contact's gone set it, so the dashboard can rescore just the contacts changed since
-- a cached figure's snapshot; a contact that loses rows, or is deleted, is recorded in
-- engagement_gone (migration 0026), as nothing may be left to mark.
--
-- Trigger functions run as their owner: the summaries count every row, whoever made the change.
-- lib/dashboard/rollup-check.ts rebuilds the tables from the sources (engagement_rebuilt).
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

-- What the tables hold, computed from the sources.
CREATE OR REPLACE FUNCTION engagement_rebuilt() RETURNS SETOF engagement_delta LANGUAGE sql STABLE AS $$
  WITH ra AS (SELECT DISTINCT ac.appeal_id AS id FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id WHERE c.restricted),
       rl AS (SELECT DISTINCT lc.letter_id AS id FROM letter_cases lc JOIN cases c ON c.id = lc.case_id WHERE c.restricted),
       re AS (SELECT DISTINCT ec.event_id AS id FROM event_cases ec JOIN cases c ON c.id = ec.case_id WHERE c.restricted)
  SELECT x.contact_id, x.month, x.campaign_id, x.appeal_id, x.letter_id, x.event_id,
         sum(x.d)::int, sum(x.s)::int, sum(x.a)::int
    FROM (SELECT r.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date AS month, a.campaign_id,
                 ra.id AS appeal_id, NULL::uuid AS letter_id, NULL::uuid AS event_id, 1 AS d, 0 AS s, 0 AS a
            FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id JOIN appeals a ON a.id = r.appeal_id
            LEFT JOIN ra ON ra.id = a.id
           WHERE d.error IS NULL AND r.contact_id IS NOT NULL
          UNION ALL
          SELECT s.contact_id, date_trunc('month', s.signed_on)::date, l.campaign_id, NULL, rl.id, NULL, 0, 1, 0
            FROM letter_signatories s JOIN letters l ON l.id = s.letter_id LEFT JOIN rl ON rl.id = l.id
           WHERE s.status = 'signed' AND s.signed_on IS NOT NULL
          UNION ALL
          SELECT i.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id, NULL, NULL, re.id, 0, 0, 1
            FROM invitations i JOIN events ev ON ev.id = i.event_id LEFT JOIN re ON re.id = ev.id
           WHERE i.attendance = 'attended' AND ev.starts_at IS NOT NULL) x
   GROUP BY 1, 2, 3, 4, 5, 6
$$;

-- The key a record's contributions are filed under: its id when it is about a restricted case.
CREATE OR REPLACE FUNCTION engagement_appeal_key(p_appeal uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT p_appeal WHERE EXISTS (SELECT 1 FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.appeal_id = p_appeal AND c.restricted)
$$;

CREATE OR REPLACE FUNCTION engagement_letter_key(p_letter uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT p_letter WHERE EXISTS (SELECT 1 FROM letter_cases lc JOIN cases c ON c.id = lc.case_id WHERE lc.letter_id = p_letter AND c.restricted)
$$;

CREATE OR REPLACE FUNCTION engagement_event_key(p_event uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT p_event WHERE EXISTS (SELECT 1 FROM event_cases ec JOIN cases c ON c.id = ec.case_id WHERE ec.event_id = p_event AND c.restricted)
$$;

-- The per-body table: deltas for (body, country) as given.
CREATE OR REPLACE FUNCTION engagement_body_add(deltas engagement_body_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO engagement_body_months AS b (parliamentary_body, country, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances)
  SELECT d.parliamentary_body, d.country, d.month, d.campaign_id, d.appeal_id, d.letter_id, d.event_id,
         sum(d.dispatches), sum(d.signatures), sum(d.attendances)
    FROM unnest(deltas) d
   GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING (sum(d.dispatches), sum(d.signatures), sum(d.attendances)) <> (0, 0, 0)
   ORDER BY 3, 1, 2, 4, 5, 6, 7
  ON CONFLICT (month, parliamentary_body, country, campaign_id, appeal_id, letter_id, event_id) DO UPDATE
     SET dispatches = b.dispatches + excluded.dispatches, signatures = b.signatures + excluded.signatures,
         attendances = b.attendances + excluded.attendances;
  IF EXISTS (SELECT 1 FROM unnest(deltas) d WHERE d.dispatches < 0 OR d.signatures < 0 OR d.attendances < 0) THEN
    DELETE FROM engagement_body_months b
     WHERE b.month IN (SELECT DISTINCT d.month FROM unnest(deltas) d) AND (b.dispatches, b.signatures, b.attendances) = (0, 0, 0);
  END IF;
END $$;

-- engagement_gone: contacts whose rows went (all of them, or some: a row that comes back to zero
-- goes), kept for two days: no cached figure older than a day is refreshed (lib/dashboard/cache.ts).
CREATE OR REPLACE FUNCTION engagement_gone_pruned() RETURNS void LANGUAGE sql AS $$
  DELETE FROM engagement_gone WHERE at < now() - interval '2 days';
$$;

-- Deltas per contact: the contact's months, its total (unrestricted records only) and its body's
-- months (when it has a body and is not merged). Contacts that no longer exist are skipped: their
-- rows went with them.
CREATE OR REPLACE FUNCTION engagement_add(deltas engagement_delta[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  body_deltas engagement_body_delta[];
BEGIN
  IF coalesce(cardinality(deltas), 0) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO engagement_months AS m (contact_id, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances,
                                      parliamentary_body, country, active, changed)
  SELECT d.contact_id, d.month, d.campaign_id, d.appeal_id, d.letter_id, d.event_id, sum(d.dispatches), sum(d.signatures), sum(d.attendances),
         c.parliamentary_body, coalesce(c.country, ''), c.merged_into_id IS NULL, pg_current_xact_id()
    FROM unnest(deltas) d JOIN contacts c ON c.id = d.contact_id
   GROUP BY 1, 2, 3, 4, 5, 6, 10, 11, 12
  HAVING (sum(d.dispatches), sum(d.signatures), sum(d.attendances)) <> (0, 0, 0)
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (contact_id, month, campaign_id, appeal_id, letter_id, event_id) DO UPDATE
     SET dispatches = m.dispatches + excluded.dispatches, signatures = m.signatures + excluded.signatures,
         attendances = m.attendances + excluded.attendances, changed = excluded.changed;
  -- Deltas that net to zero in a month (an interaction moved to another day of it, left out
  -- above) still change the contact's count in a range that starts or ends within that month.
  UPDATE engagement_months m SET changed = pg_current_xact_id()
    FROM (SELECT d.contact_id, d.month FROM unnest(deltas) d
           GROUP BY d.contact_id, d.month, d.campaign_id, d.appeal_id, d.letter_id, d.event_id
          HAVING (sum(d.dispatches), sum(d.signatures), sum(d.attendances)) = (0, 0, 0)) d
   WHERE m.contact_id = d.contact_id AND m.month = d.month AND m.changed IS DISTINCT FROM pg_current_xact_id();

  INSERT INTO engagement_totals AS t (contact_id, total, parliamentary_body, country, active)
  SELECT d.contact_id, sum(d.dispatches + d.signatures + d.attendances), c.parliamentary_body, coalesce(c.country, ''), c.merged_into_id IS NULL
    FROM unnest(deltas) d JOIN contacts c ON c.id = d.contact_id
   WHERE d.appeal_id IS NULL AND d.letter_id IS NULL AND d.event_id IS NULL
   GROUP BY 1, 3, 4, 5 HAVING sum(d.dispatches + d.signatures + d.attendances) <> 0 ORDER BY 1
  ON CONFLICT (contact_id) DO UPDATE SET total = t.total + excluded.total;

  IF EXISTS (SELECT 1 FROM unnest(deltas) d WHERE d.dispatches < 0 OR d.signatures < 0 OR d.attendances < 0) THEN
    -- A contact that loses a row has its other rows marked changed: its count in a range that
    -- starts or ends in the lost row's month changed with nothing left there to say so.
    -- A contact left with no row at all is recorded in engagement_gone (migration 0026).
    WITH gone AS (
      DELETE FROM engagement_months m
       WHERE m.contact_id IN (SELECT DISTINCT d.contact_id FROM unnest(deltas) d WHERE d.dispatches < 0 OR d.signatures < 0 OR d.attendances < 0)
         AND (m.dispatches, m.signatures, m.attendances) = (0, 0, 0)
      RETURNING m.contact_id),
    marked AS (
      UPDATE engagement_months m SET changed = pg_current_xact_id()
       WHERE m.contact_id IN (SELECT contact_id FROM gone) AND m.changed IS DISTINCT FROM pg_current_xact_id())
    INSERT INTO engagement_gone (contact_id, changed) SELECT DISTINCT contact_id, pg_current_xact_id() FROM gone;
    PERFORM engagement_gone_pruned();
    DELETE FROM engagement_totals t
     WHERE t.contact_id IN (SELECT DISTINCT d.contact_id FROM unnest(deltas) d WHERE d.dispatches < 0 OR d.signatures < 0 OR d.attendances < 0)
       AND t.total = 0;
  END IF;

  SELECT array_agg(ROW(c.parliamentary_body, coalesce(c.country, ''), d.month, d.campaign_id, d.appeal_id, d.letter_id, d.event_id,
                       d.dispatches, d.signatures, d.attendances)::engagement_body_delta)
    INTO body_deltas
    FROM unnest(deltas) d JOIN contacts c ON c.id = d.contact_id
   WHERE c.parliamentary_body IS NOT NULL AND c.merged_into_id IS NULL;
  IF body_deltas IS NOT NULL THEN
    PERFORM engagement_body_add(body_deltas);
  END IF;
END $$;

-- Dispatches: one that went out (no error) to a recipient with a contact counts in the month it
-- was sent, for the appeal's campaign. Rows whose recipient or appeal is gone were taken off by
-- the parent's BEFORE DELETE trigger.
CREATE OR REPLACE FUNCTION engagement_from_dispatches() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM engagement_add(array_agg(ROW(r.contact_id, date_trunc('month', n.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                                         engagement_appeal_key(a.id), NULL, NULL, 1, 0, 0)::engagement_delta))
       FROM new_rows n JOIN appeal_recipients r ON r.id = n.recipient_id JOIN appeals a ON a.id = r.appeal_id
      WHERE n.error IS NULL AND r.contact_id IS NOT NULL HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM engagement_add(array_agg(ROW(r.contact_id, date_trunc('month', o.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                                         engagement_appeal_key(a.id), NULL, NULL, -1, 0, 0)::engagement_delta))
       FROM old_rows o JOIN appeal_recipients r ON r.id = o.recipient_id JOIN appeals a ON a.id = r.appeal_id
      WHERE o.error IS NULL AND r.contact_id IS NOT NULL HAVING count(*) > 0;
  ELSE
    EXECUTE $q$SELECT engagement_add(array_agg(x.delta))
       FROM (SELECT ROW(r.contact_id, date_trunc('month', o.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                        engagement_appeal_key(a.id), NULL, NULL, -1, 0, 0)::engagement_delta AS delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id
               JOIN appeal_recipients r ON r.id = o.recipient_id JOIN appeals a ON a.id = r.appeal_id
              WHERE o.error IS NULL AND r.contact_id IS NOT NULL
                AND (o.recipient_id, o.sent_on, o.error IS NULL) IS DISTINCT FROM (n.recipient_id, n.sent_on, n.error IS NULL)
             UNION ALL
             SELECT ROW(r.contact_id, date_trunc('month', n.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                        engagement_appeal_key(a.id), NULL, NULL, 1, 0, 0)::engagement_delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id
               JOIN appeal_recipients r ON r.id = n.recipient_id JOIN appeals a ON a.id = r.appeal_id
              WHERE n.error IS NULL AND r.contact_id IS NOT NULL
                AND (o.recipient_id, o.sent_on, o.error IS NULL) IS DISTINCT FROM (n.recipient_id, n.sent_on, n.error IS NULL)) x
     HAVING count(*) > 0$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeal_dispatches_engagement_ins ON appeal_dispatches;
CREATE TRIGGER appeal_dispatches_engagement_ins AFTER INSERT ON appeal_dispatches
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_dispatches();
DROP TRIGGER IF EXISTS appeal_dispatches_engagement_del ON appeal_dispatches;
CREATE TRIGGER appeal_dispatches_engagement_del AFTER DELETE ON appeal_dispatches
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_dispatches();
DROP TRIGGER IF EXISTS appeal_dispatches_engagement_upd ON appeal_dispatches;
CREATE TRIGGER appeal_dispatches_engagement_upd AFTER UPDATE ON appeal_dispatches
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_dispatches();

-- Recipients: moved to another contact (a merge) or appeal, their dispatches follow.
CREATE OR REPLACE FUNCTION engagement_from_recipients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT engagement_add(array_agg(x.delta))
     FROM (SELECT ROW(o.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                      engagement_appeal_key(a.id), NULL, NULL, -1, 0, 0)::engagement_delta AS delta
             FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN appeals a ON a.id = o.appeal_id
             JOIN appeal_dispatches d ON d.recipient_id = o.id
            WHERE d.error IS NULL AND o.contact_id IS NOT NULL
              AND (o.appeal_id, o.contact_id) IS DISTINCT FROM (n.appeal_id, n.contact_id)
           UNION ALL
           SELECT ROW(n.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                      engagement_appeal_key(a.id), NULL, NULL, 1, 0, 0)::engagement_delta
             FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN appeals a ON a.id = n.appeal_id
             JOIN appeal_dispatches d ON d.recipient_id = n.id
            WHERE d.error IS NULL AND n.contact_id IS NOT NULL
              AND (o.appeal_id, o.contact_id) IS DISTINCT FROM (n.appeal_id, n.contact_id)) x
   HAVING count(*) > 0$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeal_recipients_engagement_upd ON appeal_recipients;
CREATE TRIGGER appeal_recipients_engagement_upd AFTER UPDATE ON appeal_recipients
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_recipients();

-- A recipient deleted takes its dispatches' contributions with it, unless its appeal went first.
CREATE OR REPLACE FUNCTION engagement_before_recipient_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.contact_id IS NOT NULL THEN
    PERFORM engagement_add(array_agg(ROW(OLD.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, a.campaign_id,
                                         engagement_appeal_key(a.id), NULL, NULL, -1, 0, 0)::engagement_delta))
       FROM appeal_dispatches d JOIN appeals a ON a.id = OLD.appeal_id
      WHERE d.recipient_id = OLD.id AND d.error IS NULL HAVING count(*) > 0;
  END IF;
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS appeal_recipients_engagement_before_del ON appeal_recipients;
CREATE TRIGGER appeal_recipients_engagement_before_del BEFORE DELETE ON appeal_recipients
  FOR EACH ROW EXECUTE FUNCTION engagement_before_recipient_delete();

-- Appeals: a new campaign moves their dispatches; a deleted appeal takes them off first.
CREATE OR REPLACE FUNCTION engagement_from_appeals() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT engagement_add(array_agg(ROW(r.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, k.campaign_id,
                                       engagement_appeal_key(n.id), NULL, NULL, k.sign, 0, 0)::engagement_delta))
     FROM old_rows o JOIN new_rows n ON n.id = o.id
     CROSS JOIN LATERAL (VALUES (o.campaign_id, -1), (n.campaign_id, 1)) k(campaign_id, sign)
     JOIN appeal_recipients r ON r.appeal_id = n.id JOIN appeal_dispatches d ON d.recipient_id = r.id
    WHERE o.campaign_id IS DISTINCT FROM n.campaign_id AND d.error IS NULL AND r.contact_id IS NOT NULL
   HAVING count(*) > 0$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeals_engagement_upd ON appeals;
CREATE TRIGGER appeals_engagement_upd AFTER UPDATE ON appeals
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_appeals();

CREATE OR REPLACE FUNCTION engagement_before_appeal_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM engagement_add(array_agg(ROW(r.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, OLD.campaign_id,
                                       engagement_appeal_key(OLD.id), NULL, NULL, -1, 0, 0)::engagement_delta))
     FROM appeal_recipients r JOIN appeal_dispatches d ON d.recipient_id = r.id
    WHERE r.appeal_id = OLD.id AND d.error IS NULL AND r.contact_id IS NOT NULL HAVING count(*) > 0;
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS appeals_engagement_before_del ON appeals;
CREATE TRIGGER appeals_engagement_before_del BEFORE DELETE ON appeals
  FOR EACH ROW EXECUTE FUNCTION engagement_before_appeal_delete();

-- Signatures: a signatory who signed (on a date) counts in the month signed, for the letter's campaign.
CREATE OR REPLACE FUNCTION engagement_from_signatories() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM engagement_add(array_agg(ROW(n.contact_id, date_trunc('month', n.signed_on)::date, l.campaign_id,
                                         NULL, engagement_letter_key(l.id), NULL, 0, 1, 0)::engagement_delta))
       FROM new_rows n JOIN letters l ON l.id = n.letter_id
      WHERE n.status = 'signed' AND n.signed_on IS NOT NULL HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM engagement_add(array_agg(ROW(o.contact_id, date_trunc('month', o.signed_on)::date, l.campaign_id,
                                         NULL, engagement_letter_key(l.id), NULL, 0, -1, 0)::engagement_delta))
       FROM old_rows o JOIN letters l ON l.id = o.letter_id
      WHERE o.status = 'signed' AND o.signed_on IS NOT NULL HAVING count(*) > 0;
  ELSE
    EXECUTE $q$SELECT engagement_add(array_agg(x.delta))
       FROM (SELECT ROW(o.contact_id, date_trunc('month', o.signed_on)::date, l.campaign_id,
                        NULL, engagement_letter_key(l.id), NULL, 0, -1, 0)::engagement_delta AS delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN letters l ON l.id = o.letter_id
              WHERE o.status = 'signed' AND o.signed_on IS NOT NULL
                AND (o.letter_id, o.contact_id, o.status, o.signed_on) IS DISTINCT FROM (n.letter_id, n.contact_id, n.status, n.signed_on)
             UNION ALL
             SELECT ROW(n.contact_id, date_trunc('month', n.signed_on)::date, l.campaign_id,
                        NULL, engagement_letter_key(l.id), NULL, 0, 1, 0)::engagement_delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN letters l ON l.id = n.letter_id
              WHERE n.status = 'signed' AND n.signed_on IS NOT NULL
                AND (o.letter_id, o.contact_id, o.status, o.signed_on) IS DISTINCT FROM (n.letter_id, n.contact_id, n.status, n.signed_on)) x
     HAVING count(*) > 0$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS letter_signatories_engagement_ins ON letter_signatories;
CREATE TRIGGER letter_signatories_engagement_ins AFTER INSERT ON letter_signatories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_signatories();
DROP TRIGGER IF EXISTS letter_signatories_engagement_del ON letter_signatories;
CREATE TRIGGER letter_signatories_engagement_del AFTER DELETE ON letter_signatories
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_signatories();
DROP TRIGGER IF EXISTS letter_signatories_engagement_upd ON letter_signatories;
CREATE TRIGGER letter_signatories_engagement_upd AFTER UPDATE ON letter_signatories
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_signatories();

CREATE OR REPLACE FUNCTION engagement_from_letters() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT engagement_add(array_agg(ROW(s.contact_id, date_trunc('month', s.signed_on)::date, k.campaign_id,
                                       NULL, engagement_letter_key(n.id), NULL, 0, k.sign, 0)::engagement_delta))
     FROM old_rows o JOIN new_rows n ON n.id = o.id
     CROSS JOIN LATERAL (VALUES (o.campaign_id, -1), (n.campaign_id, 1)) k(campaign_id, sign)
     JOIN letter_signatories s ON s.letter_id = n.id
    WHERE o.campaign_id IS DISTINCT FROM n.campaign_id AND s.status = 'signed' AND s.signed_on IS NOT NULL
   HAVING count(*) > 0$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS letters_engagement_upd ON letters;
CREATE TRIGGER letters_engagement_upd AFTER UPDATE ON letters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_letters();

CREATE OR REPLACE FUNCTION engagement_before_letter_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM engagement_add(array_agg(ROW(s.contact_id, date_trunc('month', s.signed_on)::date, OLD.campaign_id,
                                       NULL, engagement_letter_key(OLD.id), NULL, 0, -1, 0)::engagement_delta))
     FROM letter_signatories s WHERE s.letter_id = OLD.id AND s.status = 'signed' AND s.signed_on IS NOT NULL HAVING count(*) > 0;
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS letters_engagement_before_del ON letters;
CREATE TRIGGER letters_engagement_before_del BEFORE DELETE ON letters
  FOR EACH ROW EXECUTE FUNCTION engagement_before_letter_delete();

-- Attendance: an invitation marked attended counts in the month the event starts (UTC), for the
-- event's campaign; an event without a start date counts in no range.
CREATE OR REPLACE FUNCTION engagement_from_invitations() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM engagement_add(array_agg(ROW(n.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id,
                                         NULL, NULL, engagement_event_key(ev.id), 0, 0, 1)::engagement_delta))
       FROM new_rows n JOIN events ev ON ev.id = n.event_id
      WHERE n.attendance = 'attended' AND ev.starts_at IS NOT NULL HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM engagement_add(array_agg(ROW(o.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id,
                                         NULL, NULL, engagement_event_key(ev.id), 0, 0, -1)::engagement_delta))
       FROM old_rows o JOIN events ev ON ev.id = o.event_id
      WHERE o.attendance = 'attended' AND ev.starts_at IS NOT NULL HAVING count(*) > 0;
  ELSE
    EXECUTE $q$SELECT engagement_add(array_agg(x.delta))
       FROM (SELECT ROW(o.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id,
                        NULL, NULL, engagement_event_key(ev.id), 0, 0, -1)::engagement_delta AS delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN events ev ON ev.id = o.event_id
              WHERE o.attendance = 'attended' AND ev.starts_at IS NOT NULL
                AND (o.event_id, o.contact_id, o.attendance = 'attended') IS DISTINCT FROM (n.event_id, n.contact_id, n.attendance = 'attended')
             UNION ALL
             SELECT ROW(n.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id,
                        NULL, NULL, engagement_event_key(ev.id), 0, 0, 1)::engagement_delta
               FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN events ev ON ev.id = n.event_id
              WHERE n.attendance = 'attended' AND ev.starts_at IS NOT NULL
                AND (o.event_id, o.contact_id, o.attendance = 'attended') IS DISTINCT FROM (n.event_id, n.contact_id, n.attendance = 'attended')) x
     HAVING count(*) > 0$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS invitations_engagement_ins ON invitations;
CREATE TRIGGER invitations_engagement_ins AFTER INSERT ON invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_invitations();
DROP TRIGGER IF EXISTS invitations_engagement_del ON invitations;
CREATE TRIGGER invitations_engagement_del AFTER DELETE ON invitations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_invitations();
DROP TRIGGER IF EXISTS invitations_engagement_upd ON invitations;
CREATE TRIGGER invitations_engagement_upd AFTER UPDATE ON invitations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_invitations();

-- Events: a new start (month) or campaign moves their attendances; a deleted event takes them off first.
CREATE OR REPLACE FUNCTION engagement_from_events() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT engagement_add(array_agg(ROW(i.contact_id, date_trunc('month', k.starts_at AT TIME ZONE 'UTC')::date, k.campaign_id,
                                       NULL, NULL, engagement_event_key(n.id), 0, 0, k.sign)::engagement_delta))
     FROM old_rows o JOIN new_rows n ON n.id = o.id
     CROSS JOIN LATERAL (VALUES (o.starts_at, o.campaign_id, -1), (n.starts_at, n.campaign_id, 1)) k(starts_at, campaign_id, sign)
     JOIN invitations i ON i.event_id = n.id
    WHERE (date_trunc('month', o.starts_at AT TIME ZONE 'UTC'), o.campaign_id) IS DISTINCT FROM (date_trunc('month', n.starts_at AT TIME ZONE 'UTC'), n.campaign_id)
      AND k.starts_at IS NOT NULL AND i.attendance = 'attended'
   HAVING count(*) > 0$q$;
  -- An event moved within its month changes its guests' counts in a range that starts or ends within it.
  EXECUTE $q$UPDATE engagement_months m SET changed = pg_current_xact_id()
    FROM (SELECT DISTINCT i.contact_id, date_trunc('month', n.starts_at AT TIME ZONE 'UTC')::date AS month
            FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN invitations i ON i.event_id = n.id
           WHERE n.starts_at IS NOT NULL AND o.starts_at IS DISTINCT FROM n.starts_at AND i.attendance = 'attended') x
   WHERE m.contact_id = x.contact_id AND m.month = x.month AND m.changed IS DISTINCT FROM pg_current_xact_id()$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS events_engagement_upd ON events;
CREATE TRIGGER events_engagement_upd AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_events();

CREATE OR REPLACE FUNCTION engagement_before_event_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.starts_at IS NOT NULL THEN
    PERFORM engagement_add(array_agg(ROW(i.contact_id, date_trunc('month', OLD.starts_at AT TIME ZONE 'UTC')::date, OLD.campaign_id,
                                         NULL, NULL, engagement_event_key(OLD.id), 0, 0, -1)::engagement_delta))
       FROM invitations i WHERE i.event_id = OLD.id AND i.attendance = 'attended' HAVING count(*) > 0;
  END IF;
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS events_engagement_before_del ON events;
CREATE TRIGGER events_engagement_before_del BEFORE DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION engagement_before_event_delete();

-- Restriction: appeals, letters and events whose restriction no longer matches how their
-- contributions are filed (under their id, or under NULL) have them moved. A record that is gone
-- has nothing left to move (its BEFORE DELETE trigger took it off).
CREATE OR REPLACE FUNCTION engagement_refile(appeal_ids uuid[], letter_ids uuid[], event_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(appeal_ids) > 0 THEN
    PERFORM engagement_add(array_agg(ROW(r.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date, p.campaign_id,
                                         k.key, NULL, NULL, k.sign, 0, 0)::engagement_delta))
       FROM (SELECT a.id, a.campaign_id, engagement_appeal_key(a.id) AS now,
                    CASE WHEN EXISTS (SELECT 1 FROM engagement_months m WHERE m.appeal_id = a.id) THEN a.id END AS was
               FROM appeals a WHERE a.id = ANY (appeal_ids)) p
       CROSS JOIN LATERAL (VALUES (p.was, -1), (p.now, 1)) k(key, sign)
       JOIN appeal_recipients r ON r.appeal_id = p.id JOIN appeal_dispatches d ON d.recipient_id = r.id
      WHERE p.was IS DISTINCT FROM p.now AND d.error IS NULL AND r.contact_id IS NOT NULL
     HAVING count(*) > 0;
  END IF;
  IF cardinality(letter_ids) > 0 THEN
    PERFORM engagement_add(array_agg(ROW(s.contact_id, date_trunc('month', s.signed_on)::date, p.campaign_id,
                                         NULL, k.key, NULL, 0, k.sign, 0)::engagement_delta))
       FROM (SELECT l.id, l.campaign_id, engagement_letter_key(l.id) AS now,
                    CASE WHEN EXISTS (SELECT 1 FROM engagement_months m WHERE m.letter_id = l.id) THEN l.id END AS was
               FROM letters l WHERE l.id = ANY (letter_ids)) p
       CROSS JOIN LATERAL (VALUES (p.was, -1), (p.now, 1)) k(key, sign)
       JOIN letter_signatories s ON s.letter_id = p.id
      WHERE p.was IS DISTINCT FROM p.now AND s.status = 'signed' AND s.signed_on IS NOT NULL
     HAVING count(*) > 0;
  END IF;
  IF cardinality(event_ids) > 0 THEN
    PERFORM engagement_add(array_agg(ROW(i.contact_id, date_trunc('month', p.starts_at AT TIME ZONE 'UTC')::date, p.campaign_id,
                                         NULL, NULL, k.key, 0, 0, k.sign)::engagement_delta))
       FROM (SELECT ev.id, ev.campaign_id, ev.starts_at, engagement_event_key(ev.id) AS now,
                    CASE WHEN EXISTS (SELECT 1 FROM engagement_months m WHERE m.event_id = ev.id) THEN ev.id END AS was
               FROM events ev WHERE ev.id = ANY (event_ids) AND ev.starts_at IS NOT NULL) p
       CROSS JOIN LATERAL (VALUES (p.was, -1), (p.now, 1)) k(key, sign)
       JOIN invitations i ON i.event_id = p.id
      WHERE p.was IS DISTINCT FROM p.now AND i.attendance = 'attended'
     HAVING count(*) > 0;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION engagement_from_appeal_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM engagement_refile(array(SELECT DISTINCT appeal_id FROM new_rows), '{}', '{}');
  ELSIF TG_OP = 'DELETE' THEN PERFORM engagement_refile(array(SELECT DISTINCT appeal_id FROM old_rows), '{}', '{}');
  ELSE EXECUTE $q$SELECT engagement_refile(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows), '{}', '{}')$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeal_cases_engagement_ins ON appeal_cases;
CREATE TRIGGER appeal_cases_engagement_ins AFTER INSERT ON appeal_cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_appeal_cases();
DROP TRIGGER IF EXISTS appeal_cases_engagement_del ON appeal_cases;
CREATE TRIGGER appeal_cases_engagement_del AFTER DELETE ON appeal_cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_appeal_cases();
DROP TRIGGER IF EXISTS appeal_cases_engagement_upd ON appeal_cases;
CREATE TRIGGER appeal_cases_engagement_upd AFTER UPDATE ON appeal_cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_appeal_cases();

CREATE OR REPLACE FUNCTION engagement_from_letter_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM engagement_refile('{}', array(SELECT DISTINCT letter_id FROM new_rows), '{}');
  ELSIF TG_OP = 'DELETE' THEN PERFORM engagement_refile('{}', array(SELECT DISTINCT letter_id FROM old_rows), '{}');
  ELSE EXECUTE $q$SELECT engagement_refile('{}', array(SELECT letter_id FROM new_rows UNION SELECT letter_id FROM old_rows), '{}')$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS letter_cases_engagement_ins ON letter_cases;
CREATE TRIGGER letter_cases_engagement_ins AFTER INSERT ON letter_cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_letter_cases();
DROP TRIGGER IF EXISTS letter_cases_engagement_del ON letter_cases;
CREATE TRIGGER letter_cases_engagement_del AFTER DELETE ON letter_cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_letter_cases();
DROP TRIGGER IF EXISTS letter_cases_engagement_upd ON letter_cases;
CREATE TRIGGER letter_cases_engagement_upd AFTER UPDATE ON letter_cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_letter_cases();

CREATE OR REPLACE FUNCTION engagement_from_event_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM engagement_refile('{}', '{}', array(SELECT DISTINCT event_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM engagement_refile('{}', '{}', array(SELECT DISTINCT event_id FROM old_rows));
  ELSE EXECUTE $q$SELECT engagement_refile('{}', '{}', array(SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows))$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS event_cases_engagement_ins ON event_cases;
CREATE TRIGGER event_cases_engagement_ins AFTER INSERT ON event_cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_event_cases();
DROP TRIGGER IF EXISTS event_cases_engagement_del ON event_cases;
CREATE TRIGGER event_cases_engagement_del AFTER DELETE ON event_cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_event_cases();
DROP TRIGGER IF EXISTS event_cases_engagement_upd ON event_cases;
CREATE TRIGGER event_cases_engagement_upd AFTER UPDATE ON event_cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_event_cases();

CREATE OR REPLACE FUNCTION engagement_from_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT engagement_refile(
    array(SELECT DISTINCT ac.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_cases ac ON ac.case_id = n.id WHERE n.restricted IS DISTINCT FROM o.restricted),
    array(SELECT DISTINCT lc.letter_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN letter_cases lc ON lc.case_id = n.id WHERE n.restricted IS DISTINCT FROM o.restricted),
    array(SELECT DISTINCT ec.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN event_cases ec ON ec.case_id = n.id WHERE n.restricted IS DISTINCT FROM o.restricted))$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS cases_engagement_upd ON cases;
CREATE TRIGGER cases_engagement_upd AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_cases();

-- Contacts: a new body or country, or a merge, is copied onto the contact's rows (the dashboard
-- filters on them) and moves its months between body rows; a new name marks them changed; a
-- deleted contact takes its share of the body rows off first (its own rows go with it).
CREATE OR REPLACE FUNCTION engagement_from_contacts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- A new name moves the contact among those of its count (the dashboard ranks them by name).
  EXECUTE $q$UPDATE engagement_months m SET parliamentary_body = n.parliamentary_body, country = coalesce(n.country, ''), active = n.merged_into_id IS NULL,
                                 changed = pg_current_xact_id()
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE m.contact_id = n.id
     AND (o.parliamentary_body, coalesce(o.country, ''), o.merged_into_id IS NULL, o.full_name)
         IS DISTINCT FROM (n.parliamentary_body, coalesce(n.country, ''), n.merged_into_id IS NULL, n.full_name)$q$;
  EXECUTE $q$UPDATE engagement_totals t SET parliamentary_body = n.parliamentary_body, country = coalesce(n.country, ''), active = n.merged_into_id IS NULL
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE t.contact_id = n.id
     AND (o.parliamentary_body, coalesce(o.country, ''), o.merged_into_id IS NULL) IS DISTINCT FROM (n.parliamentary_body, coalesce(n.country, ''), n.merged_into_id IS NULL)$q$;
  EXECUTE $q$SELECT engagement_body_add(array_agg(x.delta))
     FROM (SELECT ROW(o.parliamentary_body, coalesce(o.country, ''), m.month, m.campaign_id, m.appeal_id, m.letter_id, m.event_id,
                      -m.dispatches, -m.signatures, -m.attendances)::engagement_body_delta AS delta
             FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN engagement_months m ON m.contact_id = o.id
            WHERE o.parliamentary_body IS NOT NULL AND o.merged_into_id IS NULL
              AND (o.parliamentary_body, coalesce(o.country, ''), o.merged_into_id IS NULL)
                  IS DISTINCT FROM (n.parliamentary_body, coalesce(n.country, ''), n.merged_into_id IS NULL)
           UNION ALL
           SELECT ROW(n.parliamentary_body, coalesce(n.country, ''), m.month, m.campaign_id, m.appeal_id, m.letter_id, m.event_id,
                      m.dispatches, m.signatures, m.attendances)::engagement_body_delta
             FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN engagement_months m ON m.contact_id = n.id
            WHERE n.parliamentary_body IS NOT NULL AND n.merged_into_id IS NULL
              AND (o.parliamentary_body, coalesce(o.country, ''), o.merged_into_id IS NULL)
                  IS DISTINCT FROM (n.parliamentary_body, coalesce(n.country, ''), n.merged_into_id IS NULL)) x
   HAVING count(*) > 0$q$;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS contacts_engagement_upd ON contacts;
CREATE TRIGGER contacts_engagement_upd AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_from_contacts();

CREATE OR REPLACE FUNCTION engagement_before_contact_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM engagement_months m WHERE m.contact_id = OLD.id) THEN
    INSERT INTO engagement_gone (contact_id, changed) VALUES (OLD.id, pg_current_xact_id());
    PERFORM engagement_gone_pruned();
  END IF;
  IF OLD.parliamentary_body IS NOT NULL AND OLD.merged_into_id IS NULL THEN
    PERFORM engagement_body_add(array_agg(ROW(OLD.parliamentary_body, coalesce(OLD.country, ''), m.month, m.campaign_id, m.appeal_id,
                                              m.letter_id, m.event_id, -m.dispatches, -m.signatures, -m.attendances)::engagement_body_delta))
       FROM engagement_months m WHERE m.contact_id = OLD.id HAVING count(*) > 0;
  END IF;
  RETURN OLD;
END $$;

DROP TRIGGER IF EXISTS contacts_engagement_before_del ON contacts;
CREATE TRIGGER contacts_engagement_before_del BEFORE DELETE ON contacts
  FOR EACH ROW EXECUTE FUNCTION engagement_before_contact_delete();
