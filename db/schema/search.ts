import { sql } from "drizzle-orm";
import { index, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Every distinct word of every `search_text` column, kept current by triggers
 * (db/sql/search.sql). A search first finds the vocabulary words close to each typed word (typos,
 * spellings, substrings) in this small table, then the rows holding one of them through the
 * tables' word indexes: at a million rows that is far cheaper than trigram-matching every row.
 * Words are never removed; a stale one only costs a lookup that finds no row.
 */
export const searchTerms = pgTable(
  "search_terms",
  {
    term: text().primaryKey(),
  },
  (t) => [
    index("search_terms_trgm_idx").using("gin", sql`${t.term} gin_trgm_ops`),
    index("search_terms_prefix_idx").using("btree", sql`${t.term} text_pattern_ops`),
  ],
);
