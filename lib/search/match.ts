import { and, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { normalizeForSearch } from "./normalize";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Spellings one typed word may stand for; bounds the work a very short word ("an") can cause. */
const TERMS_PER_WORD = 300;

/**
 * The search_text words (see db/schema/search.ts) a typed word stands for: itself, words that
 * contain it ("kowal" → "kowalski"), and words close to it by trigram word-similarity ("akhmetva"
 * → "ahmetova"), closest first. Two-letter words match as prefixes only (a trigram index cannot
 * serve a two-letter infix).
 */
function termsFor(word: string): SQL {
  const like = word.length < 3 ? `${escapeLike(word)}%` : `%${escapeLike(word)}%`;
  return sql`ARRAY(SELECT term FROM search_terms WHERE term LIKE ${like} OR ${word} <% term
    ORDER BY word_similarity(${word}, term) DESC, length(term), term LIMIT ${TERMS_PER_WORD})`;
}

// The same expression as the tables' `*_search_words_idx` indexes, so PostgreSQL uses them.
const wordsOf = (column: AnyColumn) => sql`string_to_array(${column}, ' ')`;

/**
 * The searched tables under row-level security (migration 0017; tests/row-security.test.ts checks
 * this list against the catalog). Beneath a policy PostgreSQL will not use the word index for the
 * non-LEAKPROOF `&&`, so their rows are found by `app_search_ids`, which uses it and applies the
 * table's policy itself.
 */
export const rowSecuredSearchTables = ["appeals", "cases", "events", "incoming_appeals", "letters"];

function wordMatch(column: AnyColumn, word: string): SQL {
  const table = column.table as unknown as Record<string | symbol, unknown>;
  const name = table[Symbol.for("drizzle:OriginalName")] as string; // the table's own name, also through an alias
  if (!rowSecuredSearchTables.includes(name)) return sql`${wordsOf(column)} && ${termsFor(word)}`;
  return sql`${table.id as AnyColumn} IN (SELECT app_search_ids(${name}, ${termsFor(word)}))`;
}

export type TextMatch = {
  /** Every typed word matches a word of the row (exactly, as a substring or with a small typo). */
  where: SQL;
  /** Every typed word appears exactly as a word of the row: the best tier of matches. */
  exact: SQL;
  /** Closest first. */
  rank: SQL;
};

/**
 * A typo-tolerant match of a normalized search column against what the user typed, served by the
 * vocabulary of search terms and the column's word index, never by reading every row. "kazakhstan
 * president" finds "President of the Republic of Kazakhstan", "akhmetva" finds "Akhmetova".
 * Returns null for an empty query.
 */
export function textMatch(column: AnyColumn, query: string | undefined): TextMatch | null {
  const q = normalizeForSearch(query);
  if (!q) return null;
  // One-letter words ("a", initials) would match nearly everything; they still count in the rank.
  const words = [...new Set(q.split(" ").filter((w) => w.length > 1))];
  if (!words.length) words.push(q);
  return {
    where: and(...words.map((w) => wordMatch(column, w)))!,
    exact: sql`${wordsOf(column)} @> ${sql.param(words)}::text[]`,
    // Strict: extents end at word boundaries, so "Anna Kutusanaova" does not tie with "Kutusana"
    // by borrowing the "na " of "Anna".
    rank: sql`strict_word_similarity(${q}, ${column}) DESC`,
  };
}
