import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { normalizeForSearch } from "./normalize";

/**
 * A typo-tolerant match of a normalized search column against what the user typed: a substring
 * match or trigram word-similarity (the `<%` operator, served by the column's GIN trigram index),
 * ranked by closeness. Returns null for an empty query.
 */
export function textMatch(column: AnyColumn, query: string | undefined): { where: SQL; rank: SQL } | null {
  const q = normalizeForSearch(query);
  if (!q) return null;
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return {
    where: sql`(${column} LIKE ${`%${escaped}%`} OR ${q} <% ${column})`,
    rank: sql`word_similarity(${q}, ${column}) DESC`,
  };
}
