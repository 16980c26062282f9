import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { db, type Db, type Tx } from "@/db/client";
import { cases } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";

/**
 * The one rule for restricted cases (DESIGN.md): managers and admins see every case; everyone else
 * sees unrestricted cases and the restricted ones they are assigned to. Every query that lists,
 * counts, searches, exports or links cases — and every query that shows a case's name through an
 * appeal, letter or event — adds this predicate. `alias` names the cases table in the query when
 * it is not "cases".
 */
export function caseVisibleTo(user: Acting, alias: SQL = sql`"cases"`): SQL {
  if (can(user.role, "case.readRestricted")) return sql`true`;
  return sql`(NOT ${alias}."restricted" OR EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = ${alias}."id" AND ca.user_id = ${user.id}))`;
}

const linkColumns = { appeal_cases: "appeal_id", letter_cases: "letter_id", event_cases: "event_id" } as const;

/**
 * A record about cases — an appeal, a sign-on letter, an event, linked through its link table —
 * names the people in it, so it is visible only when every case it is about is visible to the
 * user. `recordId` is the record's id in the calling query (a column or a parameter).
 */
export function aboutVisibleCases(user: Acting, link: keyof typeof linkColumns, recordId: SQL): SQL {
  if (can(user.role, "case.readRestricted")) return sql`true`;
  const hidden = sql.identifier(`hidden_${link}`);
  return sql`NOT EXISTS (SELECT 1 FROM ${sql.identifier(link)} ${hidden} JOIN cases ON cases.id = ${hidden}.case_id
    WHERE ${hidden}.${sql.identifier(linkColumns[link])} = ${recordId} AND NOT ${caseVisibleTo(user)})`;
}

/**
 * Loads a case the user may see, or throws NotFoundError: a restricted case answers exactly like a
 * case that does not exist (a 404 page, "not found" from an action), so ids reveal nothing.
 */
export const requireVisibleCase = dataAccess(async function requireVisibleCase(user: Acting, id: string, tx: Tx | Db = db) {
  const [row] = await tx.select().from(cases).where(sql`${eq(cases.id, id)} AND ${caseVisibleTo(user)}`);
  if (!row) throw new NotFoundError();
  return row;
});
