import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contactListMembers, contactLists, contacts } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import { ADD_ALL_LIMIT, ADD_IDS_LIMIT, addContactsSchema, type AddResult, type ListFormValues } from "./schema";
import { searchText } from "@/lib/search/search-text";

// Officers, coordinators, managers and admins create, rename and delete lists ("contact.write"):
// a list is a working set, and deleting it never deletes a contact.
export const createList = dataAccess(async function createList(user: Acting, values: ListFormValues): Promise<{ id: string }> {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactLists)
      .values({ ...values, searchText: searchText.list(values), createdById: user.id })
      .returning();
    await writeAudit(tx, user, { action: "create", entity: "contact_list", entityId: row.id, summary: row.name, before: null, after: row });
    return { id: row.id };
  });
});

export const updateList = dataAccess(async function updateList(user: Acting, input: { id: string; version: number; values: ListFormValues }) {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, contactLists, input.id, input.version);
    const [after] = await tx
      .update(contactLists)
      .set({ ...input.values, searchText: searchText.list(input.values), ...bump(contactLists) })
      .where(eq(contactLists.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "update", entity: "contact_list", entityId: after.id, summary: after.name, before, after });
    return { id: after.id, version: after.version };
  });
});

/** Deletes the list and its memberships (cascade); the contacts themselves stay. */
export const deleteList = dataAccess(async function deleteList(user: Acting, input: { id: string; version: number }) {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, contactLists, input.id, input.version);
    const [{ members }] = await tx
      .select({ members: sql<number>`count(*)::int` })
      .from(contactListMembers)
      .where(eq(contactListMembers.listId, input.id));
    await tx.delete(contactLists).where(eq(contactLists.id, input.id));
    await writeAudit(tx, user, {
      action: "delete",
      entity: "contact_list",
      entityId: before.id,
      summary: `${before.name} (${members} ${members === 1 ? "member" : "members"})`,
      before: { ...before, members },
      after: null,
    });
    return { id: before.id };
  });
});

/**
 * Locks the list row so concurrent additions to one list are counted one after the other, and
 * marks it updated. Membership changes do not bump `version`: they must not make an open rename
 * form stale.
 */
async function touchList(tx: Tx, listId: string) {
  const [list] = await tx
    .update(contactLists)
    .set({ updatedAt: sql`now()` })
    .where(eq(contactLists.id, listId))
    .returning({ id: contactLists.id, name: contactLists.name });
  if (!list) throw new NotFoundError("This list no longer exists.");
  return list;
}

/**
 * Adds every (non-merged) contact matching `where` to the list with one INSERT … SELECT, so no id
 * passes through JavaScript. Idempotent: existing memberships are left alone and counted.
 */
async function addMatching(tx: Tx, user: Acting, listId: string, where: SQL, limit: number, summary: string): Promise<AddResult> {
  const list = await touchList(tx, listId);
  const matching = and(where, isNull(contacts.mergedIntoId));
  const isMember = sql`EXISTS (SELECT 1 FROM ${contactListMembers} WHERE ${contactListMembers.listId} = ${listId} AND ${contactListMembers.contactId} = "contacts"."id")`;
  const [{ found, already }] = await tx
    .select({ found: sql<number>`count(*)::int`, already: sql<number>`(count(*) FILTER (WHERE ${isMember}))::int` })
    .from(contacts)
    .where(matching);
  if (found - already > limit) {
    throw new ValidationError(
      `${(found - already).toLocaleString("en")} contacts match, more than the ${limit.toLocaleString("en")} that can be added at once. Narrow the search and add them in parts.`,
    );
  }
  const inserted = await tx.execute(sql`
    WITH added AS (
      INSERT INTO ${contactListMembers} (list_id, contact_id, added_by_id)
      SELECT ${listId}::uuid, ${contacts.id}, ${user.id}::uuid FROM ${contacts} WHERE ${matching}
      ON CONFLICT (list_id, contact_id) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS added FROM added`);
  const added = Number(rowsOf<{ added: number }>(inserted)[0]?.added ?? 0);
  const result = { added, alreadyMembers: found - added };
  await writeAudit(tx, user, {
    action: "add_members",
    entity: "contact_list",
    entityId: listId,
    summary: `${list.name}: ${summary}; ${added} added, ${result.alreadyMembers} already members`,
    before: null,
    after: result,
  });
  return result;
}

/** Adds the given contacts (at most ADD_IDS_LIMIT) to a list; for "Add selected" and "Add to list". */
export const addContactsToList = dataAccess(async function addContactsToList(user: Acting, listId: string, contactIds: string[]): Promise<AddResult> {
  authorize(user, "contact.write");
  const parsed = addContactsSchema.safeParse({ listId, contactIds });
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Invalid contacts.", "contactIds");
  const ids = [...new Set(parsed.data.contactIds)];
  return db.transaction((tx) => addMatching(tx, user, listId, inArray(contacts.id, ids), ADD_IDS_LIMIT, `${ids.length} selected`));
});

/** Adds every contact matching a search (the "Add members" box) to a list, up to ADD_ALL_LIMIT. */
export const addSearchMatchesToList = dataAccess(async function addSearchMatchesToList(user: Acting, input: { listId: string; q: string }): Promise<AddResult> {
  authorize(user, "contact.write");
  const match = textMatch(contacts.searchText, input.q);
  if (!match) throw new ValidationError("Search for contacts first.", "q");
  return db.transaction((tx) => addMatching(tx, user, input.listId, match.where, ADD_ALL_LIMIT, `all matches of “${input.q.trim()}”`));
});

export const removeMember = dataAccess(async function removeMember(user: Acting, input: { listId: string; contactId: string }): Promise<{ fullName: string }> {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const list = await touchList(tx, input.listId);
    const [removed] = await tx
      .delete(contactListMembers)
      .where(and(eq(contactListMembers.listId, input.listId), eq(contactListMembers.contactId, input.contactId)))
      .returning({ contactId: contactListMembers.contactId });
    if (!removed) throw new NotFoundError("This contact is not a member of the list.");
    const [contact] = await tx.select({ fullName: contacts.fullName }).from(contacts).where(eq(contacts.id, input.contactId));
    await writeAudit(tx, user, {
      action: "remove_member",
      entity: "contact_list",
      entityId: input.listId,
      summary: `${list.name}: removed ${contact?.fullName ?? input.contactId}`,
      before: { contactId: input.contactId },
      after: null,
    });
    return { fullName: contact?.fullName ?? "The contact" };
  });
});
