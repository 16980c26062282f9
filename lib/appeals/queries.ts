import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, rowsOf } from "@/db/client";
import {
  appealCases,
  appealDispatches,
  appealRecipients,
  appealReplies,
  appealReviews,
  appeals,
  campaigns,
  cases,
  contactLists,
  contacts,
  users,
} from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";
import { COUNT_CAP, countUpTo, listTotal, settleTotal } from "@/lib/list-count";
import { textMatch } from "@/lib/search/match";
import type { ParliamentaryBody } from "@/lib/contacts/schema";
import { sentOrLater, type AppealListParams, type AppealStatusFilter, type DispatchChannel } from "./schema";
import { appealVisibleTo } from "./visibility";

export const APPEAL_PAGE_SIZE = 25;
export const RECIPIENT_PAGE_SIZE = 50;

/** The list's filters except the status, which the tabs count across. */
function listFilters(user: Acting, params: AppealListParams) {
  const filters: SQL[] = [appealVisibleTo(user)];
  if (params.type !== "all") filters.push(eq(appeals.type, params.type));
  if (params.campaign) filters.push(eq(appeals.campaignId, params.campaign));
  if (params.owner === "mine") filters.push(eq(appeals.ownerId, user.id));
  else if (params.owner) filters.push(eq(appeals.ownerId, params.owner));
  // A hidden case filters to nothing: appealVisibleTo already drops every appeal about it.
  if (params.case) filters.push(sql`EXISTS (SELECT 1 FROM ${appealCases} WHERE ${appealCases.appealId} = ${appeals.id} AND ${appealCases.caseId} = ${params.case})`);
  const range = dateRange(params);
  if (range) filters.push(range);
  if (params.country) filters.push(appealAboutCaseIn(params.country));
  if (params.body !== "all") filters.push(appealWrittenTo(params.body));
  if (params.replied !== "any") filters.push(params.replied === "yes" ? hasReply : sql`NOT ${hasReply}`);
  const match = textMatch(appeals.searchText, params.q);
  if (match) filters.push(match.where);
  return { filters, match };
}

/**
 * Whole UTC days, both ends included, as the dashboard counts them: [from 00:00Z, the day after to
 * 00:00Z), on appeals_created_at_idx or appeals_sent_at_idx (sent_at is the first dispatch).
 */
