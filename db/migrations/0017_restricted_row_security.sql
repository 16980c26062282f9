-- Row-level security for restricted cases: defence in depth beneath the application's own filters
-- (caseVisibleTo, appealVisibleTo...). The app's transactions run as the non-owner role
-- advocacy_app with the acting user in app.user_id / app.user_role (db/actor.ts); the owner used
-- by migrations, seeds, backups and scripts owns the tables and is not subject to these policies.

-- The role is cluster-wide: create it once (several databases of one server share it). An
-- administrator may create it beforehand when the owner lacks CREATEROLE.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'advocacy_app') THEN
    CREATE ROLE advocacy_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, 'advocacy_app', 'MEMBER') THEN
    EXECUTE format('GRANT advocacy_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO advocacy_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO advocacy_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO advocacy_app;
--> statement-breakpoint
-- Tables of later migrations are granted as they are created.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO advocacy_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO advocacy_app;
--> statement-breakpoint
-- The audit log is append-only for the app too (the trigger of 0002 refuses it as well).
REVOKE UPDATE, DELETE ON audit_entries FROM advocacy_app;
--> statement-breakpoint

-- Who is acting: set per transaction by the app (set_config(..., true)); empty when anonymous.
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE FUNCTION app_user_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('app.user_role', true), ''), 'anonymous')
$$;
--> statement-breakpoint

-- THE rule (DESIGN.md, lib/cases/visibility.ts): managers and admins see every case; everyone else
-- unrestricted cases and the restricted ones they are assigned to. SECURITY DEFINER: it reads
-- cases and case_assignments without their own policies (which call it). A missing case is
-- "visible": there is nothing to hide.
CREATE FUNCTION app_sees_every_case() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT app_user_role() IN ('manager', 'admin')
$$;
--> statement-breakpoint
CREATE FUNCTION app_case_visible(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT app_sees_every_case()
      OR NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.restricted)
      OR EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = p_case AND ca.user_id = app_user_id())
$$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_restricted_idx ON cases (id) WHERE restricted;
--> statement-breakpoint

-- What the acting user may not see, as sets: policies test `x NOT IN (SELECT app_hidden_...())`,
-- which PostgreSQL evaluates once per statement into a hash (empty for managers and admins), so a
-- policy costs a hash probe per row, not a function call. Everything is derived from
-- app_case_visible. A record about several cases is hidden when any of them is.
CREATE FUNCTION app_hidden_cases() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT id FROM cases WHERE restricted AND NOT app_sees_every_case() AND NOT app_case_visible(id)
$$;
--> statement-breakpoint
CREATE FUNCTION app_hidden_appeals() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
  SELECT DISTINCT appeal_id FROM appeal_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;
--> statement-breakpoint
CREATE FUNCTION app_hidden_appeal_recipients() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 10000 AS $$
  SELECT id FROM appeal_recipients WHERE appeal_id IN (SELECT app_hidden_appeals())
$$;
--> statement-breakpoint
CREATE FUNCTION app_hidden_letters() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT DISTINCT letter_id FROM letter_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;
--> statement-breakpoint
CREATE FUNCTION app_hidden_events() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT DISTINCT event_id FROM event_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;
--> statement-breakpoint

-- A guest answering an invitation through its private link acts as role 'guest' with the link's
-- token hash: they see their own invitation and its event, even one about a restricted case
-- (they were invited to it), and nothing else of a restricted case.
CREATE FUNCTION app_rsvp_token_hash() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.rsvp_token_hash', true), '')
$$;
--> statement-breakpoint
CREATE FUNCTION app_rsvp_event() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT event_id FROM invitations WHERE rsvp_token_hash = app_rsvp_token_hash()
$$;
--> statement-breakpoint

