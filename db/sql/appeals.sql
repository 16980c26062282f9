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
  ELSE EXECUTE $q$SELECT refresh_appeal_case_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows))$q$;
  END IF;
  RETURN NULL;
END $$;

-- A case's new country or restriction changes the facts of the appeals about it.
CREATE OR REPLACE FUNCTION appeal_facts_from_cases() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT refresh_appeal_case_facts(array(
    SELECT DISTINCT ac.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_cases ac ON ac.case_id = n.id
     WHERE (n.country, n.restricted) IS DISTINCT FROM (o.country, o.restricted)))$q$;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION appeal_facts_from_recipients() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE EXECUTE $q$SELECT refresh_appeal_body_facts(array(
    SELECT n.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.appeal_id, n.contact_id) IS DISTINCT FROM (o.appeal_id, o.contact_id)
    UNION SELECT o.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.appeal_id IS DISTINCT FROM o.appeal_id))$q$;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION appeal_facts_from_replies() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE EXECUTE $q$SELECT refresh_appeal_reply_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows))$q$;
  END IF;
  RETURN NULL;
END $$;

-- A contact's new body changes the bodies of the appeals written to it.
CREATE OR REPLACE FUNCTION appeal_facts_from_contacts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  EXECUTE $q$SELECT refresh_appeal_body_facts(array(
    SELECT DISTINCT r.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_recipients r ON r.contact_id = n.id
     WHERE n.parliamentary_body IS DISTINCT FROM o.parliamentary_body))$q$;
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

-- appeal_months (migration 0021): appeal_facts by UTC month as counts, so the appeals figures over
-- any range read a few hundred rows instead of every appeal. Per appeal: 'created' (the month
-- created, by status today), 'sent' (the month sent, with the whole days draft → sent) and
-- 'answered' (sent and replied, with the whole days sent → first reply): per-day histograms, from
-- which a median in whole days is exact (lib/dashboard/appeals.ts). An appeal about a restricted
-- case is kept apart under its id (appeal_id), hidden by the restricted-case policy like the appeal.
CREATE OR REPLACE FUNCTION appeal_month_rows(f appeal_facts, sign integer) RETURNS SETOF appeal_month_delta LANGUAGE sql IMMUTABLE AS $$
  SELECT x.* FROM (VALUES
    ('created', date_trunc('month', f.created_at AT TIME ZONE 'UTC')::date, f.status, NULL::int,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign),
    ('sent', date_trunc('month', f.sent_at AT TIME ZONE 'UTC')::date, NULL, (f.sent_at AT TIME ZONE 'UTC')::date - (f.created_at AT TIME ZONE 'UTC')::date,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign),
    ('answered', date_trunc('month', f.sent_at AT TIME ZONE 'UTC')::date, NULL, f.first_reply_on - (f.sent_at AT TIME ZONE 'UTC')::date,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign)
  ) x(measure, month, status, days, campaign_id, case_countries, recipient_bodies, appeal_id, appeals)
   WHERE x.month IS NOT NULL AND (x.measure <> 'answered' OR f.first_reply_on IS NOT NULL)
$$;

CREATE OR REPLACE FUNCTION appeal_months_add(deltas appeal_month_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO appeal_months AS m (measure, month, status, days, campaign_id, case_countries, recipient_bodies, appeal_id, appeals)
  SELECT d.measure, d.month, d.status, d.days, d.campaign_id, d.case_countries, d.recipient_bodies, d.appeal_id, sum(d.appeals)
    FROM unnest(deltas) d
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(d.appeals) <> 0
   ORDER BY 2, 1, 3, 4, 5, 6, 7, 8
  ON CONFLICT (month, measure, status, days, campaign_id, case_countries, recipient_bodies, appeal_id) DO UPDATE SET appeals = m.appeals + excluded.appeals;
  IF EXISTS (SELECT 1 FROM unnest(deltas) d WHERE d.appeals < 0) THEN
    DELETE FROM appeal_months m WHERE m.month IN (SELECT DISTINCT d.month FROM unnest(deltas) d) AND m.appeals = 0;
  END IF;
END $$;

-- One function for the INSERT, DELETE (with the appeal) and UPDATE triggers of appeal_facts.
CREATE OR REPLACE FUNCTION appeal_months_from_facts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM appeal_months_add(array_agg(r)) FROM new_rows n CROSS JOIN LATERAL appeal_month_rows(n, 1) r HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM appeal_months_add(array_agg(r)) FROM old_rows o CROSS JOIN LATERAL appeal_month_rows(o, -1) r HAVING count(*) > 0;
  ELSE
    -- waiting_since alone (an appeal in review edited) counts nowhere here.
    EXECUTE $q$SELECT appeal_months_add(array_agg(x.r))
       FROM (SELECT r FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL appeal_month_rows(o, -1) r
              WHERE (o.status, o.campaign_id, o.created_at, o.sent_at, o.first_reply_on, o.case_countries, o.about_restricted, o.recipient_bodies)
                    IS DISTINCT FROM (n.status, n.campaign_id, n.created_at, n.sent_at, n.first_reply_on, n.case_countries, n.about_restricted, n.recipient_bodies)
             UNION ALL
             SELECT r FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL appeal_month_rows(n, 1) r
              WHERE (o.status, o.campaign_id, o.created_at, o.sent_at, o.first_reply_on, o.case_countries, o.about_restricted, o.recipient_bodies)
                    IS DISTINCT FROM (n.status, n.campaign_id, n.created_at, n.sent_at, n.first_reply_on, n.case_countries, n.about_restricted, n.recipient_bodies)) x
     HAVING count(*) > 0$q$;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS appeal_facts_months_ins ON appeal_facts;
CREATE TRIGGER appeal_facts_months_ins AFTER INSERT ON appeal_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_months_from_facts();
DROP TRIGGER IF EXISTS appeal_facts_months_del ON appeal_facts;
CREATE TRIGGER appeal_facts_months_del AFTER DELETE ON appeal_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_months_from_facts();
DROP TRIGGER IF EXISTS appeal_facts_months_upd ON appeal_facts;
CREATE TRIGGER appeal_facts_months_upd AFTER UPDATE ON appeal_facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_months_from_facts();