function dateRange(params: AppealListParams): SQL | null {
  if (!params.from && !params.to) return null;
  const column = params.dated === "sent" ? appeals.sentAt : appeals.createdAt;
  const parts: SQL[] = [];
  if (params.from) parts.push(sql`${column} >= ${`${params.from}T00:00:00Z`}::timestamptz`);
  if (params.to) parts.push(sql`${column} < ${`${dayAfter(params.to)}T00:00:00Z`}::timestamptz`);
  return and(...parts)!;
}

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** About a case in the country (appeal_cases' primary key, then cases by id). */
export const appealAboutCaseIn = (country: string): SQL =>
  sql`EXISTS (SELECT 1 FROM appeal_cases fac JOIN cases fcs ON fcs.id = fac.case_id
    WHERE fac.appeal_id = "appeals"."id" AND fcs.country = ${country})`;

/** Written to a member of the body (appeal_recipients_appeal_contact_key, then contacts by id). */
export const appealWrittenTo = (body: ParliamentaryBody): SQL =>
  sql`EXISTS (SELECT 1 FROM appeal_recipients far JOIN contacts fct ON fct.id = far.contact_id
    WHERE far.appeal_id = "appeals"."id" AND fct.parliamentary_body = ${body}::parliamentary_body)`;

/** At least one reply on file (appeal_replies_appeal_idx). */
const hasReply = sql`EXISTS (SELECT 1 FROM appeal_replies fr WHERE fr.appeal_id = "appeals"."id")`;

const statusIs = (status: AppealStatusFilter): SQL | null =>
  status === "all" ? null : status === "sent_or_later" ? inArray(appeals.status, [...sentOrLater]) : eq(appeals.status, status);

const sortOrder = (sort: AppealListParams["sort"]): SQL[] => {
  switch (sort) {
    case "created":
      return [desc(appeals.createdAt)];
    case "title":
      return [asc(appeals.title)];
    case "sent":
      return [sql`${appeals.sentAt} DESC NULLS LAST`];
    case "updated":
      return [sql`${appeals.updatedAt} DESC NULLS LAST`]; // the form appeals_updated_idx is built in
  }
};

/** The status tabs are counted up to here; the list's total as lib/list-count.ts says. */
export const STATUS_COUNT_CAP = 1_000;

export const listAppeals = dataAccess(async function listAppeals(user: Acting, params: AppealListParams) {
  authorize(user, "read");
  const { filters, match } = listFilters(user, params);
  const status = statusIs(params.status);
  const where = and(...filters, ...(status ? [status] : []))!;
  const order = [...(match && params.sort === "updated" ? [match.rank] : []), ...sortOrder(params.sort), asc(appeals.id)];
  // The page's ids first, from the sort's index; joins and the recipient counts for those 25 only.
  const pageIds = db
    .select({ id: appeals.id })
    .from(appeals)
    .where(where)
    .orderBy(...order)
    .limit(APPEAL_PAGE_SIZE)
    .offset((params.page - 1) * APPEAL_PAGE_SIZE);
  const owner = alias(users, "owner");
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: appeals.id,
        type: appeals.type,
        title: appeals.title,
        subject: appeals.subject,
        status: appeals.status,
        campaignName: campaigns.name,
        ownerName: owner.name,
        updatedAt: appeals.updatedAt,
        sentAt: appeals.sentAt,
        recipients: sql<number>`(SELECT count(*) FROM appeal_recipients r WHERE r.appeal_id = "appeals"."id")::int`,
      })
      .from(appeals)
      .leftJoin(campaigns, eq(campaigns.id, appeals.campaignId))
      .leftJoin(owner, eq(owner.id, appeals.ownerId))
      .where(inArray(appeals.id, pageIds))
      .orderBy(...order),
    // Counted while that is cheap, estimated beyond (lib/list-count.ts); a search's matches are
    // counted (up to the cap): the planner cannot estimate them.
    match ? countUpTo(sql`SELECT 1 FROM ${appeals} WHERE ${where}`, COUNT_CAP) : listTotal(sql`SELECT 1 FROM ${appeals} WHERE ${where}`),
  ]);
  const total = settleTotal(counted, params.page, APPEAL_PAGE_SIZE, rows.length);
  return { rows, total: total.total, totalCapped: total.capped, totalEstimated: total.estimated, page: params.page, pageSize: APPEAL_PAGE_SIZE };
});

export type StatusCount = { n: number; capped: boolean };

/**
 * How many appeals each status holds under the other filters: the list's tabs. Each is counted up
 * to STATUS_COUNT_CAP from the (status, updated) index, so the tabs cost the same at 200,000
 * appeals as at 200; beyond the cap a tab says "1,000+".
 */
export const countAppealsByStatus = dataAccess(async function countAppealsByStatus(user: Acting, params: AppealListParams): Promise<Record<AppealStatusFilter, StatusCount>> {
  authorize(user, "read");
  const where = and(...listFilters(user, params).filters)!;
  const rows = rowsOf<{ status: AppealStatusFilter; n: number }>(
    await db.execute(sql`
      SELECT s.status::text AS status,
             (SELECT count(*)::int FROM (SELECT 1 FROM ${appeals} WHERE ${where} AND ${appeals.status} = s.status LIMIT ${STATUS_COUNT_CAP + 1}) c) AS n
        FROM unnest(enum_range(NULL::appeal_status)) AS s(status)
      UNION ALL
      SELECT 'sent_or_later', (SELECT count(*)::int FROM (SELECT 1 FROM ${appeals} WHERE ${where} AND ${statusIs("sent_or_later")} LIMIT ${STATUS_COUNT_CAP + 1}) c)
      UNION ALL
      SELECT 'all', (SELECT count(*)::int FROM (SELECT 1 FROM ${appeals} WHERE ${where} LIMIT ${STATUS_COUNT_CAP + 1}) c)`),
  );
  const counts = {} as Record<AppealStatusFilter, StatusCount>;
  for (const r of rows) counts[r.status] = { n: Math.min(Number(r.n), STATUS_COUNT_CAP), capped: Number(r.n) > STATUS_COUNT_CAP };
  return counts;
});

