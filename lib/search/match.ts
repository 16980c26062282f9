import "server-only";
import { and, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";
import { normalizeForSearch, searchReadings } from "./normalize";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Spellings one typed word may stand for; bounds the work a very short word ("an") can cause. */
const TERMS_PER_WORD = 300;

/**
 * Words up to this long match as prefixes only. A trigram index cannot serve a two-letter infix,
 * and a three-letter one finds noise: "anna" ("ana") would find Svetlana, Saltanat and Canada,
 * and at a million contacts every one of them.
 */
const PREFIX_ONLY_UP_TO = 3;

/**
 * The search_text words (see db/schema/search.ts) a typed word stands for: itself, words that
 * contain it ("kowal" → "kowalski"), and words close to it by trigram word-similarity ("akhmetva"
 * → "ahmetova"), closest first; the same for each of its other readings ("jurij" is also read
 * "yurij", lib/search/normalize.ts). Words of up to three letters match as prefixes only.
 */
function termsQuery(keys: string[]): SQL {
  const tests = keys.map((key) => {
    const like = key.length <= PREFIX_ONLY_UP_TO ? `${escapeLike(key)}%` : `%${escapeLike(key)}%`;
    return sql`term LIKE ${like} OR ${key} <% term`;
  });
  const similarity = sql.join(keys.map((key) => sql`word_similarity(${key}, term)`), sql`, `);
  return sql`SELECT term FROM search_terms WHERE ${sql.join(tests, sql` OR `)}
    ORDER BY ${keys.length === 1 ? similarity : sql`greatest(${similarity})`} DESC, length(term), term LIMIT ${TERMS_PER_WORD}`;
}
const termsFor = (keys: string[]): SQL => sql`ARRAY(${termsQuery(keys)})`;

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
 * What was typed, normalized, its words (one-letter words only when nothing else is left) and
 * per word the keys it is looked up by (itself first, then its other readings).
 */
function typedWords(query: string | undefined): { q: string; words: string[]; keys: string[][] } | null {
  const q = normalizeForSearch(query);
  if (!q) return null;
  // One-letter words ("a", initials) would match nearly everything; they still count in the rank.
  const seen = new Set<string>();
  const keys = searchReadings(query).filter(([word]) => word.length > 1 && !seen.has(word) && seen.add(word));
  if (!keys.length) keys.push([q]);
  return { q, words: keys.map(([word]) => word), keys };
}

const tableName = (column: AnyColumn) =>
  (column.table as unknown as Record<string | symbol, unknown>)[Symbol.for("drizzle:OriginalName")] as string; // the table's own name, also through an alias

/**
 * The match, given per typed word the SQL of the words it stands for (`termsOf(i)`, a text[]) —
 * the vocabulary subquery itself, or its answer (resolveTextMatch).
 */
function buildMatch(column: AnyColumn, q: string, words: string[], termsOf: (i: number) => SQL): TextMatch {
  const name = tableName(column);
  const table = column.table as unknown as Record<string, unknown>;
  // Strict: extents end at word boundaries, so "Anna Kutusanaova" does not tie with "Kutusana"
  // by borrowing the "na " of "Anna".
  const rank = sql`strict_word_similarity(${q}, ${column}) DESC`;
  if (!rowSecuredSearchTables.includes(name)) {
    const where = and(...words.map((_, i) => sql`${wordsOf(column)} && ${termsOf(i)}`))!;
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
  const close = sql`jsonb_build_array(${sql.join(words.map((_, i) => sql`to_jsonb(${termsOf(i)})`), sql`, `)})`;
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

/**
 * A typo-tolerant match of a normalized search column against what the user typed, served by the
 * vocabulary of search terms and the column's word index, never by reading every row. "kazakhstan
 * president" finds "President of the Republic of Kazakhstan", "akhmetva" finds "Akhmetova".
 * Returns null for an empty query.
 */
export function textMatch(column: AnyColumn, query: string | undefined): TextMatch | null {
  const typed = typedWords(query);
  if (!typed) return null;
  return buildMatch(column, typed.q, typed.words, (i) => termsFor(typed.keys[i]));
}

export type ResolvedTextMatch = TextMatch & {
  /** `where` with the spellings as values: for EXPLAIN, to estimate how many rows match. */
  estimate: SQL;
  /** `where` for rows read in another index's order (no use of the word index), cheap per row. */
  rowMatches: SQL;
  /** Per typed word, the words of the vocabulary it stands for, closest first. */
  terms: string[][];
  /** A typed word stands for no word at all: no row can match. */
  matchesNothing: boolean;
  /**
   * Up to `limit` ids of matching rows that meet `extra`, closest spellings first: for one typed
   * word, the rows of each of its spellings in turn until there are enough, so a short or common
   * word ("an": a hundred spellings, a fifth of all rows) reads a few index entries, not all.
   */
  closest: (limit: number, extra: SQL[]) => SQL;
  /**
   * `closest` reads the typed word's own rows first and says so: its rows carry `spelling`, their
   * spelling's place (1 = the word itself, so an exact match).
   */
  closestFromExact: boolean;
  /**
   * For ORDER BY: where the row's closest spelling of the first typed word stands among its
   * spellings (1 = the closest), the order `closest` takes rows in, for rows already found.
   */
  spellingRank: SQL;
  /**
   * The same tests, with the same spellings, on another copy of the searched text whose table
   * has the same word index but no `id` of its own: a list's members carry their contact's
   * (migration 0023).
   */
  on: (column: AnyColumn) => Pick<ResolvedTextMatch, "where" | "exact" | "estimate" | "spellingRank">;
};

/**
 * The same match with the vocabulary asked first (one short query): the spellings then reach the
 * planner as values, so it knows how many rows they match (the word index's statistics) and can
 * choose its plan — a common first name and a rare surname need different ones — and a word that
 * stands for nothing ends the search before it starts.
 */
export async function resolveTextMatch(column: AnyColumn, query: string | undefined, reader: Db | Tx = db): Promise<ResolvedTextMatch | null> {
  const typed = typedWords(query);
  if (!typed) return null;
  const { q, words, keys } = typed;
  const result = await reader.execute(sql`SELECT ${sql.join(keys.map((k, i) => sql`to_jsonb(${termsFor(k)}) AS ${sql.identifier(`t${i}`)}`), sql`, `)}`);
  const row = rowsOf<Record<string, string[]>>(result)[0] ?? {};
  const terms = words.map((_, i) => row[`t${i}`] ?? []);
  return resolvedMatch(column, q, words, terms);
}

function resolvedMatch(column: AnyColumn, q: string, words: string[], terms: string[][]): ResolvedTextMatch {
  // Two forms of the spellings: as values for the planner's estimate (`estimate`), and behind a
  // subquery in the statements that run. Checking a row against a hundred spellings costs some 20
  // µs, which the planner does not count: told that "a" matches a fifth of all contacts, it would
  // rather check every row than read the word index. Not knowing, it reads the index.
  const match = buildMatch(column, q, words, (i) => sql`(SELECT ${sql.param(terms[i])}::text[])`);
  const estimate = buildMatch(column, q, words, (i) => sql`${sql.param(terms[i])}::text[]`).where;
  const words0 = terms[0];
  const bySpelling = words.length === 1 && !rowSecuredSearchTables.includes(tableName(column));
  const closest: ResolvedTextMatch["closest"] = bySpelling
    ? (limit, extra) => {
        const list = sql`${sql.param(words0)}::text[]`;
        // Each row once: under the first of its spellings (earlier ones are excluded).
        return sql`SELECT c.id, t.n AS spelling FROM unnest(${list}) WITH ORDINALITY AS t(term, n)
          CROSS JOIN LATERAL (SELECT id FROM ${column.table}
            WHERE ${wordsOf(column)} @> ARRAY[t.term] AND NOT (${wordsOf(column)} && (${list})[1:t.n - 1]) AND ${and(sql`true`, ...extra)}
            LIMIT ${limit}) c
          LIMIT ${limit}`;
      }
    : (limit, extra) => match.candidates("close", limit, extra);
  // Each of the row's words looked up in a map of spelling → place (a few µs a row; joining the
  // row's words with the spellings hashed the spellings again for every row, 50 µs).
  const places = JSON.stringify(Object.fromEntries(words0.map((term, i) => [term, i + 1])));
  const spellingRank = sql`(SELECT min((${places}::jsonb ->> w.word)::int) FROM unnest(${wordsOf(column)}) AS w(word))`;
  // The same test for one row at a time, without the index: each of the row's words looked up in
  // the spellings (a hash of them: PostgreSQL hashes `= ANY` of a constant array), not compared
  // with every one of them as `&&` does.
  const rowMatches = and(
    ...terms.map((list) => sql`EXISTS (SELECT 1 FROM unnest(${wordsOf(column)}) AS w(word) WHERE w.word = ANY(${sql.param(list)}::text[]))`),
  )!;
  return {
    ...match,
    estimate,
    rowMatches,
    terms,
    matchesNothing: terms.some((t) => t.length === 0),
    closest,
    closestFromExact: bySpelling && words0[0] === words[0],
    spellingRank,
    on: (other) => resolvedMatch(other, q, words, terms),
  };
}
