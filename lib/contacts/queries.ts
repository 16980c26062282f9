import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { estimated, estimateRows, EXACT_COUNT_UP_TO, listTotal, settleTotal, type ListTotal } from "@/lib/list-count";
import { resolveTextMatch } from "@/lib/search/match";
import type { ContactListParams } from "./schema";

export const CONTACT_PAGE_SIZE = 25;

export function contactFilters(params: ContactListParams) {
  // Merged records live on only as pointers to the record they were merged into.
  const filters: SQL[] = [isNull(contacts.mergedIntoId), ...attributeFilters(params)];
  if (params.list)
    filters.push(sql`EXISTS (SELECT 1 FROM contact_list_members m WHERE m.list_id = ${params.list} AND m.contact_id = "contacts"."id")`);
  return filters;
}

/** The filters on a contact's own columns: every filter but "not merged" and the list. */
function attributeFilters(params: ContactListParams) {
  const filters: SQL[] = [];
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

/**
 * A contact's search words split as two indexes hold them: the first (the first name, mostly; in
 * contacts_first_word_name_idx with the name order) and the others (contacts_other_words_idx).
 * Written exactly as in db/schema/contacts.ts, so PostgreSQL uses those indexes.
 */
const firstWord = sql`split_part(${contacts.searchText}, ' ', 1)`;
const otherWords = sql`(string_to_array(${contacts.searchText}, ' '))[2:]`;
/** Searching one word by name, the contacts with a spelling past their first word are read whole up to this many. */
const OTHER_WORDS_READ_UP_TO = 2_000;

/** A page's contact ids, in order, and what to say of the total. */
type Found = { ids: string[]; total: ListTotal; rankedOnly: boolean };

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
    return n > most ? null : { ids, total: { total: n, capped: false, estimated: false } };
  };

  /**
   * Ranks the candidates: the closest RANKED_MATCHES (`close`, up to one more, to tell whether
   * there are more) and the exact matches (`exact`); counting stops where ranking does.
   * `closeFromExact`: `close` is match.closest and reads the typed word's own rows first
   * (match.closestFromExact). When RANKED_MATCHES of them are exact matches, the exact tier is
   * not read: it would read the same word's rows in the same (the table's) order, and find the
   * same rows ("maria": a second bitmap of 17,000 entries at a million contacts, 8-20 ms).
   */
  const rankCandidates = async (close: SQL, exact: SQL, closeFromExact = false): Promise<Found> => {
    const exactRows = closeFromExact
      ? sql`SELECT id FROM (${exact}) e WHERE (SELECT count(*) FROM close WHERE spelling = 1) < ${RANKED_MATCHES}`
      : exact;
    const { n, ids: ranked } = await one<{ n: number; ids: string[] }>(sql`
      WITH close AS MATERIALIZED (${close}),
        candidates AS ((SELECT id FROM close LIMIT ${RANKED_MATCHES}) UNION ${exactRows})
      SELECT (SELECT count(*)::int FROM close) AS n,
        ${pageOf(sql`${contacts} WHERE ${contacts.id} IN (SELECT id FROM candidates)`)} AS ids`);
    const total = { total: Math.min(n, RANKED_MATCHES), capped: n > RANKED_MATCHES, estimated: false };
    // Only the closest RANKED_MATCHES are ranked, so a broad search ends after their last page.
    return { ids: ranked, total, rankedOnly: total.capped };
  };

  /**
   * A list's members, from contact_list_members alone: it carries each member's name, search text
   * and whether it was merged (db/sql/lists.sql), so a list is searched through its own word index
   * and paged in name order from its own index, and only the page's contacts are read. Found from
   * the contacts' side, a list of 5,000 among 200,000 contacts cost a lookup per contact walked in
   * name order or per member checked: 130-330 ms.
   */
  const memberIds = async (listId: string): Promise<Found> => {
    const m = contactListMembers;
    const onMembers = match?.on(m.searchText);
    // The contacts' other filters, checked per member (and so bounded by the list's size).
    const attributes = attributeFilters(params);
    const of = (textMatch: SQL | undefined) =>
      and(
        eq(m.listId, listId),
        eq(m.merged, false),
        ...(textMatch ? [textMatch] : []),
        ...(attributes.length ? [sql`EXISTS (SELECT 1 FROM ${contacts} WHERE ${contacts.id} = ${m.contactId} AND ${and(...attributes)})`] : []),
      )!;
    const memberWhere = of(onMembers?.where);
    if (onMembers && params.sort === "relevance") {
      // The rows of the closest spellings first, as `closest` takes them from the contacts' index.
      return rankCandidates(
        sql`SELECT ${m.contactId} AS id FROM ${m} WHERE ${memberWhere} ORDER BY ${onMembers.spellingRank} LIMIT ${RANKED_MATCHES + 1}`,
        sql`SELECT ${m.contactId} AS id FROM ${m} WHERE ${of(onMembers.exact)} LIMIT ${RANKED_MATCHES}`,
      );
    }
    // By name (relevance without a search is by name too): the members' copy of the name sorts
    // like the contact's.
    const byName = params.sort === "name" || (params.sort === "relevance" && !match);
    const ids = byName
      ? (await one<{ ids: string[] }>(sql`SELECT to_jsonb(ARRAY(SELECT ${m.contactId} FROM ${m} WHERE ${memberWhere}
          ORDER BY ${m.fullName}, ${m.contactId} LIMIT ${CONTACT_PAGE_SIZE} OFFSET ${offset})) AS ids`)).ids
      : (await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${contacts} WHERE ${contacts.id} IN (SELECT ${m.contactId} FROM ${m} WHERE ${memberWhere})`)} AS ids`)).ids;
    const total = await listTotal(sql`SELECT 1 FROM ${m} WHERE ${of(onMembers?.estimate)}`, tx, sql`SELECT 1 FROM ${m} WHERE ${memberWhere}`);
    return { ids, total, rankedOnly: false };
  };

  /**
   * One typed word by name, when few contacts have one of its spellings past their first word:
   * those read whole (contacts_other_words_idx), merged with the rows whose first word is one
   * (contacts_first_word_name_idx), each spelling's in name order up to the page's end. A common
   * first name ("maria": one contact in sixty, all in one stretch of the name order) costs a page,
   * where reading every match (or walking the name index to them) cost a lookup per match.
   */
  const byFirstWords = async (spellings: string[], expected: number): Promise<Found | null> => {
    const values = sql`${sql.param(spellings)}::text[]`;
    if ((await estimateRows(sql`SELECT 1 FROM ${contacts} WHERE ${and(...filters, sql`${otherWords} && ${values}`)}`, tx)) > OTHER_WORDS_READ_UP_TO) return null;
    const list = sql`(SELECT ${values})`;
    const { ids } = await one<{ ids: string[] }>(sql`SELECT to_jsonb(ARRAY(SELECT id FROM (
        SELECT c.id, c.full_name FROM unnest(${list}) AS t(term) CROSS JOIN LATERAL (
          SELECT ${contacts.id} AS id, ${contacts.fullName} AS full_name FROM ${contacts}
          WHERE ${and(...filters, sql`${firstWord} = t.term`)} ORDER BY ${contacts.fullName}, ${contacts.id} LIMIT ${offset + CONTACT_PAGE_SIZE}) c
        UNION
        SELECT ${contacts.id}, ${contacts.fullName} FROM ${contacts} WHERE ${and(...filters, sql`${otherWords} && ${list}`)}
      ) u ORDER BY full_name, id LIMIT ${CONTACT_PAGE_SIZE} OFFSET ${offset})) AS ids`);
    // Its total is the estimate, as for any list of more than EXACT_COUNT_UP_TO: counting would
    // read every match.
    return { ids, total: estimated(expected), rankedOnly: false };
  };

  const contactIds = async (): Promise<Found> => {
    // Broad: more matches than are worth reading whole, or, among the many contacts the filters
    // leave, so many that walking an index in order meets them at once ("a" in Kazakhstan: two in
    // five).
    const expected = match ? await estimateRows(expecting, tx) : 0;
    // Fewer matches are counted, so read whole (below); more, of one word, by the first word.
    if (match && params.sort === "name" && match.terms.length === 1 && expected > EXACT_COUNT_UP_TO) {
      const found = await byFirstWords(match.terms[0], expected);
      if (found) return found;
    }
    const among = async () => estimateRows(sql`SELECT 1 FROM ${contacts} WHERE ${and(...filters)}`, tx);
    const broad = expected > READ_WHOLE_UP_TO || (expected > DENSE_FROM && (await among().then((n) => n > READ_WHOLE_UP_TO && expected * WALK_PER_ROW >= 2 * n)));

    if (match && params.sort === "relevance") {
      // Rank the closest RANKED_MATCHES, found through the word index. For a broad search they are
      // the rows of the closest spellings first.
      const close = broad ? match.closest(RANKED_MATCHES + 1, filters) : match.candidates("close", RANKED_MATCHES + 1, filters);
      return rankCandidates(close, match.candidates("exact", RANKED_MATCHES, filters), broad && match.closestFromExact);
    }
    if (match) {
      let found = broad ? null : await readWhole(READ_WHOLE_AT_MOST);
      if (!found) {
        // Broad: walk the sort's index through a bounded number of contacts; when they hold the
        // whole page, that is the page (the matches before it are among them too).
        const walked = sql`(SELECT ${sortColumns} FROM ${contacts} WHERE ${and(...filters)} ORDER BY ${orderBy} LIMIT ${(offset + CONTACT_PAGE_SIZE) * WALK_PER_ROW}) AS ${contacts}`;
        const { ids: walkedIds } = await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${walked} WHERE ${match.rowMatches}`)} AS ids`);
        // Its total is the estimate: counting would read every match through the word index, the
        // very work the walk saves (for "a", a fifth of all contacts, whatever the filters leave).
        if (walkedIds.length === CONTACT_PAGE_SIZE) found = { ids: walkedIds, total: estimated(expected) };
        else found = (await readWhole(READ_WHOLE_AT_MOST)) ?? { ids: (await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${contacts} WHERE ${where}`)} AS ids`)).ids, total: estimated(expected) };
      }
      return { ...found, rankedOnly: false };
    }
    // No search: the page straight from the sort's index; the total counted or estimated.
    const ids = (await one<{ ids: string[] }>(sql`SELECT ${pageOf(sql`${contacts} WHERE ${where}`)} AS ids`)).ids;
    return { ids, total: await listTotal(matching, tx), rankedOnly: false };
  };

  const { ids, rankedOnly, ...found } = params.list ? await memberIds(params.list) : await contactIds();
  let total = found.total;

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