/** Every column but the internal search text. */
function withoutSearchText<T extends { searchText: string }>(row: T): Omit<T, "searchText"> {
  const copy: Partial<T> = { ...row };
  delete copy.searchText;
  return copy as Omit<T, "searchText">;
}

export const getAppeal = dataAccess(async function getAppeal(user: Acting, id: string) {
  authorize(user, "read");
  const owner = alias(users, "owner");
  const approver = alias(users, "approver");
  const [row] = await db
    .select({ appeal: appeals, campaignName: campaigns.name, ownerName: owner.name, approvedByName: approver.name })
    .from(appeals)
    .leftJoin(campaigns, eq(campaigns.id, appeals.campaignId))
    .leftJoin(owner, eq(owner.id, appeals.ownerId))
    .leftJoin(approver, eq(approver.id, appeals.approvedById))
    .where(and(eq(appeals.id, id), appealVisibleTo(user)));
  if (!row) throw new NotFoundError();
  // The appeal is visible, so its cases are; the predicate stays as a second lock.
  const linked = await db
    .select({ id: cases.id, primaryName: cases.primaryName })
    .from(appealCases)
    .innerJoin(cases, eq(cases.id, appealCases.caseId))
    .where(and(eq(appealCases.appealId, id), caseVisibleTo(user)))
    .orderBy(asc(cases.primaryName));
  return {
    ...withoutSearchText(row.appeal),
    campaignName: row.campaignName,
    ownerName: row.ownerName,
    approvedByName: row.approvedByName,
    cases: linked,
  };
});
export type AppealDetail = Awaited<ReturnType<typeof getAppeal>>;

/** Throws NotFoundError unless the appeal exists and the user may see it. */
async function requireVisibleAppeal(user: Acting, id: string) {
  const [row] = await db.select({ id: appeals.id }).from(appeals).where(and(eq(appeals.id, id), appealVisibleTo(user)));
  if (!row) throw new NotFoundError();
}

/** One page of recipients, each with their latest dispatch and how many there were. */
export const listRecipients = dataAccess(async function listRecipients(user: Acting, appealId: string, page: number) {
  authorize(user, "read");
  await requireVisibleAppeal(user, appealId);
  const where = eq(appealRecipients.appealId, appealId);
  // sql.raw with column names from this closed list only.
  const latest = (column: "sent_on" | "channel" | "error") =>
    sql.raw(`(SELECT d.${column} FROM appeal_dispatches d WHERE d.recipient_id = "appeal_recipients"."id" ORDER BY d.sent_on DESC, d.created_at DESC LIMIT 1)`);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: appealRecipients.id,
        contactId: appealRecipients.contactId,
        name: appealRecipients.name,
        title: appealRecipients.title,
        organization: appealRecipients.organization,
        postalAddress: appealRecipients.postalAddress,
        email: appealRecipients.email,
        salutation: appealRecipients.salutation,
        dispatches: sql<number>`(SELECT count(*) FROM appeal_dispatches d WHERE d.recipient_id = "appeal_recipients"."id" AND d.error IS NULL)::int`,
        lastSentOn: sql<Date | null>`${latest("sent_on")}`.mapWith(appealDispatches.sentOn),
        lastChannel: sql<DispatchChannel | null>`${latest("channel")}`,
        lastError: sql<string | null>`${latest("error")}`,
      })
      .from(appealRecipients)
      .where(where)
      .orderBy(asc(appealRecipients.name), asc(appealRecipients.id))
      .limit(RECIPIENT_PAGE_SIZE)
      .offset((page - 1) * RECIPIENT_PAGE_SIZE),
    db.select({ total: count() }).from(appealRecipients).where(where),
  ]);
  return { rows, total, page, pageSize: RECIPIENT_PAGE_SIZE };
});
export type RecipientRow = Awaited<ReturnType<typeof listRecipients>>["rows"][number];

/** Up to 200 recipients by name: the reply form's "to whom" and the editor's preview choices. */
export const recipientChoices = dataAccess(async function recipientChoices(user: Acting, appealId: string) {
  authorize(user, "read");
  await requireVisibleAppeal(user, appealId);
  return db
    .select({
      id: appealRecipients.id,
      name: appealRecipients.name,
      title: appealRecipients.title,
      organization: appealRecipients.organization,
      postalAddress: appealRecipients.postalAddress,
      salutation: appealRecipients.salutation,
    })
    .from(appealRecipients)
    .where(eq(appealRecipients.appealId, appealId))
    .orderBy(asc(appealRecipients.name))
    .limit(200);
});

