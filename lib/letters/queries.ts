import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { campaigns, cases, contactLists, contacts, letterCases, letters, letterSignatories, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";
import { COUNT_CAP, countUpTo, listTotal, settleTotal } from "@/lib/list-count";
import { textMatch } from "@/lib/search/match";
import type { LetterListParams, PoolListParams } from "./schema";
import { letterVisibleTo, requireVisibleLetter } from "./visibility";

export const LETTER_PAGE_SIZE = 25;
export const POOL_PAGE_SIZE = 50;
/** Signatures shown for a letter: the published count when set, else the signatures on file. */
// The outer reference is spelled out: in a one-table select drizzle writes columns unqualified,
// and a bare "id" inside the subquery would be the signatory's own id.
const signaturesOf = sql<number>`coalesce(${letters.reportedSignatures},
  (SELECT count(*) FROM ${letterSignatories} s WHERE s.letter_id = "letters"."id" AND s.status = 'signed'))::int`;

export const listLetters = dataAccess(async function listLetters(user: Acting, params: LetterListParams) {
  authorize(user, "read");
  // Letters about a case the user may not see are neither listed nor counted.
  const filters: SQL[] = [letterVisibleTo(user)];
  if (params.kind !== "all") filters.push(eq(letters.kind, params.kind));
  if (params.body !== "all") filters.push(eq(letters.parliamentaryBody, params.body));
  if (params.status === "open") filters.push(or(eq(letters.status, "draft"), eq(letters.status, "collecting"))!);
  else if (params.status !== "all") filters.push(eq(letters.status, params.status));
  if (params.campaign) filters.push(eq(letters.campaignId, params.campaign));
  const match = textMatch(letters.searchText, params.q);
  if (match) filters.push(match.where);
  const where = and(...filters)!;
  // With a search, the closest titles first; otherwise the most recently changed.
  const order = [...(match ? [match.rank] : []), sql`${letters.updatedAt} DESC NULLS LAST`, asc(letters.id)]; // as letters_updated_idx
  // The page's ids first, from the sort's index; the signature counts for those 25 only.
  const pageIds = db
    .select({ id: letters.id })
    .from(letters)
    .where(where)
    .orderBy(...order)
    .limit(LETTER_PAGE_SIZE)
    .offset((params.page - 1) * LETTER_PAGE_SIZE);

  const [rows, counted] = await Promise.all([
    db
      .select({
        id: letters.id,
        kind: letters.kind,
        title: letters.title,
        addressee: letters.addressee,
        parliamentaryBody: letters.parliamentaryBody,
        status: letters.status,
        deadline: letters.deadline,
        dispatchedOn: letters.dispatchedOn,
        referenceNumber: letters.referenceNumber,
        targetSignatures: letters.targetSignatures,
        reportedSignatures: letters.reportedSignatures,
        signatures: signaturesOf,
      })
      .from(letters)
      .where(inArray(letters.id, pageIds))
      .orderBy(...order),
    // Counted while that is cheap, estimated beyond (lib/list-count.ts); a search's matches are
    // counted (up to the cap): the planner cannot estimate them.
    match ? countUpTo(sql`SELECT 1 FROM ${letters} WHERE ${where}`, COUNT_CAP) : listTotal(sql`SELECT 1 FROM ${letters} WHERE ${where}`),
  ]);
  const total = settleTotal(counted, params.page, LETTER_PAGE_SIZE, rows.length);
  return { rows, total: total.total, totalCapped: total.capped, totalEstimated: total.estimated, page: params.page, pageSize: LETTER_PAGE_SIZE };
});

/** Every column but the internal search text. */
function withoutSearchText<T extends { searchText: string }>(row: T): Omit<T, "searchText"> {
  const copy: Partial<T> = { ...row };
  delete copy.searchText;
  return copy as Omit<T, "searchText">;
}

export const getLetter = dataAccess(async function getLetter(user: Acting, id: string) {
  authorize(user, "read");
  const owner = alias(users, "owner");
  const [row] = await db
    .select({
      letter: letters,
      campaignName: campaigns.name,
      ownerName: owner.name,
    })
    .from(letters)
    .leftJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(owner, eq(owner.id, letters.ownerId))
    .where(and(eq(letters.id, id), letterVisibleTo(user)));
  // A letter about a case the user may not see answers like a missing one.
  if (!row) throw new NotFoundError();
  // Every linked case is visible once the letter is; the filter stays as a second guard.
  const linked = await db
    .select({ id: cases.id, primaryName: cases.primaryName })
    .from(letterCases)
    .innerJoin(cases, eq(cases.id, letterCases.caseId))
    .where(and(eq(letterCases.letterId, id), caseVisibleTo(user)))
    .orderBy(asc(cases.primaryName));
  return { ...withoutSearchText(row.letter), campaignName: row.campaignName, ownerName: row.ownerName, cases: linked };
});
export type LetterDetail = Awaited<ReturnType<typeof getLetter>>;

/** Choices for the letter form: current campaigns and the cases this user may see. */
export const letterFormOptions = dataAccess(async function letterFormOptions(user: Acting, currentCampaignId?: string | null) {
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

/** For the list's campaign filter. */
export const campaignFilterOptions = dataAccess(async function campaignFilterOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).orderBy(asc(campaigns.name));
});

/** For "Add from a list". */
export const listOptions = dataAccess(async function listOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: contactLists.id, name: contactLists.name }).from(contactLists).orderBy(asc(contactLists.name)).limit(1_000);
});

