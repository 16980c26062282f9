import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import {
  activities, appealDispatches, appealRecipients, appeals, auditEntries, contactEmails, contactListMembers, contactLists, contactPhones,
  contacts, eventParticipants, events, incomingAppeals, invitations, letterSignatories, letters,
} from "@/db/schema";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { make } from "@/tests/registry/make";
import { listDuplicatePairs, mergedInto, relatedCounts } from "./duplicates";
import { mergeContacts, mergeKeeps, mergeReferences } from "./merge";
import { mergeSchema, type MergeInput } from "./merge-schema";
import { createContact } from "./mutations";
import { getContact, listContacts } from "./queries";
import { contactFormSchema, contactListSchema, type ContactFormInput } from "./schema";

const emptyForm: ContactFormInput = {
  kind: "person", honorific: "", firstName: "", lastName: "", fullName: "", nameNative: "", title: "", organizationId: "",
  newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "",
  language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "",
  doNotContact: false, doNotContactReason: "", emails: [], phones: [],
};
const values = (over: Partial<ContactFormInput>) => contactFormSchema.parse({ ...emptyForm, ...over });
const email = (value: string, primary = false) => ({ value, label: "", primary });
const merge = (user: TestUser, input: MergeInput) => mergeContacts(user, mergeSchema.parse(input));

// A random word written the same in both scripts, so this run's pair is told apart from any other
// "Zhanara Akhmetova" in the shared test database.
function twinWord() {
  const pairs = [["б", "b"], ["д", "d"], ["к", "k"], ["л", "l"], ["м", "m"], ["н", "n"], ["п", "p"], ["р", "r"], ["т", "t"], ["о", "o"], ["а", "a"]];
  const picked = Array.from({ length: 7 }, () => pairs[Math.floor(Math.random() * pairs.length)]);
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  return { cyrillic: cap(picked.map((p) => p[0]).join("")), latin: cap(picked.map((p) => p[1]).join("")) };
}

let officer: TestUser, manager: TestUser, viewer: TestUser, coordinator: TestUser, admin: TestUser;

beforeAll(async () => {
  [officer, manager, viewer, coordinator, admin] = await Promise.all(
    (["officer", "manager", "viewer", "coordinator", "admin"] as const).map((r) => createTestUser(r)),
  );
});

/** The pair's row on whichever page it is: other test files share the database. */
async function findPair(user: TestUser, x: string, y: string) {
  for (let page = 1; page <= 400; page++) {
    const result = await listDuplicatePairs(user, page);
    const hit = result.rows.find((p) => (p.a.id === x && p.b.id === y) || (p.a.id === y && p.b.id === x));
    if (hit || page * result.pageSize >= result.total) return hit;
  }
}

