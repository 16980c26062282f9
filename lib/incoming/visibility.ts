import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Acting } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";

/**
 * An incoming appeal accepted as (or linked to) a case is as hidden as that case: the request names
 * the person at risk, so someone who may not see a restricted case may not see the appeal either —
 * in lists, counts, the detail page (404) and every change. Appeals without a case are visible to
 * whoever reads incoming appeals. The same rule as the row-level policy on incoming_appeals
 * (migration 0017). `alias` names the incoming_appeals table when it is not "incoming_appeals".
 */
export function incomingVisibleTo(user: Acting, alias: SQL = sql`"incoming_appeals"`): SQL {
  if (can(user.role, "case.readRestricted")) return sql`true`;
  return sql`(${alias}."case_id" IS NULL OR EXISTS (SELECT 1 FROM cases vc WHERE vc.id = ${alias}."case_id" AND ${caseVisibleTo(user, sql`vc`)}))`;
}