export const listReplies = dataAccess(async function listReplies(user: Acting, appealId: string) {
  authorize(user, "read");
  await requireVisibleAppeal(user, appealId);
  return db
    .select({
      id: appealReplies.id,
      receivedOn: appealReplies.receivedOn,
      fromName: appealReplies.fromName,
      summary: appealReplies.summary,
      bodyText: appealReplies.bodyText,
      recipientName: appealRecipients.name,
      createdByName: users.name,
    })
    .from(appealReplies)
    .leftJoin(appealRecipients, eq(appealRecipients.id, appealReplies.recipientId))
    .leftJoin(users, eq(users.id, appealReplies.createdById))
    .where(eq(appealReplies.appealId, appealId))
    .orderBy(desc(appealReplies.receivedOn), desc(appealReplies.createdAt));
});

/** Approvals and returns, newest first, with the reviewers' comments. */
export const listReviews = dataAccess(async function listReviews(user: Acting, appealId: string) {
  authorize(user, "read");
  await requireVisibleAppeal(user, appealId);
  return db
    .select({ id: appealReviews.id, decision: appealReviews.decision, comment: appealReviews.comment, reviewerName: users.name, createdAt: appealReviews.createdAt })
    .from(appealReviews)
    .leftJoin(users, eq(users.id, appealReviews.reviewerId))
    .where(eq(appealReviews.appealId, appealId))
    .orderBy(desc(appealReviews.createdAt), desc(appealReviews.id));
});
export type ReviewRow = Awaited<ReturnType<typeof listReviews>>[number];

/** Choices for the appeal form: current campaigns and the cases this user may see. */
export const appealFormOptions = dataAccess(async function appealFormOptions(user: Acting, currentCampaignId?: string | null) {
  authorize(user, "read");
  const [campaignRows, caseRows] = await Promise.all([
    db
      .select({ id: campaigns.id, name: campaigns.name })
      .from(campaigns)
      .where(currentCampaignId ? or(ne(campaigns.status, "archived"), eq(campaigns.id, currentCampaignId)) : ne(campaigns.status, "archived"))
      .orderBy(asc(campaigns.name)),
    db.select({ id: cases.id, name: cases.primaryName }).from(cases).where(caseVisibleTo(user)).orderBy(asc(cases.primaryName)).limit(1_000),
  ]);
  return { campaigns: campaignRows, cases: caseRows };
});

/** The list's filter choices: campaigns, visible cases, and the people who draft appeals. */
export const appealFilterOptions = dataAccess(async function appealFilterOptions(user: Acting) {
  authorize(user, "read");
  const [campaignRows, caseRows, ownerRows] = await Promise.all([
    db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).orderBy(asc(campaigns.name)),
    db.select({ id: cases.id, name: cases.primaryName }).from(cases).where(caseVisibleTo(user)).orderBy(asc(cases.primaryName)).limit(1_000),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.role, [...policy["appeal.write"]]))
      .orderBy(asc(users.name))
      .limit(500),
  ]);
  return { campaigns: campaignRows, cases: caseRows, owners: ownerRows };
});

/** For "Add from a list". */
export const listOptions = dataAccess(async function listOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: contactLists.id, name: contactLists.name }).from(contactLists).orderBy(asc(contactLists.name)).limit(1_000);
});

/** Up to 10 contacts matching a search who are not recipients yet: the recipients' picker. */
export const findContactsForAppeal = dataAccess(async function findContactsForAppeal(user: Acting, appealId: string, q: string) {
  authorize(user, "read");
  await requireVisibleAppeal(user, appealId);
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  return db
    .select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title, doNotContact: contacts.doNotContact })
    .from(contacts)
    .where(
      and(
        match.where,
        isNull(contacts.mergedIntoId),
        sql`NOT EXISTS (SELECT 1 FROM ${appealRecipients} WHERE ${appealRecipients.appealId} = ${appealId} AND ${appealRecipients.contactId} = "contacts"."id")`,
      ),
    )
    .orderBy(match.rank, asc(contacts.fullName))
    .limit(10);
});
