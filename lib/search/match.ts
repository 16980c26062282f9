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
 * non-LEAKPROOF `&&` and `@>`, so their rows are found by `app_search_ids`, which uses the index
 * and applies the table's policy itself.
 */
export const rowSecuredSearchTables = ["appeals", "cases", "events", "incoming_appeals", "letters"];

export type TextMatch = {
  /** Every typed word matches a word of the row (exactly, as a substring or with a small typo). */
  where: SQL;
  /** Every typed word appears exactly as a word of the row: the best tier of matches. */
  exact: SQL;
  /** Closest first. */
  rank: SQL;
  /**
   * Up to `limit` ids of rows matching the tier that also meet `extra` (the caller's visibility
   * rules), found through the word index: candidates for ranking.
   */
  candidates: (tier: "exact" | "close", limit: number, extra: SQL[]) => SQL;
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
  const table = column.table as unknown as Record<string | symbol, unknown>;
  const name = table[Symbol.for("drizzle:OriginalName")] as string; // the table's own name, also through an alias
  // Strict: extents end at word boundaries, so "Anna Kutusanaova" does not tie with "Kutusana"
  // by borrowing the "na " of "Anna".
  const rank = sql`strict_word_similarity(${q}, ${column}) DESC`;
  if (!rowSecuredSearchTables.includes(name)) {
    const where = and(...words.map((w) => sql`${wordsOf(column)} && ${termsFor(w)}`))!;
    const exact = sql`${wordsOf(column)} @> ${sql.param(words)}::text[]`;
    return {
      where,
      exact,
      rank,
      candidates: (tier, limit, extra) =>
        sql`SELECT id FROM (SELECT id FROM ${column.table} WHERE ${and(tier === "exact" ? exact : where, ...extra)} LIMIT ${limit}) c`,
    };
  }
  // Per typed word, the words it stands for; for the exact tier, the word itself.
  const close = sql`jsonb_build_array(${sql.join(words.map((w) => sql`to_jsonb(${termsFor(w)})`), sql`, `)})`;
  const exactly = sql`${JSON.stringify(words.map((w) => [w]))}::jsonb`;
  const id = table.id as AnyColumn;
  return {
    where: sql`${id} IN (SELECT app_search_ids(${name}, ${close}))`,
    exact: sql`${id} IN (SELECT app_search_ids(${name}, ${exactly}))`,
    rank,
    candidates: (tier, limit, extra) =>
      sql`SELECT id FROM ${column.table} WHERE id IN (SELECT app_search_ids(${name}, ${tier === "exact" ? exactly : close}, ${limit})) AND ${and(sql`true`, ...extra)}`,
  };
}
