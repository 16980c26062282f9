-- appeal_facts: the dashboard's summary of appeals, one narrow row per appeal with its status and
-- dates, the countries of its cases and whether any is restricted, the parliamentary bodies of its
-- recipients and its first reply. Kept by statement-level triggers in the transaction of each
-- change (one statement per bulk change, not one per row). Each refresh recomputes the affected
-- rows from the source tables rather than applying deltas, so a missed corner cannot drift.
-- The trigger functions run as their owner: a summary row is computed from every row, not from
-- what the user who made the change may see. lib/dashboard/rollup-check.ts rebuilds the table from
-- scratch to check it.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

-- The countries of an appeal's cases and whether any is restricted.
CREATE OR REPLACE FUNCTION refresh_appeal_case_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET case_countries = x.countries, about_restricted = x.restricted
    FROM (SELECT a.id,
                 coalesce(array_agg(DISTINCT c.country ORDER BY c.country) FILTER (WHERE c.country IS NOT NULL), '{}') AS countries,
                 coalesce(bool_or(c.restricted), false) AS restricted
            FROM unnest(ids) AS a(id)
            LEFT JOIN appeal_cases ac ON ac.appeal_id = a.id
            LEFT JOIN cases c ON c.id = ac.case_id
           GROUP BY a.id) x
   WHERE f.id = x.id AND (f.case_countries, f.about_restricted) IS DISTINCT FROM (x.countries, x.restricted);
$$;

-- The bodies of an appeal's recipients, as their contacts stand.
CREATE OR REPLACE FUNCTION refresh_appeal_body_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET recipient_bodies = x.bodies
    FROM (SELECT a.id,
                 coalesce(array_agg(DISTINCT ct.parliamentary_body ORDER BY ct.parliamentary_body)
                          FILTER (WHERE ct.parliamentary_body IS NOT NULL), '{}') AS bodies
            FROM unnest(ids) AS a(id)
            LEFT JOIN appeal_recipients r ON r.appeal_id = a.id
            LEFT JOIN contacts ct ON ct.id = r.contact_id
           GROUP BY a.id) x
   WHERE f.id = x.id AND f.recipient_bodies IS DISTINCT FROM x.bodies;
$$;

CREATE OR REPLACE FUNCTION refresh_appeal_reply_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET first_reply_on = x.first_reply
    FROM (SELECT a.id, (SELECT min(r.received_on) FROM appeal_replies r WHERE r.appeal_id = a.id) AS first_reply
            FROM unnest(ids) AS a(id)) x
   WHERE f.id = x.id AND f.first_reply_on IS DISTINCT FROM x.first_reply;
$$;

-- The appeal's own columns, on every insert and update of appeals.
CREATE OR REPLACE FUNCTION appeal_facts_from_appeals() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO appeal_facts AS f (id, status, campaign_id, created_at, sent_at, waiting_since)
  SELECT id, status, campaign_id, created_at, sent_at, coalesce(submitted_at, updated_at) FROM new_rows
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, campaign_id = excluded.campaign_id, created_at = excluded.created_at,
                                 sent_at = excluded.sent_at, waiting_since = excluded.waiting_since
   WHERE (f.status, f.campaign_id, f.created_at, f.sent_at, f.waiting_since)
         IS DISTINCT FROM (excluded.status, excluded.campaign_id, excluded.created_at, excluded.sent_at, excluded.waiting_since);
  -- Cases, recipients or replies inserted by the same statement (a CTE) may have fired their
  -- triggers before this row existed: read them now.
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_appeal_case_facts(ids), refresh_appeal_body_facts(ids), refresh_appeal_reply_facts(ids)
       FROM (SELECT array_agg(id) AS ids FROM new_rows) n;
  END IF;
  RETURN NULL;
END $$;

-- One function per child table, for its INSERT (new_rows), DELETE (old_rows) and UPDATE (both)
-- triggers: PL/pgSQL only plans the branch it runs, so the missing transition table is never read.
CREATE OR REPLACE FUNCTION appeal_facts_from_appeal_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_case_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_case_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_case_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A case's new country or restriction changes the facts of the appeals about it.
CREATE OR REPLACE FUNCTION appeal_facts_from_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM refresh_appeal_case_facts(array(
    SELECT DISTINCT ac.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_cases ac ON ac.case_id = n.id
     WHERE (n.country, n.restricted) IS DISTINCT FROM (o.country, o.restricted)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION appeal_facts_from_recipients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_body_facts(array(
    SELECT n.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.appeal_id, n.contact_id) IS DISTINCT FROM (o.appeal_id, o.contact_id)
    UNION SELECT o.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.appeal_id IS DISTINCT FROM o.appeal_id));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION appeal_facts_from_replies() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_reply_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A contact's new body changes the bodies of the appeals written to it.
CREATE OR REPLACE FUNCTION appeal_facts_from_contacts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM refresh_appeal_body_facts(array(
    SELECT DISTINCT r.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_recipients r ON r.contact_id = n.id
     WHERE n.parliamentary_body IS DISTINCT FROM o.parliamentary_body));
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeals_facts_ins ON appeals;
CREATE TRIGGER appeals_facts_ins AFTER INSERT ON appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeals();
DROP TRIGGER IF EXISTS appeals_facts_upd ON appeals;
CREATE TRIGGER appeals_facts_upd AFTER UPDATE ON appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeals();

DROP TRIGGER IF EXISTS appeal_cases_facts_ins ON appeal_cases;
CREATE TRIGGER appeal_cases_facts_ins AFTER INSERT ON appeal_cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeal_cases();
DROP TRIGGER IF EXISTS appeal_cases_facts_del ON appeal_cases;
CREATE TRIGGER appeal_cases_facts_del AFTER DELETE ON appeal_cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeal_cases();
DROP TRIGGER IF EXISTS appeal_cases_facts_upd ON appeal_cases;
CREATE TRIGGER appeal_cases_facts_upd AFTER UPDATE ON appeal_cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeal_cases();

DROP TRIGGER IF EXISTS cases_appeal_facts_upd ON cases;
CREATE TRIGGER cases_appeal_facts_upd AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_cases();

DROP TRIGGER IF EXISTS appeal_recipients_facts_ins ON appeal_recipients;
CREATE TRIGGER appeal_recipients_facts_ins AFTER INSERT ON appeal_recipients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_recipients();
DROP TRIGGER IF EXISTS appeal_recipients_facts_del ON appeal_recipients;
CREATE TRIGGER appeal_recipients_facts_del AFTER DELETE ON appeal_recipients
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_recipients();
DROP TRIGGER IF EXISTS appeal_recipients_facts_upd ON appeal_recipients;
CREATE TRIGGER appeal_recipients_facts_upd AFTER UPDATE ON appeal_recipients
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_recipients();

DROP TRIGGER IF EXISTS appeal_replies_facts_ins ON appeal_replies;
CREATE TRIGGER appeal_replies_facts_ins AFTER INSERT ON appeal_replies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_replies();
DROP TRIGGER IF EXISTS appeal_replies_facts_del ON appeal_replies;
CREATE TRIGGER appeal_replies_facts_del AFTER DELETE ON appeal_replies
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_replies();
DROP TRIGGER IF EXISTS appeal_replies_facts_upd ON appeal_replies;
CREATE TRIGGER appeal_replies_facts_upd AFTER UPDATE ON appeal_replies
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_replies();

DROP TRIGGER IF EXISTS contacts_appeal_facts_upd ON contacts;
CREATE TRIGGER contacts_appeal_facts_upd AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_contacts();
