import "server-only";
import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contacts, organizations, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import type { ListIndexParams, ListMembersParams } from "./schema";

export const LIST_PAGE_SIZE = 25;
export const MEMBER_PAGE_SIZE = 25;
export const ADD_RESULTS_SHOWN = 25;

const memberCount = sql<number>`count(${contactListMembers.contactId})::int`;

/** All lists with their member counts: one aggregate query, searched and sorted in SQL. */
export const listLists = dataAccess(async function listLists(user: Acting, params: ListIndexParams) {
  authorize(user, "read");
  const match = textMatch(contactLists.searchText, params.q);
  const where = match?.where;
  const order = {
    name: [asc(contactLists.name)],
    updated: [desc(contactLists.updatedAt)],
    members: [desc(memberCount), asc(contactLists.name)],
    created: [desc(contactLists.createdAt)],
  }[params.sort];

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: contactLists.id,
        name: contactLists.name,
        description: contactLists.description,
        updatedAt: contactLists.updatedAt,
        memberCount,
      })
      .from(contactLists)
      .leftJoin(contactListMembers, eq(contactListMembers.listId, contactLists.id))
      .where(where)
      .groupBy(contactLists.id)
      .orderBy(...(match ? [match.rank] : []), ...order, asc(contactLists.id))
      .limit(LIST_PAGE_SIZE)
      .offset((params.page - 1) * LIST_PAGE_SIZE),
    db.select({ total: count() }).from(contactLists).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: LIST_PAGE_SIZE };
});

export const getList = dataAccess(async function getList(user: Acting, id: string) {
  authorize(user, "read");
  const [row] = await db
    .select({
      id: contactLists.id,
      name: contactLists.name,
      description: contactLists.description,
      source: contactLists.source,
      createdAt: contactLists.createdAt,
      updatedAt: contactLists.updatedAt,
      version: contactLists.version,
      createdByName: users.name,
      memberCount: sql<number>`(SELECT count(*)::int FROM ${contactListMembers} WHERE ${contactListMembers.listId} = "contact_lists"."id")`,
    })
    .from(contactLists)
    .leftJoin(users, eq(users.id, contactLists.createdById))
    .where(eq(contactLists.id, id));
  if (!row) throw new NotFoundError();
  return row;
});

// The primary e-mail, or the oldest when none is marked primary.
const primaryEmail = sql<string | null>`(SELECT ${contactEmails.email} FROM ${contactEmails}
  WHERE ${contactEmails.contactId} = ${contacts.id}
  ORDER BY ${contactEmails.isPrimary} DESC, ${contactEmails.createdAt} LIMIT 1)`;

/** One page of a list's members, optionally searched within the list. */
export const listMembers = dataAccess(async function listMembers(user: Acting, listId: string, params: Pick<ListMembersParams, "q" | "page">) {
  authorize(user, "read");
  const match = textMatch(contacts.searchText, params.q);
  const filters: SQL[] = [eq(contactListMembers.listId, listId)];
  if (match) filters.push(match.where);
  const where = and(...filters);

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: contacts.id,
        fullName: contacts.fullName,
        title: contacts.title,
        organizationName: organizations.name,
        country: contacts.country,
        primaryEmail,
        doNotContact: contacts.doNotContact,
      })
      .from(contactListMembers)
      .innerJoin(contacts, eq(contacts.id, contactListMembers.contactId))
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(where)
      .orderBy(...(match ? [match.rank] : []), asc(contacts.fullName), asc(contacts.id))
      .limit(MEMBER_PAGE_SIZE)
      .offset((params.page - 1) * MEMBER_PAGE_SIZE),
    db
      .select({ total: count() })
      .from(contactListMembers)
      .innerJoin(contacts, eq(contacts.id, contactListMembers.contactId))
      .where(where),
  ]);
  return { rows, total, page: params.page, pageSize: MEMBER_PAGE_SIZE };
});

/**
 * Contacts matching a search that are not yet in the list (merged records excluded): the closest
 * ADD_RESULTS_SHOWN of them, and how many there are in all (what "Add all N matches" would add).
 */
export const searchContactsToAdd = dataAccess(async function searchContactsToAdd(user: Acting, listId: string, q: string) {
  authorize(user, "read");
  const match = textMatch(contacts.searchText, q);
  if (!match) return { rows: [], total: 0 };
  const where = notYetMembers(listId, match.where);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: contacts.id,
        fullName: contacts.fullName,
        title: contacts.title,
        organizationName: organizations.name,
        country: contacts.country,
        doNotContact: contacts.doNotContact,
      })
      .from(contacts)
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(where)
      .orderBy(match.rank, asc(contacts.fullName), asc(contacts.id))
      .limit(ADD_RESULTS_SHOWN),
    db.select({ total: count() }).from(contacts).where(where),
  ]);
  return { rows, total };
});

export function notYetMembers(listId: string, match: SQL): SQL {
  return and(
    match,
    isNull(contacts.mergedIntoId),
    sql`NOT EXISTS (SELECT 1 FROM ${contactListMembers} WHERE ${contactListMembers.listId} = ${listId} AND ${contactListMembers.contactId} = "contacts"."id")`,
  )!;
}

/** The name of a contact, for the "removed … — undo" notice after a removal. */
export const getContactName = dataAccess(async function getContactName(user: Acting, contactId: string): Promise<string | null> {
  authorize(user, "read");
  const [row] = await db.select({ fullName: contacts.fullName }).from(contacts).where(eq(contacts.id, contactId));
  return row?.fullName ?? null;
});

/** Every list as {id, name}, for "Add to list" pickers on other screens. */
export const listPickerOptions = dataAccess(async function listPickerOptions(user: Acting): Promise<Array<{ id: string; name: string }>> {
  authorize(user, "read");
  return db.select({ id: contactLists.id, name: contactLists.name }).from(contactLists).orderBy(asc(contactLists.name), asc(contactLists.id));
});