-- The policies. Each applies to the app role only (TO advocacy_app): any other non-owner role sees
-- nothing of these tables at all. WITH CHECK also refuses linking a record to a case the user
-- may not see. `(SELECT app_sees_every_case()) OR ...` is evaluated once per statement, so a
-- manager's scan of millions of dispatches does not test each row.
DO $$
DECLARE
  spec text[];
  specs text[][] := ARRAY[
    -- table, visibility (USING), extra check on written rows (WITH CHECK)
    ['cases',                'id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['case_names',           'case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['case_status_history',  'case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['case_assignments',     'case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['case_campaigns',       'case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['activities',           'case_id IS NULL OR case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['incoming_appeals',     'case_id IS NULL OR case_id NOT IN (SELECT app_hidden_cases())', 'true'],
    ['appeals',              'id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['appeal_cases',         'appeal_id NOT IN (SELECT app_hidden_appeals())', 'app_case_visible(case_id)'],
    ['appeal_reviews',       'appeal_id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['appeal_body_versions', 'appeal_id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['appeal_recipients',    'appeal_id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['appeal_dispatches',    'recipient_id NOT IN (SELECT app_hidden_appeal_recipients())', 'true'],
    ['appeal_replies',       'appeal_id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['appeal_facts',         'id NOT IN (SELECT app_hidden_appeals())', 'true'],
    ['letters',              'id NOT IN (SELECT app_hidden_letters())', 'true'],
    ['letter_cases',         'letter_id NOT IN (SELECT app_hidden_letters())', 'app_case_visible(case_id)'],
    ['letter_signatories',   'letter_id NOT IN (SELECT app_hidden_letters())', 'true'],
    ['events',               'id NOT IN (SELECT app_hidden_events()) OR id = (SELECT app_rsvp_event())', 'true'],
    ['event_cases',          'event_id NOT IN (SELECT app_hidden_events())', 'app_case_visible(case_id)'],
    ['event_participants',   'event_id NOT IN (SELECT app_hidden_events())', 'true'],
    ['event_partners',       'event_id NOT IN (SELECT app_hidden_events())', 'true'],
    ['event_tasks',          'event_id NOT IN (SELECT app_hidden_events())', 'true'],
    ['invitations',          'event_id NOT IN (SELECT app_hidden_events()) OR rsvp_token_hash = (SELECT app_rsvp_token_hash())', 'true'],
    ['event_funnel',         'event_id NOT IN (SELECT app_hidden_events())', 'true']
  ];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY specs LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', spec[1]);
    EXECUTE format('CREATE POLICY restricted_case_rule ON %I FOR ALL TO advocacy_app '
                   'USING ((SELECT app_sees_every_case()) OR (%s)) WITH CHECK (((SELECT app_sees_every_case()) OR (%s)) AND (%s))',
                   spec[1], spec[2], spec[2], spec[3]);
  END LOOP;
END $$;
--> statement-breakpoint
-- The audit log names restricted cases in its summaries and changes: only admins read it; every
-- user's actions (and anonymous sign-in attempts) append to it.
ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_entries FOR SELECT TO advocacy_app USING (app_user_role() = 'admin');
--> statement-breakpoint
CREATE POLICY audit_append ON audit_entries FOR INSERT TO advocacy_app WITH CHECK (true);
--> statement-breakpoint

-- Derived data (search vocabulary, last-contacted, the dashboard's summary tables) is kept by
-- triggers that must see every row whoever made the change, or a summary row would be computed
-- from what one user may see: trigger functions run as their owner.
DO $$
DECLARE f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
            WHERE p.prorettype = 'trigger'::regtype AND p.pronamespace = 'public'::regnamespace LOOP
    EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = public, pg_temp', f);
  END LOOP;
END $$;
--> statement-breakpoint

-- Search in a row-secured table without losing its word index. Beneath a policy, PostgreSQL uses
-- an index only for LEAKPROOF operators, and array overlap (the word index's operator) is not one:
-- a search would read every row. This finds the matching rows through the index as the owner,
-- applies the table's own policy expression itself (read from pg_policies, so the rule still lives
-- once, for the acting user, whose settings are unchanged) and returns their ids; the caller's
-- query is filtered by the policy once more. p_words holds, per typed word, the vocabulary words
-- it stands for (lib/search/match.ts); a row must hold one of each. p_limit bounds a candidate
-- set. Only tables with the restricted-case policy are accepted.
CREATE FUNCTION app_search_ids(p_table text, p_words jsonb, p_limit integer DEFAULT NULL) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
DECLARE
  rule text;
  query text;
BEGIN
  SELECT qual INTO rule FROM pg_policies
   WHERE schemaname = 'public' AND tablename = p_table AND policyname = 'restricted_case_rule';
  IF rule IS NULL THEN
    RAISE EXCEPTION 'app_search_ids: % has no restricted-case policy', p_table;
  END IF;
  query := format('SELECT id FROM %I WHERE (%s)', p_table, rule);
  FOR i IN 0 .. jsonb_array_length(p_words) - 1 LOOP
    query := query || format(' AND string_to_array(search_text, '' '') && ARRAY(SELECT jsonb_array_elements_text($1->%s))', i);
  END LOOP;
  IF p_limit IS NOT NULL THEN
    query := query || format(' LIMIT %s', p_limit);
  END IF;
  RETURN QUERY EXECUTE query USING p_words;
END $$;
--> statement-breakpoint

-- Beneath a policy the planner uses an index only for LEAKPROOF operators, and enum equality is
-- not marked so (it compares two internal ids and cannot fail): without this, "status = 'sent'"
-- on appeals, letters or events reads every row. Only a superuser may mark it; elsewhere such
-- filters are slower, not wrong. (A dump does not carry it: a restore onto a new server loses it.)
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.enum_eq(anyenum, anyenum) LEAKPROOF;
  END IF;
END $$;
