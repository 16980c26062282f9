import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Acting } from "@/lib/auth/authorize";
import { aboutVisibleCases } from "@/lib/cases/visibility";

/**
 * An appeal about a restricted case names the person in its title, body and letters, so it is as
 * hidden as the case: visible only when every case it is about is visible to the user. Every query
 * that lists, counts, searches, exports or opens appeals (and their recipients, dispatches,
 * replies, print views, PDFs and .eml files) adds this predicate; a hidden appeal answers exactly
 * like a missing one. `alias` names the appeals table in the query when it is not "appeals".
 */
export function appealVisibleTo(user: Acting, alias: SQL = sql`"appeals"`): SQL {
  return aboutVisibleCases(user, "appeal_cases", sql`${alias}."id"`);
}
