import { and, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { normalizeForSearch } from "./normalize";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A typo-tolerant match of a normalized search column against what the user typed. Every word of
 * the query must appear in the column, as a substring or by trigram word-similarity (`<%`, served
 * by the column's GIN trigram index), so "kazakhstan president" finds "President of the Republic
 * of Kazakhstan" and "akhmetva" finds "Akhmetova". Results rank by closeness to the whole query.
 * Returns null for an empty query.
 */
export function textMatch(column: AnyColumn, query: string | undefined): { where: SQL; rank: SQL } | null {
  const q = normalizeForSearch(query);
  if (!q) return null;
  // One-letter words ("a", initials) would match nearly everything; they still count in the rank.
  const words = [...new Set(q.split(" ").filter((w) => w.length > 1))];
  const terms = (words.length ? words : [q]).map((w) => sql`(${column} LIKE ${`%${escapeLike(w)}%`} OR ${w} <% ${column})`);
  return {
    where: and(...terms)!,
    rank: sql`word_similarity(${q}, ${column}) DESC`,
  };
}
