import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { campaigns, caseAssignments, caseCampaigns, caseNames, cases, caseStatusHistory, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import { caseScripts, type CaseFormInput, type CaseListParams } from "./schema";
import { caseVisibleTo } from "./visibility";

export const CASE_PAGE_SIZE = 25;

/** The list's filters, always behind the visibility rule: a hidden case matches nothing. */
export function caseFilters(user: Acting, params: CaseListParams): SQL[] {
  const filters: SQL[] = [caseVisibleTo(user)];
  if (params.country) filters.push(eq(cases.country, params.country));
  if (params.status !== "all") filters.push(eq(cases.status, params.status));
  if (params.tag) filters.push(sql`${cases.tags} @> ARRAY[${params.tag}]::text[]`);
  if (params.campaign)
    filters.push(sql`EXISTS (SELECT 1 FROM case_campaigns cc WHERE cc.campaign_id = ${params.campaign} AND cc.case_id = "cases"."id")`);
  if (params.restricted !== "any") filters.push(eq(cases.restricted, params.restricted === "yes"));
  const match = textMatch(cases.searchText, params.q);
  if (match) filters.push(match.where);
  return filters;
}

export const listCases = dataAccess(async function listCases(user: Acting, params: CaseListParams) {
  authorize(user, "read");
  const where = and(...caseFilters(user, params));
  const match = textMatch(cases.searchText, params.q);
  const order = {
    relevance: [...(match ? [match.rank] : []), asc(cases.primaryName)],
    name: [asc(cases.primaryName)],
    updated: [desc(cases.updatedAt)],
    country: [sql`${cases.country} ASC NULLS LAST`, asc(cases.primaryName)],
    status: [asc(cases.status), asc(cases.primaryName)],
  }[params.sort];

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: cases.id,
        primaryName: cases.primaryName,
        nameNative: cases.nameNative,
        country: cases.country,
        status: cases.status,
        restricted: cases.restricted,
        tags: cases.tags,
        updatedAt: cases.updatedAt,
        statusSince: sql<string | null>`(SELECT max(h.changed_on)::text FROM case_status_history h WHERE h.case_id = "cases"."id" AND h.status = "cases"."status")`,
      })
      .from(cases)
      .where(where)
      .orderBy(...order, asc(cases.id))
      .limit(CASE_PAGE_SIZE)
      .offset((params.page - 1) * CASE_PAGE_SIZE),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: CASE_PAGE_SIZE };
});

/**
 * The choices of the list's filters. Countries and tags come from the cases the user may see only:
 * a tag used on a restricted case alone must not reveal that such a case exists.
 */
export const caseFilterOptions = dataAccess(async function caseFilterOptions(user: Acting) {
  authorize(user, "read");
  const visible = caseVisibleTo(user);
  const [countries, tags, campaignRows] = await Promise.all([
    db.execute(sql`SELECT DISTINCT country FROM cases WHERE country IS NOT NULL AND ${visible} ORDER BY country`),
    db.execute(sql`SELECT DISTINCT t AS tag FROM cases, unnest(cases.tags) t WHERE ${visible} ORDER BY t`),
    campaignOptions(user),
  ]);
  return {
    countries: rowsOf<{ country: string }>(countries).map((r) => r.country),
    tags: rowsOf<{ tag: string }>(tags).map((r) => r.tag),
    campaigns: campaignRows,
  };
});

/** Campaigns to pick from (campaigns themselves are never restricted). */
export const campaignOptions = dataAccess(async function campaignOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: campaigns.id, name: campaigns.name, status: campaigns.status }).from(campaigns).orderBy(asc(campaigns.name));
});

export const getCase = dataAccess(async function getCase(user: Acting, id: string) {
  authorize(user, "read");
  const [row] = await db
    .select({
      id: cases.id,
      primaryName: cases.primaryName,
      nameNative: cases.nameNative,
      country: cases.country,
      status: cases.status,
      restricted: cases.restricted,
      charges: cases.charges,
      summary: cases.summary,
      tags: cases.tags,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      version: cases.version,
      createdByName: users.name,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.createdById))
    .where(and(eq(cases.id, id), caseVisibleTo(user)));
  if (!row) throw new NotFoundError();
  const [names, history, caseCampaignRows, assignees] = await Promise.all([
    db
      .select({ id: caseNames.id, name: caseNames.name, script: caseNames.script, language: caseNames.language, note: caseNames.note })
      .from(caseNames)
      .where(eq(caseNames.caseId, id))
      .orderBy(asc(caseNames.createdAt), asc(caseNames.name)),
    db
      .select({ id: caseStatusHistory.id, status: caseStatusHistory.status, changedOn: caseStatusHistory.changedOn, note: caseStatusHistory.note, byName: users.name })
      .from(caseStatusHistory)
      .leftJoin(users, eq(users.id, caseStatusHistory.createdById))
      .where(eq(caseStatusHistory.caseId, id))
      .orderBy(desc(caseStatusHistory.changedOn), desc(caseStatusHistory.createdAt)),
    db
      .select({ id: campaigns.id, name: campaigns.name })
      .from(caseCampaigns)
      .innerJoin(campaigns, eq(campaigns.id, caseCampaigns.campaignId))
      .where(eq(caseCampaigns.caseId, id))
      .orderBy(asc(campaigns.name)),
    db
      .select({ id: users.id, name: users.name, role: users.role, assignedAt: caseAssignments.assignedAt })
      .from(caseAssignments)
      .innerJoin(users, eq(users.id, caseAssignments.userId))
      .where(eq(caseAssignments.caseId, id))
      .orderBy(asc(users.name)),
  ]);
  return { ...row, names, history, campaigns: caseCampaignRows, assignees };
});

type Script = (typeof caseScripts)[number];
const scriptOf = (script: string): Script => ((caseScripts as readonly string[]).includes(script) ? (script as Script) : "other");

/** The case as the edit form's raw input. */
export const getCaseForEdit = dataAccess(async function getCaseForEdit(user: Acting, id: string): Promise<{ id: string; version: number; primaryName: string; values: CaseFormInput }> {
  authorize(user, "case.write");
  const c = await getCase(user, id);
  return {
    id: c.id,
    version: c.version,
    primaryName: c.primaryName,
    values: {
      primaryName: c.primaryName,
      nameNative: c.nameNative ?? "",
      names: c.names.map((n) => ({ name: n.name, script: scriptOf(n.script), language: n.language ?? "" })),
      country: c.country ?? "",
      status: c.status,
      statusSince: "",
      restricted: c.restricted,
      charges: c.charges ?? "",
      summary: c.summary,
      tags: c.tags.join(", "),
      campaignIds: c.campaigns.map((k) => k.id),
    },
  };
});

/** Who may be assigned to a case: active officers and coordinators (managers and admins see every case anyway). */
export const assignableUsers = dataAccess(async function assignableUsers(user: Acting, caseId: string) {
  authorize(user, "case.readRestricted");
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        inArray(users.role, ["officer", "coordinator"]),
        sql`NOT EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.case_id = ${caseId} AND ca.user_id = ${users.id})`,
      ),
    )
    .orderBy(asc(users.name));
});
