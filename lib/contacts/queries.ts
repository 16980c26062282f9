import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import type { ContactListParams } from "./schema";

export const CONTACT_PAGE_SIZE = 25;
export const COUNT_CAP = 10_000;

export function contactFilters(params: ContactListParams) {
  // Merged records live on only as pointers to the record they were merged into.
  const filters: SQL[] = [isNull(contacts.mergedIntoId)];
  if (params.kind !== "all") filters.push(eq(contacts.kind, params.kind));
  if (params.body === "any_parliament") filters.push(isNotNull(contacts.parliamentaryBody));
  else if (params.body !== "all") filters.push(eq(contacts.parliamentaryBody, params.body));
  // Null is "never contacted": not counted. A range of the partial contacts_last_contacted_idx.
  if (params.notContactedSince) filters.push(lt(contacts.lastContactedAt, new Date(`${params.notContactedSince}T00:00:00Z`)));
  if (params.type !== "all") filters.push(eq(contacts.institutionType, params.type));
  if (params.country) filters.push(eq(contacts.country, params.country));
  if (params.group) filters.push(sql`lower(${contacts.politicalGroup}) = lower(${params.group})`);
  if (params.committee) filters.push(sql`${contacts.committees} @> ARRAY[${params.committee}]::text[]`);
  if (params.tag) filters.push(sql`${contacts.tags} @> ARRAY[${params.tag}]::text[]`);
  if (params.list)
    filters.push(sql`EXISTS (SELECT 1 FROM contact_list_members m WHERE m.list_id = ${params.list} AND m.contact_id = "contacts"."id")`);
  if (params.dnc !== "any") filters.push(eq(contacts.doNotContact, params.dnc === "yes"));
  return filters;
}

/**
 * A search ranks the closest RANKED_MATCHES: ranking needs every candidate's similarity, and at a
 * million contacts a common word ("minister") matches tens of thousands. Exact word matches come
 * first among the candidates, so "Akhmetova" is never crowded out by "Akhmetov".
 */
export const RANKED_MATCHES = 300;

export const listContacts = dataAccess(async function listContacts(user: Acting, params: ContactListParams) {
  authorize(user, "read");
  const filters = contactFilters(params);
  const match = textMatch(contacts.searchText, params.q);
  if (match) filters.push(match.where);
  const where = and(...filters)!;
  // Other sorts need no similarity: PostgreSQL walks the sort's index and filters as it goes.
  const ranked = match && params.sort === "relevance";
  const candidates = ranked
    ? sql`${contacts.id} IN (
        SELECT id FROM (SELECT id FROM ${contacts} WHERE ${where} AND ${match.exact} LIMIT ${RANKED_MATCHES}) exact_matches
        UNION SELECT id FROM (SELECT id FROM ${contacts} WHERE ${where} LIMIT ${RANKED_MATCHES}) close_matches)`
    : where;
  const cap = ranked ? RANKED_MATCHES : COUNT_CAP;

  const order = {
    relevance: [...(match ? [match.rank] : []), asc(contacts.fullName)],
    name: [asc(contacts.fullName)],
    updated: [sql`${contacts.updatedAt} DESC NULLS LAST`], // the form contacts_updated_idx is built in
    country: [sql`${contacts.country} ASC NULLS LAST`, asc(contacts.fullName)],
  }[params.sort];

  // The page's ids first, from the sort's index alone; then the joins for those 25 rows only, so a
  // deep page does not join the thousands of rows it skips.
  const pageIds = db
    .select({ id: contacts.id })
    .from(contacts)
    .where(candidates)
    .orderBy(...order, asc(contacts.id))
    .limit(CONTACT_PAGE_SIZE)
    .offset((params.page - 1) * CONTACT_PAGE_SIZE);

  const [rows, countResult] = await Promise.all([
    db
      .select({
        id: contacts.id,
        kind: contacts.kind,
        fullName: contacts.fullName,
        nameNative: contacts.nameNative,
        title: contacts.title,
        organizationName: organizations.name,
        country: contacts.country,
        parliamentaryBody: contacts.parliamentaryBody,
        delegation: contacts.delegation,
        politicalGroup: contacts.politicalGroup,
        tags: contacts.tags,
        doNotContact: contacts.doNotContact,
        primaryEmail: contactEmails.email,
      })
      .from(contacts)
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .leftJoin(contactEmails, and(eq(contactEmails.contactId, contacts.id), eq(contactEmails.isPrimary, true)))
      .where(inArray(contacts.id, pageIds))
      .orderBy(...order, asc(contacts.id)),
    // Counting a million matches exactly costs more than the page itself: count up to a cap and
    // say "10,000+" (a ranked search: "300+", the matches it ranks) beyond it.
    db.execute(sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM ${contacts} WHERE ${where} LIMIT ${cap + 1}) capped`),
  ]);
  const counted = Number(rowsOf<{ total: number }>(countResult)[0]?.total ?? 0);
  const totalCapped = counted > cap;
  return {
    rows,
    total: Math.min(counted, cap),
    totalCapped,
    // Only the closest RANKED_MATCHES are ranked, so a broad search ends after their last page.
    rankedOnly: Boolean(ranked && totalCapped),
    page: params.page,
    pageSize: CONTACT_PAGE_SIZE,
  };
});

// Every column but the internal search text.
const profileColumns = Object.fromEntries(Object.entries(getTableColumns(contacts)).filter(([key]) => key !== "searchText")) as Omit<
  ReturnType<typeof getTableColumns<typeof contacts>>,
  "searchText"
>;

export const getContact = dataAccess(async function getContact(user: Acting, id: string) {
  authorize(user, "read");
  const [row] = await db
    .select({ contact: profileColumns, organizationName: organizations.name })
    .from(contacts)
    .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
    .where(and(eq(contacts.id, id), isNull(contacts.mergedIntoId)));
  if (!row) throw new NotFoundError();
  const [emails, phones] = await Promise.all([
    db
      .select({ value: contactEmails.email, label: contactEmails.label, primary: contactEmails.isPrimary })
      .from(contactEmails)
      .where(eq(contactEmails.contactId, id))
      .orderBy(desc(contactEmails.isPrimary), asc(contactEmails.createdAt), asc(contactEmails.id)),
    db
      .select({ value: contactPhones.phone, e164: contactPhones.phoneE164, label: contactPhones.label, primary: contactPhones.isPrimary })
      .from(contactPhones)
      .where(eq(contactPhones.contactId, id))
      .orderBy(desc(contactPhones.isPrimary), asc(contactPhones.createdAt), asc(contactPhones.id)),
  ]);
  return { ...row.contact, organizationName: row.organizationName, emails, phones };
});

/** The lists a contact belongs to; a contact is on a handful, the cap only guards the page. */
export const listsOfContact = dataAccess(async function listsOfContact(user: Acting, contactId: string) {
  authorize(user, "read");
  return db
    .select({ id: contactLists.id, name: contactLists.name, addedAt: contactListMembers.addedAt })
    .from(contactListMembers)
    .innerJoin(contactLists, eq(contactLists.id, contactListMembers.listId))
    .where(eq(contactListMembers.contactId, contactId))
    .orderBy(asc(contactLists.name))
    .limit(200);
});

/** Lists for the list filter's select. */
