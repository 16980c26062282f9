-- Keep search_terms (the vocabulary of every search_text column) current on write. Statement-level
-- triggers with transition tables: one sorted INSERT per statement, so a 10,000-row import adds its
-- words in one pass, and concurrent writers take the words' index locks in the same order.
CREATE FUNCTION collect_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_terms (term)
  SELECT DISTINCT w FROM new_rows, unnest(string_to_array(new_rows.search_text, ' ')) AS w
  WHERE w <> ''
  ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contacts', 'organizations', 'contact_lists', 'campaigns', 'cases', 'appeals', 'incoming_appeals', 'letters', 'events'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms()', t || '_search_terms_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collect_search_terms()', t || '_search_terms_upd', t);
    EXECUTE format('INSERT INTO search_terms (term) SELECT DISTINCT w FROM %I, unnest(string_to_array(search_text, '' '')) AS w WHERE w <> '''' ON CONFLICT DO NOTHING', t);
  END LOOP;
END $$;