describe("duplicates", () => {
  it("pairs contacts by e-mail, by phone digits and by similar names across scripts", async () => {
    const tag = unique("dup").replace(" ", "-");
    const mail = `press-${tag}@example.org`;
    const { id: e1 } = await createContact(officer, values({ fullName: unique("Anna Lindqvist"), emails: [email(mail, true)] }));
    const { id: e2 } = await createContact(officer, values({ fullName: unique("Press office"), kind: "organization", emails: [email(mail.toUpperCase(), true)] }));
    const digits = String(Math.floor(Math.random() * 1e9)).padStart(9, "7");
    const spaced = `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    const { id: p1 } = await createContact(officer, values({ fullName: unique("Ruslan Baimukhan"), phones: [{ value: `+7 (7${spaced})`, label: "", primary: true }] }));
    const { id: p2 } = await createContact(officer, values({ fullName: unique("Secretary Tokayeva"), phones: [{ value: `8-7${spaced.replace(/ /g, "-")}`, label: "", primary: true }] }));
    const twin = twinWord();
    const { id: n1 } = await createContact(officer, values({ fullName: `Жанара ${twin.cyrillic} Ахметова`, title: "Journalist" }));
    const { id: n2 } = await createContact(officer, values({ fullName: `Zhanara ${twin.latin} Akhmetova`, title: "Editor, Radio Azattyq" }));

    expect((await listDuplicatePairs(manager, 1)).namesSkipped).toBe(false);
    expect(await findPair(manager, e1, e2)).toMatchObject({ sameEmail: true, samePhone: false });
    expect(await findPair(admin, p1, p2)).toMatchObject({ sameEmail: false, samePhone: true });
    const names = await findPair(manager, n1, n2);
    expect(names).toMatchObject({ sameEmail: false, samePhone: false });
    expect(names!.nameScore).toBeGreaterThan(0.9);
    expect([names!.a.fullName, names!.b.fullName].sort()).toEqual([`Zhanara ${twin.latin} Akhmetova`, `Жанара ${twin.cyrillic} Ахметова`]);
    // Different people with one shared first name are not a pair.
    expect(await findPair(manager, n1, p1)).toBeUndefined();

    for (const user of [viewer, officer, coordinator, null as unknown as TestUser]) {
      await expect(listDuplicatePairs(user, 1)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(relatedCounts(user, e1)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("duplicates by phone", () => {
  it("pairs one number written three ways by its E.164 form, not two countries' numbers ending alike, and a merge keeps one copy", async () => {
    const n = String(1_000_000 + Math.floor(Math.random() * 9_000_000));
    const local = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
    // One Brussels office number: national on a contact in Belgium, with the report's "(0)" and
    // with "00" on contacts without a country or in Kazakhstan (whose international prefix is not
    // "00"). "02 …" and "+32 2 …" do not even share their last 9 digits.
    const { id: b1 } = await createContact(officer, values({ fullName: unique("Brussels Office"), country: "BE", phones: [{ value: `02 ${local}`, label: "", primary: true }] }));
    const { id: b2 } = await createContact(officer, values({ fullName: unique("Permanent Representation"), phones: [{ value: `+32 (0)2 ${local}`, label: "", primary: true }] }));
    const { id: b3 } = await createContact(officer, values({ fullName: unique("Ombudsman Liaison"), country: "KZ", phones: [{ value: `0032 2 ${local} ext. 12`, label: "", primary: true }] }));
    const e164 = `+322${n}`;
    for (const id of [b1, b2, b3]) expect((await getContact(viewer, id)).phones).toMatchObject([{ e164 }]);
    expect(await findPair(manager, b1, b2)).toMatchObject({ samePhone: true });
    expect(await findPair(manager, b1, b3)).toMatchObject({ samePhone: true });
    expect(await findPair(manager, b2, b3)).toMatchObject({ samePhone: true });

    // A mobile in Kazakhstan and an office in North Dakota share their last 9 digits, not a number.
    const seven = String(2_000_000 + Math.floor(Math.random() * 7_000_000));
    const { id: k } = await createContact(officer, values({ fullName: unique("Aigerim Seitkali"), phones: [{ value: `+7 701 ${seven}`, label: "", primary: true }] }));
    const { id: u } = await createContact(officer, values({ fullName: unique("Jonathan Whitfield"), phones: [{ value: `+1 701 ${seven}`, label: "", primary: true }] }));
    expect(await findPair(manager, k, u)).toBeUndefined();

    // Merged, the survivor keeps its own copy of the number only.
    await merge(manager, { survivorId: b1, absorbedId: b2, survivorVersion: 1, absorbedVersion: 1 });
    expect((await getContact(viewer, b1)).phones).toEqual([{ value: `02 ${local}`, e164, label: null, primary: true }]);
  });
});

describe("merge", () => {
  it("keeps every channel, membership and history row, resolves conflicts, audits, and leaves a pointer", async () => {
    const tag = unique("m").replace(" ", "-");
    const [list1, list2] = await db.insert(contactLists).values([{ name: unique("List one") }, { name: unique("List two") }]).returning();
    const { id: a } = await createContact(officer, values({
      fullName: "Ignacio Sanchez Amor", title: "OSCE PA committee chair", parliamentaryBody: "osce_pa", delegation: "ES", tags: "osce, spain",
      notes: "From the DCK-ban report.", emails: [email(`nacho-${tag}@congreso.es`, true), email(`shared-${tag}@example.org`)],
      phones: [{ value: "+34 91 390 6919", label: "", primary: true }],
    }));
    const { id: b } = await createContact(officer, values({
      fullName: "Nacho Sánchez Amor", title: "Member of the European Parliament", parliamentaryBody: "european_parliament", delegation: "ES",
      politicalGroup: "S&D", tags: "mep", notes: "Co-host 2019.", doNotContact: true, doNotContactReason: "Asked via office",
      emails: [email(`SHARED-${tag}@example.org`, true), email(`nacho-${tag}@ep.europa.eu`)],
      phones: [{ value: "+34 (91) 390-69-19", label: "", primary: true }, { value: "+32 2 284 5000", label: "", primary: false }],
    }));
    await db.insert(contactListMembers).values([{ listId: list1.id, contactId: a }, { listId: list1.id, contactId: b }, { listId: list2.id, contactId: b }]);
    await db.insert(activities).values([
      { contactId: a, kind: "note", occurredAt: new Date("2018-02-23"), subject: "Letters sent" },
      { contactId: b, kind: "call", occurredAt: new Date("2019-05-01"), subject: "Co-host call" },
    ]);
    const [l1, l2] = await db.insert(letters).values([{ kind: "joint_letter", title: unique("Letter one") }, { kind: "joint_letter", title: unique("Letter two") }]).returning();
    await db.insert(letterSignatories).values([
      { letterId: l1.id, contactId: a, status: "asked", askedOn: "2021-03-01", note: "asked by e-mail" },
      { letterId: l1.id, contactId: b, status: "signed", askedOn: "2021-03-02", signedOn: "2021-03-05" },
      { letterId: l2.id, contactId: b, status: "asked" },
    ]);
    const [ev1, ev2] = await db.insert(events).values([{ kind: "side_event", title: unique("Side-event") }, { kind: "webinar", title: unique("Webinar"), moderatorContactId: b }]).returning();
    await db.insert(invitations).values([
      { eventId: ev1.id, contactId: a, answer: "accepted", answeredAt: new Date("2021-04-01") },
      { eventId: ev1.id, contactId: b, answer: "pending" },
      { eventId: ev2.id, contactId: b, answer: "declined", answeredAt: new Date("2021-04-02") },
    ]);
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Appeal") }).returning();
    const [ra, rb] = await db.insert(appealRecipients).values([{ appealId: appeal.id, contactId: a, name: "I. Sanchez Amor" }, { appealId: appeal.id, contactId: b, name: "N. Sánchez Amor" }]).returning();
    await db.insert(appealDispatches).values([{ recipientId: ra.id, sentOn: new Date("2021-01-01"), channel: "email" }, { recipientId: rb.id, sentOn: new Date("2021-01-02"), channel: "post" }]);
    const [incoming] = await db.insert(incomingAppeals).values({ senderContactId: b, senderName: "Nacho", receivedOn: "2021-01-01", channel: "email", originalText: "x" }).returning();

    expect(await relatedCounts(manager, b)).toMatchObject({ lists: 2, activities: 1, appeals: 1, letters: 2, invitations: 2, events: 1, incoming: 1 });
    const choices = { names: a, title: b, parliamentaryBody: b, politicalGroup: b, notes: "both" } as const;
    await expect(merge(manager, { survivorId: a, absorbedId: b, survivorVersion: 2, absorbedVersion: 1, choices })).rejects.toBeInstanceOf(StaleError);
    await merge(manager, { survivorId: a, absorbedId: b, survivorVersion: 1, absorbedVersion: 1, choices });

    const survivor = await getContact(viewer, a);
    expect(survivor).toMatchObject({
      fullName: "Ignacio Sanchez Amor", title: "Member of the European Parliament", parliamentaryBody: "european_parliament", politicalGroup: "S&D",
      doNotContact: true, doNotContactReason: "Asked via office", notes: "From the DCK-ban report.\n\nCo-host 2019.", version: 2,
    });
    expect(survivor.tags.sort()).toEqual(["mep", "osce", "spain"]);
    expect(survivor.emails.map((e) => [e.value.toLowerCase(), e.primary])).toEqual([
      [`nacho-${tag}@congreso.es`, true], [`shared-${tag}@example.org`, false], [`nacho-${tag}@ep.europa.eu`, false],
    ]);
    expect(survivor.phones.map((p) => [p.value, p.primary])).toEqual([["+34 91 390 6919", true], ["+32 2 284 5000", false]]);
    const [row] = await db.select().from(contacts).where(eq(contacts.id, a));
    expect(row.searchText).toContain(normalizeForSearch("Ignacio Sanchez Amor"));
    expect(row.searchText).toContain(normalizeForSearch(`nacho-${tag}@ep.europa.eu`));
    expect(row.searchText).toContain(normalizeForSearch("Member of the European Parliament"));

    expect(await relatedCounts(manager, a)).toEqual({ lists: 2, activities: 2, appeals: 1, letters: 2, invitations: 2, events: 1, incoming: 1 });
    expect(await relatedCounts(manager, b)).toEqual({ lists: 0, activities: 0, appeals: 0, letters: 0, invitations: 0, events: 0, incoming: 0 });
    // Conflicts: signed beats asked (the earliest ask kept), an answer beats pending, dispatches follow.
    const [signed] = await db.select().from(letterSignatories).where(and(eq(letterSignatories.letterId, l1.id), eq(letterSignatories.contactId, a)));
    expect(signed).toMatchObject({ status: "signed", askedOn: "2021-03-01", signedOn: "2021-03-05", note: "asked by e-mail" });
    const [invited] = await db.select().from(invitations).where(and(eq(invitations.eventId, ev1.id), eq(invitations.contactId, a)));
    expect(invited.answer).toBe("accepted");
    expect(await db.select().from(appealDispatches).where(eq(appealDispatches.recipientId, ra.id))).toHaveLength(2);
    expect((await db.select().from(incomingAppeals).where(eq(incomingAppeals.id, incoming.id)))[0].senderContactId).toBe(a);
    expect((await db.select().from(events).where(eq(events.id, ev2.id)))[0].moderatorContactId).toBe(a);

    // The absorbed record is a pointer: gone from reads and lists, its URL can name the survivor.
    await expect(getContact(viewer, b)).rejects.toBeInstanceOf(NotFoundError);
    expect(await mergedInto(viewer, b)).toEqual({ id: a, fullName: "Ignacio Sanchez Amor" });
    expect(await mergedInto(viewer, a)).toBeNull();
    expect((await listContacts(viewer, contactListSchema.parse({ q: `nacho-${tag}` }))).rows.map((r) => r.id)).toEqual([a]);
    await expect(merge(manager, { survivorId: a, absorbedId: b, survivorVersion: 2, absorbedVersion: 2 })).rejects.toBeInstanceOf(NotFoundError);

    const [audit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact"), eq(auditEntries.action, "merge"), eq(auditEntries.entityId, a)));
    expect(audit).toMatchObject({ actorId: manager.id, summary: "Nacho Sánchez Amor merged into Ignacio Sanchez Amor" });
    expect(JSON.stringify(audit.changes)).toContain("Co-host 2019.");
    expect(JSON.stringify(audit.changes)).not.toContain("searchText");
  });

  it("keeps the survivor's own values by default and refuses self-merges and roles without the capability", async () => {
    const { id: a } = await createContact(officer, values({ fullName: unique("Default survivor"), notes: "same" }));
    const { id: b } = await createContact(officer, values({ fullName: unique("Default absorbed"), title: "Ombudsman", notes: "same" }));
    for (const user of [viewer, officer, coordinator, null as unknown as TestUser]) {
      await expect(merge(user, { survivorId: a, absorbedId: b, survivorVersion: 1, absorbedVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(mergeSchema.safeParse({ survivorId: a, absorbedId: a, survivorVersion: 1, absorbedVersion: 1 }).success).toBe(false);
    expect(mergeSchema.safeParse({ survivorId: a, absorbedId: b, survivorVersion: 1, absorbedVersion: 1, choices: { title: officer.id } }).success).toBe(false);
    await expect(mergeContacts(admin, { survivorId: a, absorbedId: a, survivorVersion: 1, absorbedVersion: 1, choices: {} })).rejects.toBeInstanceOf(ValidationError);
    await merge(admin, { survivorId: a, absorbedId: b, survivorVersion: 1, absorbedVersion: 1 });
    const survivor = await getContact(viewer, a);
    expect(survivor).toMatchObject({ title: null, notes: "same", doNotContact: false });
  });
});

/**
 * Every column that references a contact, from the database catalog: the foreign keys to
 * contacts(id), and any uuid column named like one (`contact_id`, `…_contact_id`) that has none.
 */
async function contactColumns(): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT t.relname AS "table", a.attname AS "column"
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'public.contacts'::regclass
    UNION
    SELECT c.table_name, c.column_name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.data_type = 'uuid' AND (c.column_name = 'contact_id' OR c.column_name LIKE '%\\_contact\\_id')
     ORDER BY 1, 2`);
  return rowsOf<{ table: string; column: string }>(result).map((r) => `${r.table}.${r.column}`);
}

const registered = mergeReferences.map((r) => `${r.table}.${r.column}`);

/**
 * One row pointing at `contactId` in each column that references contacts: a column the catalog
 * lists must have a maker here, so the merge is shown to move it, not only to list it.
 */
const referrers: Record<string, (contactId: string) => Promise<unknown>> = {
  "contact_emails.contact_id": (contactId) =>
    db.insert(contactEmails).values({ contactId, email: `${unique("moved").replace(" ", "-")}@example.org`, isPrimary: true }),
  "contact_phones.contact_id": (contactId) =>
    db.insert(contactPhones).values({ contactId, phone: `+7 701 ${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`, isPrimary: true }),
  "contact_list_members.contact_id": (contactId) => make.list([contactId]),
  "activities.contact_id": (contactId) => db.insert(activities).values({ contactId, kind: "note", occurredAt: new Date(), subject: "Moved note" }),
  "appeal_recipients.contact_id": async (contactId) => {
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Registry appeal") }).returning();
    await db.insert(appealRecipients).values({ appealId: appeal.id, contactId, name: "Moved recipient" });
  },
  "letter_signatories.contact_id": async (contactId) => db.insert(letterSignatories).values({ letterId: (await make.letter()).id, contactId }),
  "event_participants.contact_id": async (contactId) => db.insert(eventParticipants).values({ eventId: (await make.event()).id, contactId, role: "speaker" }),
  "events.moderator_contact_id": (contactId) => make.event({ moderatorContactId: contactId }),
  "invitations.contact_id": async (contactId) => db.insert(invitations).values({ eventId: (await make.event()).id, contactId }),
  // Derived by triggers: a dispatch that went out makes the contact's engagement row and total.
  "engagement_months.contact_id": (contactId) => dispatchTo(contactId),
  "engagement_totals.contact_id": (contactId) => dispatchTo(contactId),
  // A log the triggers write when a contact's engagement rows go: a dispatch sent, then deleted.
  "engagement_gone.contact_id": async (contactId) => {
    await dispatchTo(contactId);
    await db.execute(sql`DELETE FROM appeal_dispatches d USING appeal_recipients r
      WHERE r.id = d.recipient_id AND r.contact_id = ${contactId} AND r.name = 'Engaged recipient'`);
  },
  "incoming_appeals.sender_contact_id": (contactId) => make.incoming({ senderContactId: contactId }),
  "contacts.merged_into_id": (contactId) => make.contact({ mergedIntoId: contactId }),
};

/** An appeal sent to the contact: one dispatch that went out. */
async function dispatchTo(contactId: string) {
  const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Registry sent appeal"), status: "sent" }).returning();
  const [recipient] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId, name: "Engaged recipient" }).returning();
  await db.insert(appealDispatches).values({ recipientId: recipient.id, sentOn: new Date("2024-05-06"), channel: "email" });
}