/**
 * The political groups parliamentarians are recorded in, each with its body, for the pool
 * builder's group choice: the filter matches the contact's group exactly, so it offers only
 * groups that exist rather than a free text that silently matches nobody.
 */
export const politicalGroupOptions = dataAccess(async function politicalGroupOptions(user: Acting) {
  authorize(user, "read");
  return db
    .selectDistinct({ group: contacts.politicalGroup, body: contacts.parliamentaryBody })
    .from(contacts)
    .where(and(isNull(contacts.mergedIntoId), sql`${contacts.politicalGroup} IS NOT NULL AND btrim(${contacts.politicalGroup}) <> ''`))
    .orderBy(asc(contacts.politicalGroup))
    .limit(500) as Promise<Array<{ group: string; body: string | null }>>;
});

/** One page of the pool, filtered by status, country and group. */
export const listPool = dataAccess(async function listPool(user: Acting, letterId: string, params: PoolListParams) {
  authorize(user, "read");
  await requireVisibleLetter(user, letterId);
  const filters: SQL[] = [eq(letterSignatories.letterId, letterId)];
  if (params.ps !== "all") filters.push(eq(letterSignatories.status, params.ps));
  if (params.pc) filters.push(eq(letterSignatories.countrySnapshot, params.pc));
  if (params.pg) filters.push(eq(letterSignatories.politicalGroupSnapshot, params.pg));
  const where = and(...filters);
  const [rows, [{ total }], facets] = await Promise.all([
    db
      .select({
        id: letterSignatories.id,
        contactId: contacts.id,
        fullName: contacts.fullName,
        status: letterSignatories.status,
        country: letterSignatories.countrySnapshot,
        politicalGroup: letterSignatories.politicalGroupSnapshot,
        askedOn: letterSignatories.askedOn,
        followedUpOn: letterSignatories.followedUpOn,
        respondedOn: letterSignatories.respondedOn,
        signedOn: letterSignatories.signedOn,
        note: letterSignatories.note,
        version: letterSignatories.version,
      })
      .from(letterSignatories)
      .innerJoin(contacts, eq(contacts.id, letterSignatories.contactId))
      .where(where)
      .orderBy(sql`${letterSignatories.countrySnapshot} NULLS LAST`, asc(contacts.fullName), asc(letterSignatories.id))
      .limit(POOL_PAGE_SIZE)
      .offset((params.page - 1) * POOL_PAGE_SIZE),
    db.select({ total: count() }).from(letterSignatories).where(where),
    // The filter's choices: the countries and groups present in this pool.
    db
      .selectDistinct({ country: letterSignatories.countrySnapshot, group: letterSignatories.politicalGroupSnapshot })
      .from(letterSignatories)
      .where(eq(letterSignatories.letterId, letterId))
      .limit(2_000),
  ]);
  const countries = [...new Set(facets.map((f) => f.country).filter((c): c is string => !!c))].sort();
  const groups = [...new Set(facets.map((f) => f.group).filter((g): g is string => !!g))].sort((a, b) => a.localeCompare(b));
  return { rows, total, page: params.page, pageSize: POOL_PAGE_SIZE, countries, groups };
});
export type PoolRow = Awaited<ReturnType<typeof listPool>>["rows"][number];

/** Up to 10 people matching a search who are not in the pool yet, for adding one by one. */
export const findContactsForPool = dataAccess(async function findContactsForPool(user: Acting, letterId: string, q: string) {
  authorize(user, "read");
  await requireVisibleLetter(user, letterId);
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  return db
    .select({
      id: contacts.id,
      fullName: contacts.fullName,
      title: contacts.title,
      country: sql<string | null>`coalesce(${contacts.delegation}, ${contacts.country})`,
      politicalGroup: contacts.politicalGroup,
      doNotContact: contacts.doNotContact,
    })
    .from(contacts)
    .where(
      and(
        match.where,
        isNull(contacts.mergedIntoId),
        eq(contacts.kind, "person"),
        sql`NOT EXISTS (SELECT 1 FROM ${letterSignatories} WHERE ${letterSignatories.letterId} = ${letterId} AND ${letterSignatories.contactId} = "contacts"."id")`,
      ),
    )
    .orderBy(match.rank, asc(contacts.fullName))
    .limit(10);
});

/** What the personalized outreach message needs for one parliamentarian of one letter. */
export const getOutreach = dataAccess(async function getOutreach(user: Acting, letterId: string, signatoryId: string) {
  authorize(user, "read");
  const [row] = await db
    .select({
      letterId: letters.id,
      letterTitle: letters.title,
      deadline: letters.deadline,
      template: letters.outreachTemplate,
      language: letters.language,
      signatoryId: letterSignatories.id,
      status: letterSignatories.status,
      contactId: contacts.id,
      fullName: contacts.fullName,
      salutation: contacts.salutation,
      title: contacts.title,
      country: letterSignatories.countrySnapshot,
      politicalGroup: letterSignatories.politicalGroupSnapshot,
    })
    .from(letterSignatories)
    .innerJoin(letters, eq(letters.id, letterSignatories.letterId))
    .innerJoin(contacts, eq(contacts.id, letterSignatories.contactId))
    .where(and(eq(letterSignatories.id, signatoryId), eq(letterSignatories.letterId, letterId), letterVisibleTo(user)));
  if (!row) throw new NotFoundError();
  return row;
});
