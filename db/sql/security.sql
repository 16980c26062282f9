-- Row-level security for restricted cases: the functions the policies of migration 0017 call.
-- Defence in depth beneath the application's own filters (caseVisibleTo, appealVisibleTo...).
-- The app's transactions run as the non-owner role advocacy_app with the acting user in
-- app.user_id / app.user_role (db/actor.ts); the owner used by migrations, seeds, backups and
-- scripts owns the tables and is not subject to the policies. The role, its grants and the
-- policies themselves stay in migration 0017.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

-- Who is acting: set per transaction by the app (set_config(..., true)); empty when anonymous.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;

CREATE OR REPLACE FUNCTION app_user_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('app.user_role', true), ''), 'anonymous')
$$;

-- THE rule (DESIGN.md, lib/cases/visibility.ts): managers and admins see every case; everyone else
-- unrestricted cases and the restricted ones they are assigned to.
CREATE OR REPLACE FUNCTION app_sees_every_case() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT app_user_role() IN ('manager', 'admin')
$$;

-- SECURITY DEFINER: it reads cases and case_assignments without their own policies (which call
-- it). A missing case is "visible": there is nothing to hide.
CREATE OR REPLACE FUNCTION app_case_visible(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT app_sees_every_case()
      OR NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.restricted)
      OR EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = p_case AND ca.user_id = app_user_id())
$$;

-- What the acting user may not see, as sets: policies test `x NOT IN (SELECT app_hidden_...())`,
-- which PostgreSQL evaluates once per statement into a hash (empty for managers and admins), so a
-- policy costs a hash probe per row, not a function call. Everything is derived from
-- app_case_visible. A record about several cases is hidden when any of them is.
CREATE OR REPLACE FUNCTION app_hidden_cases() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT id FROM cases WHERE restricted AND NOT app_sees_every_case() AND NOT app_case_visible(id)
$$;

CREATE OR REPLACE FUNCTION app_hidden_appeals() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
  SELECT DISTINCT appeal_id FROM appeal_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;

CREATE OR REPLACE FUNCTION app_hidden_appeal_recipients() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 10000 AS $$
  SELECT id FROM appeal_recipients WHERE appeal_id IN (SELECT app_hidden_appeals())
$$;

CREATE OR REPLACE FUNCTION app_hidden_letters() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT DISTINCT letter_id FROM letter_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;

CREATE OR REPLACE FUNCTION app_hidden_events() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
  SELECT DISTINCT event_id FROM event_cases WHERE case_id IN (SELECT app_hidden_cases())
$$;

-- A guest answering an invitation through its private link acts as role 'guest' with the link's
-- token hash: they see their own invitation and its event, even one about a restricted case
-- (they were invited to it), and nothing else of a restricted case.
CREATE OR REPLACE FUNCTION app_rsvp_token_hash() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.rsvp_token_hash', true), '')
$$;

CREATE OR REPLACE FUNCTION app_rsvp_event() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT event_id FROM invitations WHERE rsvp_token_hash = app_rsvp_token_hash()
$$;

-- Search in a row-secured table without losing its word index. Beneath a policy, PostgreSQL uses
-- an index only for LEAKPROOF operators, and array overlap (the word index's operator) is not one:
-- a search would read every row. This finds the matching rows through the index as the owner,
-- applies the table's own policy expression itself (read from pg_policies, so the rule still lives
-- once, for the acting user, whose settings are unchanged) and returns their ids; the caller's
-- query is filtered by the policy once more. p_words holds, per typed word, the vocabulary words
-- it stands for (lib/search/match.ts); a row must hold one of each. p_limit bounds a candidate
-- set. Only tables with the restricted-case policy are accepted.
CREATE OR REPLACE FUNCTION app_search_ids(p_table text, p_words jsonb, p_limit integer DEFAULT NULL) RETURNS SETOF uuid
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
