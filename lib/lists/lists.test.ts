import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactListMembers, contacts } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { addContactsToList, addSearchMatchesToList, createList, deleteList, removeMember, updateList } from "./mutations";
import { getContactName, getList, listLists, listMembers, listPickerOptions, searchContactsToAdd } from "./queries";
import { addResultMessage, listFormSchema, listIndexSchema, listMembersSchema, type ListFormValues } from "./schema";

const values = (name: string, description = "Addressees of a report"): ListFormValues => listFormSchema.parse({ name, description });
const members = (q = "", page = 1) => ({ q, page });

const users = {} as Record<Role, TestUser>;
const writers = ["officer", "coordinator", "manager", "admin"] as const;

/** Inserts contacts named "<first> <tag>", searchable like the app's own writes. */
async function makeContacts(tag: string, names: string[]): Promise<string[]> {
  const rows = await db
    .insert(contacts)
    .values(names.map((n) => ({ fullName: `${n} ${tag}`, searchText: normalizeForSearch(`${n} ${tag}`), country: "LT" })))
    .returning({ id: contacts.id });
  return rows.map((r) => r.id);
}

const auditOf = (listId: string) =>
  db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact_list"), eq(auditEntries.entityId, listId))).orderBy(auditEntries.id);

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
});

describe("contact lists", () => {
  it("creates, renames with the version check, and deletes a list without deleting its contacts", async () => {
    const name = unique("Addressees — DCK ban report");
    const { id } = await createList(users.officer, values(name));
    expect(await getList(users.viewer, id)).toMatchObject({ name, version: 1, memberCount: 0 });

    const { version } = await updateList(users.coordinator, { id, version: 1, values: values(`${name} (renamed)`) });
    expect(version).toBe(2);
    await expect(updateList(users.manager, { id, version: 1, values: values("Stale rename") })).rejects.toBeInstanceOf(StaleError);
    expect((await getList(users.viewer, id)).name).toBe(`${name} (renamed)`);
    // Found by its new name, accent- and case-insensitively.
    const found = await listLists(users.viewer, listIndexSchema.parse({ q: `${name.toUpperCase()} renamed` }));
    expect(found.rows.map((r) => r.id)).toContain(id);

    const ids = await makeContacts(unique("Survivor"), ["Anna", "Boris"]);
    await addContactsToList(users.officer, id, ids);
    await expect(deleteList(users.officer, { id, version: 1 })).rejects.toBeInstanceOf(StaleError);
    await deleteList(users.officer, { id, version: 2 });
    await expect(getList(users.viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.id, ids))).toHaveLength(2);
    expect(await db.select().from(contactListMembers).where(eq(contactListMembers.listId, id))).toHaveLength(0);

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "add_members", "delete"]);
    expect(audit[1]).toMatchObject({ actorId: users.coordinator.id, changes: { name: { before: name, after: `${name} (renamed)` } } });
    expect(audit[3].summary).toContain("2 members");
  });

  it("adds members by id idempotently and reports the counts, in one audit entry per operation", async () => {
    const { id } = await createList(users.coordinator, values(unique("Bulk add")));
    const ids = await makeContacts(unique("Bulk"), ["Ada", "Bea", "Cyd"]);
    expect(await addContactsToList(users.coordinator, id, ids.slice(0, 2))).toEqual({ added: 2, alreadyMembers: 0 });
    expect(await addContactsToList(users.coordinator, id, [...ids, ids[0]])).toEqual({ added: 1, alreadyMembers: 2 });
    expect((await getList(users.viewer, id)).memberCount).toBe(3);
    const adds = (await auditOf(id)).filter((a) => a.action === "add_members");
    expect(adds).toHaveLength(2);
    expect(adds[1].changes).toMatchObject({ added: { after: 1 }, alreadyMembers: { after: 2 } });
    expect(addResultMessage({ added: 1, alreadyMembers: 2 })).toBe("Added 1 contact to the list. 2 contacts were already members.");

    await expect(addContactsToList(users.officer, id, ["not-a-uuid"])).rejects.toBeInstanceOf(ValidationError);
    await expect(addContactsToList(users.officer, id, [])).rejects.toBeInstanceOf(ValidationError);
    const tooMany = Array.from({ length: 1001 }, () => crypto.randomUUID());
    await expect(addContactsToList(users.officer, id, tooMany)).rejects.toBeInstanceOf(ValidationError);
    await expect(addContactsToList(users.officer, crypto.randomUUID(), ids)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("adds every match of a search with one INSERT … SELECT, skipping members and merged records", async () => {
    const tag = unique("Austrevicius").split(" ")[1];
    const { id } = await createList(users.officer, values(unique("Search add")));
    const ids = await makeContacts(tag, ["Petras Auštrevičius", "Petra Austrevicius", "Jaromír Štětina"]);
    const [merged] = await makeContacts(tag, ["Petras Austrevičius duplicate"]);
    await db.update(contacts).set({ mergedIntoId: ids[0] }).where(eq(contacts.id, merged));

    const toAdd = await searchContactsToAdd(users.viewer, id, `austrevicius ${tag}`);
    expect(toAdd.total).toBe(2);
    expect(toAdd.rows.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());

    await addContactsToList(users.officer, id, [ids[0]]);
    expect((await searchContactsToAdd(users.viewer, id, `austrevicius ${tag}`)).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect(await addSearchMatchesToList(users.officer, { listId: id, q: `austrevicius ${tag}` })).toEqual({ added: 1, alreadyMembers: 1 });
    expect(await addSearchMatchesToList(users.officer, { listId: id, q: `austrevicius ${tag}` })).toEqual({ added: 0, alreadyMembers: 2 });
    expect((await getList(users.viewer, id)).memberCount).toBe(2);
    expect((await searchContactsToAdd(users.viewer, id, `austrevicius ${tag}`)).total).toBe(0);
    await expect(addSearchMatchesToList(users.officer, { listId: id, q: "  " })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses to add all matches beyond the cap, adding nothing", async () => {
    const tag = unique("Capped").split(" ")[1];
    const { id } = await createList(users.officer, values(unique("Cap")));
    await db.execute(sql`INSERT INTO contacts (full_name, search_text)
      SELECT 'Capped ' || g || ' ' || ${tag}, ${normalizeForSearch(`capped ${tag}`)} || ' ' || g FROM generate_series(1, 10001) g`);
    try {
      await expect(addSearchMatchesToList(users.officer, { listId: id, q: tag })).rejects.toThrow(/more than the 10,000/);
      expect((await getList(users.viewer, id)).memberCount).toBe(0);
    } finally {
      // Other test files share this database: leave no bulk rows behind.
      await db.delete(contacts).where(sql`${contacts.fullName} LIKE ${`Capped % ${tag}`}`);
    }
  });

  it("removes a member, audited, and pages and searches members in SQL", async () => {
    const tag = unique("Page").split(" ")[1];
    const { id } = await createList(users.manager, values(unique("Members")));
    const names = Array.from({ length: 27 }, (_, i) => `Member ${String(i).padStart(2, "0")}`);
    const ids = await makeContacts(tag, [...names, "Жанара Ахметова"]);
    await db.insert(contactEmails).values({ contactId: ids[0], email: "m00@example.org", isPrimary: true });
    await addContactsToList(users.manager, id, ids);

    const first = await listMembers(users.viewer, id, members());
    expect(first).toMatchObject({ total: 28, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]).toMatchObject({ id: ids[0], primaryEmail: "m00@example.org", doNotContact: false, country: "LT" });
    expect((await listMembers(users.viewer, id, members("", 2))).rows).toHaveLength(3);
    const searched = await listMembers(users.viewer, id, members(`akhmetova ${tag}`));
    expect(searched.rows.map((r) => r.id)).toEqual([ids[27]]);

    expect(await removeMember(users.officer, { listId: id, contactId: ids[27] })).toEqual({ fullName: `Жанара Ахметова ${tag}` });
    await expect(removeMember(users.officer, { listId: id, contactId: ids[27] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getList(users.viewer, id)).memberCount).toBe(27);
    expect(await getContactName(users.viewer, ids[27])).toBe(`Жанара Ахметова ${tag}`);
    const removal = (await auditOf(id)).find((a) => a.action === "remove_member");
    expect(removal).toMatchObject({ actorId: users.officer.id, changes: { contactId: { before: ids[27], after: null } } });
  });

  it("lists every list with its member count, sorted and paged, and offers them in a picker", async () => {
    const tag = unique("Sorted").split(" ")[1];
    const a = await createList(users.officer, values(`A list ${tag}`));
    const b = await createList(users.officer, values(`B list ${tag}`));
    await addContactsToList(users.officer, b.id, await makeContacts(tag, ["One", "Two"]));
    const byMembers = await listLists(users.viewer, listIndexSchema.parse({ q: `list ${tag}`, sort: "members" }));
    expect(byMembers.rows.filter((r) => r.name.endsWith(tag)).map((r) => [r.name, r.memberCount])).toEqual([
      [`B list ${tag}`, 2],
      [`A list ${tag}`, 0],
    ]);
    const picker = await listPickerOptions(users.viewer);
    expect(picker.filter((p) => p.name.endsWith(tag))).toEqual([
      { id: a.id, name: `A list ${tag}` },
      { id: b.id, name: `B list ${tag}` },
    ]);
    expect(listIndexSchema.parse({ sort: "x", page: "-1" })).toEqual({ q: "", sort: "name", page: 1 });
    expect(listMembersSchema.parse({ page: "abc" })).toEqual({ q: "", page: 1, add: "" });
  });

  it("refuses every change to viewers and to nobody, and allows every writer role", async () => {
    const { id } = await createList(users.officer, values(unique("Guarded")));
    const [contactId] = await makeContacts(unique("Guarded"), ["Guest"]);
    for (const user of [users.viewer, null]) {
      const u = user as TestUser;
      await expect(createList(u, values("Nope"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateList(u, { id, version: 1, values: values("Nope") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteList(u, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addContactsToList(u, id, [contactId])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addSearchMatchesToList(u, { listId: id, q: "guest" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeMember(u, { listId: id, contactId })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const nobody = null as unknown as TestUser;
    await expect(listLists(nobody, listIndexSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getList(nobody, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMembers(nobody, id, members())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchContactsToAdd(nobody, id, "guest")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPickerOptions(nobody)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getContactName(nobody, contactId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getList(users.viewer, id)).version).toBe(1);

    for (const role of writers) {
      const user = users[role];
      const created = await createList(user, values(unique(`By ${role}`)));
      const { version } = await updateList(user, { id: created.id, version: 1, values: values(unique(`Renamed by ${role}`)) });
      expect(await addContactsToList(user, created.id, [contactId])).toEqual({ added: 1, alreadyMembers: 0 });
      await removeMember(user, { listId: created.id, contactId });
      await addSearchMatchesToList(user, { listId: created.id, q: "guest" });
      await deleteList(user, { id: created.id, version });
    }
  });
});
