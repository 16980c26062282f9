import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { estimated, estimateRows, listTotal, settleTotal, type ListTotal } from "@/lib/list-count";
import { resolveTextMatch } from "@/lib/search/match";
import type { ContactListParams } from "./schema";

export const CONTACT_PAGE_SIZE = 25;

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

/**
 * A search the planner expects to match up to this many contacts is read whole through the word
 * index and sorted: cheaper than walking the sort's index past every contact that does not match
 * (a first name's matches sit together, "Maria …" after every "A…" to "L…").
 */
const READ_WHOLE_UP_TO = 8_000;
/** However many the planner expected, a search reads no more than this whole. */
const READ_WHOLE_AT_MOST = 60_000;
/**
 * A broader search walks the sort's index, through at most this many contacts per row wanted
 * (the page and those before it): enough for a word in one contact of 40.
 */
const WALK_PER_ROW = 40;
/** Below this many expected matches a search is read whole, however densely they sit. */
const DENSE_FROM = 1_000;

export const listContacts = dataAccess(async function listContacts(user: Acting, params: ContactListParams) {
  authorize(user, "read");
  // One transaction: its statements follow each other on one connection, without a BEGIN and a
  // COMMIT of their own each.
  return db.transaction((tx) => contactPage(tx, params));
});

async function contactPage(tx: Tx, params: ContactListParams) {
  const filters = contactFilters(params);
  const match = await resolveTextMatch(contacts.searchText, params.q, tx);
  const offset = (params.page - 1) * CONTACT_PAGE_SIZE;
  const page = { page: params.page, pageSize: CONTACT_PAGE_SIZE };
  // A word that stands for no word of any contact: nothing to look for.
  if (match?.matchesNothing) return { rows: [], total: 0, totalCapped: false, totalEstimated: false, rankedOnly: false, ...page };
  const where = and(...filters, ...(match ? [match.where] : []))!;
  const matching = sql`SELECT 1 FROM ${contacts} WHERE ${where}`;
  const expecting = sql`SELECT 1 FROM ${contacts} WHERE ${and(...filters, ...(match ? [match.estimate] : []))}`;

  const order = {
    relevance: [...(match ? [match.rank] : []), asc(contacts.fullName)],
    name: [asc(contacts.fullName)],
    updated: [sql`${contacts.updatedAt} DESC NULLS LAST`], // the form contacts_updated_idx is built in
    country: [sql`${contacts.country} ASC NULLS LAST`, asc(contacts.fullName)],
  }[params.sort];
  const orderBy = sql.join([...order, asc(contacts.id)], sql`, `);
  // The columns the orders read; a subquery of them named "contacts" sorts like the table.
  const sortColumns = sql`${contacts.id}, ${contacts.fullName}, ${contacts.updatedAt}, ${contacts.country}, ${contacts.searchText}`;
  const pageOf = (source: SQL) => sql`to_jsonb(ARRAY(SELECT ${contacts.id} FROM ${source} ORDER BY ${orderBy} LIMIT ${CONTACT_PAGE_SIZE} OFFSET ${offset}))`;
  const one = async <T>(query: SQL) => rowsOf<T>(await tx.execute(query))[0]!;

  /** Every match read through the word index, sorted here; null when there are more than `most`. */
  const readWhole = async (most: number) => {
    const { n, ids } = await one<{ n: number; ids: string[] }>(sql`
      WITH m AS MATERIALIZED (SELECT ${sortColumns} FROM ${contacts} WHERE ${where} LIMIT ${most + 1})
      SELECT (SELECT count(*)::int FROM m) AS n, ${pageOf(sql`m AS ${contacts}`)} AS ids`);
    return n > most ? null : { ids, total: { total: n, capped: false, estimated: false } as ListTotal };
  };

  // Broad: more matches than are worth reading whole, or, among the many contacts the filters
  // leave, so many that walking an index in order meets them at once ("a" in Kazakhstan: two in
  // five). Not among few (a list's members): walking those costs a lookup each.
  const expected = match ? await estimateRows(expecting, tx) : 0;
  const among = async () => estimateRows(sql`SELECT 1 FROM ${contacts} WHERE ${and(...filters)}`, tx);
  const broad = expected > READ_WHOLE_UP_TO || (expected > DENSE_FROM && (await among().then((n) => n > READ_WHOLE_UP_TO && expected * WALK_PER_ROW >= 2 * n)));

  let ids: string[];
  let total: ListTotal;
  let rankedOnly = false;
  if (match && params.sort === "relevance") {
    // Rank the closest RANKED_MATCHES, found through the word index. For a broad search they are the
    // rows of the closest spellings first; counting stops where ranking does.
    const close = broad ? match.closest(RANKED_MATCHES + 1, filters) : match.candidates("close", RANKED_MATCHES + 1, filters);
    const { n, ids: ranked } = await one<{ n: number; ids: string[] }>(sql`
      WITH close AS MATERIALIZED (${close}),
        candidates AS ((SELECT id FROM close LIMIT ${RANKED_MATCHES}) UNION ${match.candidates("exact", RANKED_MATCHES, filters)})
      SELECT (SELECT count(*)::int FROM close) AS n,
        ${pageOf(sql`${contacts} WHERE ${contacts.id} IN (SELECT id FROM candidates)`)} AS ids`);
    ids = ranked;
    total = { total: Math.min(n, RANKED_MATCHES), capped: n > RANKED_MATCHES, estimated: false };
    // Only the closest RANKED_MATCHES are ranked, so a broad search ends after their last page.
    rankedOnly = total.capped;
  } else if (match) {
    let found = broad ? null : await readWhole(READ_WHOLE_AT_MOST);
    if (!found) {
      // Broad: walk the sort's index through a bounded number of contacts; when they hold the whole
      // page, that is the page (the matches before it are among them too).
      const walked = sql`(SELECT ${sortColumns} FROM ${contacts} WHERE ${and(...filters)} ORDER BY ${orderBy} LIMIT ${(offset + CONTACT_PAGE_SIZE) * WALK_PER_ROW}) AS ${contacts}`;
      const { ids: walkedIds } = await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${walked} WHERE ${match.rowMatches}`)} AS ids`);
      // Its total is the estimate: counting would read every match through the word index, the
      // very work the walk saves (for "a", a fifth of all contacts, whatever the filters leave).
      if (walkedIds.length === CONTACT_PAGE_SIZE) found = { ids: walkedIds, total: estimated(expected) };
      else found = (await readWhole(READ_WHOLE_AT_MOST)) ?? { ids: (await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${contacts} WHERE ${where}`)} AS ids`)).ids, total: estimated(expected) };
    }
    ({ ids, total } = found);
  } else {
    // No search: the page straight from the sort's index; the total counted or estimated.
    ids = (await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${contacts} WHERE ${where}`)} AS ids`)).ids;
    total = await listTotal(matching, tx);
  }

  // The joins for the page's rows only, so a deep page does not join the thousands it skips.
  const rows = ids.length
    ? await tx
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
        .where(inArray(contacts.id, ids))
        .orderBy(sql`array_position(${sql.param(ids)}::uuid[], ${contacts.id})`)
    : [];
  total = settleTotal(total, params.page, CONTACT_PAGE_SIZE, rows.length);
  return { rows, total: total.total, totalCapped: total.capped, totalEstimated: total.estimated, rankedOnly, ...page };
}

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
