-- Search: accent folding for indexes, and the vocabulary (search_terms) of every search_text
-- column, kept current on write.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

-- unaccent() is only STABLE (it reads a dictionary), so it cannot appear in an index expression.
-- This wrapper pins the dictionary and is declared IMMUTABLE for use in indexes and generated columns.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Statement-level triggers with transition tables: one sorted INSERT per statement, so a
-- 10,000-row import adds its words in one pass, and concurrent writers take the words' index locks
-- in the same order. It runs as its owner: the vocabulary learns every row, whoever wrote it.
CREATE OR REPLACE FUNCTION collect_search_terms() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO search_terms (term)
  SELECT DISTINCT w FROM new_rows, unnest(string_to_array(new_rows.search_text, ' ')) AS w
  WHERE w <> ''
  ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Every table with a search_text column: <table>_search_terms_ins and _upd.
DROP TRIGGER IF EXISTS contacts_search_terms_ins ON contacts;
CREATE TRIGGER contacts_search_terms_ins AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS contacts_search_terms_upd ON contacts;
CREATE TRIGGER contacts_search_terms_upd AFTER UPDATE ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS organizations_search_terms_ins ON organizations;
CREATE TRIGGER organizations_search_terms_ins AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS organizations_search_terms_upd ON organizations;
CREATE TRIGGER organizations_search_terms_upd AFTER UPDATE ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS contact_lists_search_terms_ins ON contact_lists;
CREATE TRIGGER contact_lists_search_terms_ins AFTER INSERT ON contact_lists
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS contact_lists_search_terms_upd ON contact_lists;
CREATE TRIGGER contact_lists_search_terms_upd AFTER UPDATE ON contact_lists
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS campaigns_search_terms_ins ON campaigns;
CREATE TRIGGER campaigns_search_terms_ins AFTER INSERT ON campaigns
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS campaigns_search_terms_upd ON campaigns;
CREATE TRIGGER campaigns_search_terms_upd AFTER UPDATE ON campaigns
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS cases_search_terms_ins ON cases;
CREATE TRIGGER cases_search_terms_ins AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS cases_search_terms_upd ON cases;
CREATE TRIGGER cases_search_terms_upd AFTER UPDATE ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS appeals_search_terms_ins ON appeals;
CREATE TRIGGER appeals_search_terms_ins AFTER INSERT ON appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS appeals_search_terms_upd ON appeals;
CREATE TRIGGER appeals_search_terms_upd AFTER UPDATE ON appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS incoming_appeals_search_terms_ins ON incoming_appeals;
CREATE TRIGGER incoming_appeals_search_terms_ins AFTER INSERT ON incoming_appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS incoming_appeals_search_terms_upd ON incoming_appeals;
CREATE TRIGGER incoming_appeals_search_terms_upd AFTER UPDATE ON incoming_appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS letters_search_terms_ins ON letters;
CREATE TRIGGER letters_search_terms_ins AFTER INSERT ON letters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS letters_search_terms_upd ON letters;
CREATE TRIGGER letters_search_terms_upd AFTER UPDATE ON letters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();

DROP TRIGGER IF EXISTS events_search_terms_ins ON events;
CREATE TRIGGER events_search_terms_ins AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
DROP TRIGGER IF EXISTS events_search_terms_upd ON events;
CREATE TRIGGER events_search_terms_upd AFTER UPDATE ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms();
