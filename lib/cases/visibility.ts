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

/**
 * Loads a case the user may see, or throws NotFoundError: a restricted case answers exactly like a
 * case that does not exist (a 404 page, "not found" from an action), so ids reveal nothing.
 */
export const requireVisibleCase = dataAccess(async function requireVisibleCase(user: Acting, id: string, tx: Tx | Db = db) {
  const [row] = await tx.select().from(cases).where(sql`${eq(cases.id, id)} AND ${caseVisibleTo(user)}`);
  if (!row) throw new NotFoundError();
  return row;
});
