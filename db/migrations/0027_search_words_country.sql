-- Contact search under a country filter at a million contacts (issue 17, item 5).
--
-- contacts_search_words_idx holds each contact's country beside its words (btree_gin), so
-- "words @> spelling AND country = 'KZ'" is one GIN scan that meets the two lists, instead of a
-- BitmapAnd that reads the whole country (66,000 entries of contacts_country_idx) once per
-- spelling. Names follow countries ("an" matches one contact in fifteen, one in Kazakhstan), which
-- the planner cannot know: at a million contacts "an" + country=KZ ranked its 35 spellings that
-- way in 1,060 ms (EXPLAIN ANALYZE; 550-700 ms p50 in bench:contacts), now in 21 ms.
-- Searches without a country read the first column alone, as before. The country costs one entry
-- per row: 119 MB at a million contacts against 108 MB for the words alone, built alike.
--
-- btree_gin ships with PostgreSQL's contrib, as pg_trgm does; PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS btree_gin;
--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_search_words_idx";
--> statement-breakpoint
CREATE INDEX "contacts_search_words_idx" ON "contacts" USING gin (string_to_array("search_text", ' '), "country");
