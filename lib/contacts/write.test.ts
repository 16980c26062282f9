// The one contact writer: what every import and quick-add relies on (search text, phones, primaries,
// audit, matching), checked here once rather than through each caller.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactListMembers, contactPhones, contacts, organizations } from "@/db/schema";
import { normalizeForSearch } from "@/lib/search/normalize";
import { searchText } from "@/lib/search/search-text";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { amendContact, contactsByEmail, createListOf, insertContacts, organizationsByName } from "./write";

let officer: TestUser;
beforeAll(async () => {
  officer = await createTestUser("officer");
});

const gone = () => new Error("gone");

describe("the contact writer", () => {
  it("creates contacts with their search text, E.164 phones, one primary each and an audit entry", async () => {
    const tag = randomUUID().slice(0, 8);
    const [id] = await db.transaction(async (tx) => {
      const [org] = await organizationsByName(tx, officer, [`Akorda ${tag}`], { source: "test", kind: "government", audit: true }).then((m) => [...m.values()]);
      return insertContacts(tx, officer, [
        { fullName: `Aigerim ${tag}`, title: "Adviser", country: "KZ", organization: org, emails: [`a.${tag}@akorda.kz`, `b.${tag}@akorda.kz`], phones: ["8 (7172) 71-71-71"], source: "test" },
      ]);
    });
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
    expect(row.searchText).toBe(searchText.contact({ ...row }, { name: `Akorda ${tag}`, acronym: null }, [`a.${tag}@akorda.kz`, `b.${tag}@akorda.kz`]));
    expect(row.createdById).toBe(officer.id);
    const emails = await db.select().from(contactEmails).where(eq(contactEmails.contactId, id));
    expect(emails.filter((e) => e.isPrimary).map((e) => e.email)).toEqual([`a.${tag}@akorda.kz`]);
    const [phone] = await db.select().from(contactPhones).where(eq(contactPhones.contactId, id));
    expect(phone).toMatchObject({ phone: "8 (7172) 71-71-71", phoneE164: "+77172717171", isPrimary: true });
    const audits = await db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(["create"]);
  });

  it("amends only what differs, adds missing channels, refreshes the search text, and writes nothing for no change", async () => {
    const tag = randomUUID().slice(0, 8);
    const [id] = await db.transaction((tx) => insertContacts(tx, officer, [{ fullName: `Ivan ${tag}`, emails: [`ivan.${tag}@example.org`], phones: ["+32 2 284 21 11"], source: "test" }], { audit: false }));
    const unchanged = await db.transaction((tx) => amendContact(tx, officer, id, () => ({ set: { fullName: `Ivan ${tag}` }, emails: [`IVAN.${tag}@example.org`], phones: ["0032 2 284 21 11"] }), { notFound: gone }));
    expect(unchanged).toEqual({ id, changed: false });
    expect((await db.select({ v: contacts.version }).from(contacts).where(eq(contacts.id, id)))[0].v).toBe(1);

    const changed = await db.transaction((tx) =>
      amendContact(tx, officer, id, () => ({ set: { department: "Press office" }, emails: [`press.${tag}@example.org`] }), { notFound: gone, audit: (c) => `${c.fullName}: test` }),
    );
    expect(changed.changed).toBe(true);
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
    expect(row).toMatchObject({ department: "Press office", version: 2 });
    expect(row.searchText).toContain(normalizeForSearch("Press office"));
    expect(row.searchText).toContain(normalizeForSearch(`press.${tag}@example.org`));
    const emails = await db.select().from(contactEmails).where(eq(contactEmails.contactId, id));
    expect(emails.map((e) => [e.email, e.isPrimary]).sort()).toEqual([[`ivan.${tag}@example.org`, true], [`press.${tag}@example.org`, false]]);
    await expect(db.transaction((tx) => amendContact(tx, officer, randomUUID(), () => ({}), { notFound: gone }))).rejects.toThrow("gone");
  });

  it("finds organizations by name whatever the case, accents and spacing, and creates one per name", async () => {
    const tag = randomUUID().slice(0, 8);
    const [existing] = await db.insert(organizations).values({ name: `Sénat ${tag}`, searchText: "" }).returning();
    const found = await db.transaction((tx) => organizationsByName(tx, officer, [`senat  ${tag}`, `NEW ${tag}`, `new ${tag} `], { source: "test", audit: false }));
    expect(found.get(`senat  ${tag}`)).toMatchObject({ id: existing.id, created: false });
    expect(found.get(`NEW ${tag}`)!.id).toBe(found.get(`new ${tag} `)!.id);
    expect(found.get(`NEW ${tag}`)!.created).toBe(true);
  });

  it("matches live contacts by e-mail (the oldest first) and makes lists of them", async () => {
    const tag = randomUUID().slice(0, 8);
    const ids: string[] = [];
    for (const name of ["First", "Second"])
      ids.push(...(await db.transaction((tx) => insertContacts(tx, officer, [{ fullName: `${name} ${tag}`, emails: [`same.${tag}@example.org`], source: "test" }], { audit: false }))));
    const byEmail = await contactsByEmail(db, [`SAME.${tag}@example.org`]);
    expect(byEmail.get(`same.${tag}@example.org`)).toEqual({ id: ids[0], fullName: `First ${tag}` });
    const list = await db.transaction((tx) => createListOf(tx, officer, { name: `List ${tag}`, description: "", source: "test" }, [...ids, ids[0]], ""));
    const members = await db.select().from(contactListMembers).where(and(eq(contactListMembers.listId, list.id), inArray(contactListMembers.contactId, ids)));
    expect(members).toHaveLength(2);
  });
});