describe("merge registry", () => {
  it("handles every column that references a contact (read from the catalog), or says why it keeps it", async () => {
    const columns = await contactColumns();
    expect(columns.length).toBeGreaterThan(0);
    // Registered once each, and only columns that exist: a renamed or dropped column is noticed too.
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered, ...Object.keys(mergeKeeps)].sort()).toEqual(columns);
    for (const key of Object.keys(mergeKeeps)) expect(registered).not.toContain(key);
    for (const reference of mergeReferences) expect(reference.rule.trim(), `${reference.table}.${reference.column}`).not.toBe("");
  });

  it("leaves no row pointing at the absorbed contact, and every moved row points at the survivor", async () => {
    const columns = await contactColumns();
    expect(Object.keys(referrers).sort()).toEqual(columns);
    const a = await make.contact({ fullName: unique("Registry survivor") });
    const b = await make.contact({ fullName: unique("Registry absorbed") });
    for (const column of columns) await referrers[column](b.id);

    const count = async (column: string, id: string) => {
      const [table, name] = column.split(".");
      const [row] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(name)} = ${id}`));
      return row.n;
    };
    const before = new Map<string, number>();
    for (const column of columns) before.set(column, await count(column, b.id));
    for (const column of columns) expect(before.get(column), `${column} before the merge`).toBeGreaterThan(0);

    await merge(manager, { survivorId: a.id, absorbedId: b.id, survivorVersion: a.version, absorbedVersion: b.version });

    for (const column of columns) {
      if (column in mergeKeeps) {
        // Kept, never moved: a log may gain the merge's own entry.
        expect(await count(column, b.id), `${column} is kept on the absorbed contact`).toBeGreaterThanOrEqual(before.get(column)!);
        expect(await count(column, a.id), `${column} is not moved to the survivor`).toBe(0);
        continue;
      }
      expect(await count(column, b.id), `${column} still points at the absorbed contact`).toBe(0);
      // Moved, not deleted: the survivor had nothing of its own here, so nothing was a duplicate.
      // The absorbed contact's own pointer (merged_into_id) is one more.
      const own = column === "contacts.merged_into_id" ? 1 : 0;
      expect(await count(column, a.id), `${column} on the survivor`).toBe(before.get(column)! + own);
    }
  });
});
