import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, auditEntries, contactListMembers, contactLists, contacts, organizations } from "@/db/schema";
import { ForbiddenError, StaleError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { logActivity } from "./activities";
import { createContact, deleteContact, updateContact } from "./mutations";
import { listPickerOptions } from "@/lib/lists/queries";
import { getContact, listContacts, listsOfContact } from "./queries";
import { contactFormSchema, contactListSchema, type ContactFormInput } from "./schema";
import { getContactTimeline } from "./timeline";

const emptyForm: ContactFormInput = {
  kind: "person", honorific: "", firstName: "", lastName: "", fullName: "", nameNative: "", title: "", organizationId: "",
  newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "",
  language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "",
  doNotContact: false, doNotContactReason: "", emails: [], phones: [],
};
export const contactValues = (over: Partial<ContactFormInput> = {}) => contactFormSchema.parse({ ...emptyForm, ...over });

let officer: TestUser;
let manager: TestUser;
let viewer: TestUser;
let coordinator: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [officer, manager, viewer, coordinator, admin] = await Promise.all(
    (["officer", "manager", "viewer", "coordinator", "admin"] as const).map((r) => createTestUser(r)),
  );
});

describe("contact form schema", () => {
  it("derives the full name, splits comma lists and requires exactly one primary channel", () => {
    const v = contactValues({ firstName: "Zhanara", lastName: "Akhmetova", committees: "AFET, DROI,, AFET", tags: " exile , journalist " });
    expect(v).toMatchObject({ fullName: "Zhanara Akhmetova", committees: ["AFET", "DROI"], tags: ["exile", "journalist"], honorific: null });
    const twoPrimaries = { ...emptyForm, fullName: "X", emails: [{ value: "a@x.org", label: "", primary: true }, { value: "b@x.org", label: "", primary: true }] };
    expect(contactFormSchema.safeParse(twoPrimaries).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...twoPrimaries, emails: [{ value: "a@x.org", label: "", primary: false }] }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...emptyForm, fullName: "X", webFormUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...emptyForm, fullName: "X", country: "QQ" }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...emptyForm }).success).toBe(false);
  });

  it("parses list parameters from the URL defensively", () => {
    expect(contactListSchema.parse({ kind: "x", body: "pace", country: "kz", list: "nope", dnc: "maybe", page: "-1" })).toMatchObject({
      kind: "all", body: "pace", country: "KZ", list: "", dnc: "any", sort: "relevance", page: 1,
    });
  });
});

describe("contacts", () => {
  it("creates, edits with the version check and deletes, replacing e-mails and phones and auditing each step", async () => {
    const orgName = unique("Ministry of Justice of Ukraine");
    const { id } = await createContact(officer, contactValues({
      fullName: unique("Denys Maliuska"), title: "Minister of Justice", newOrganizationName: orgName, country: "UA",
      emails: [{ value: "min@minjust.gov.ua", label: "office", primary: true }, { value: "press@minjust.gov.ua", label: "", primary: false }],
      phones: [{ value: "+380 44 278 37 23", label: "office", primary: true }],
    }));
    const created = await getContact(viewer, id);
    expect(created).toMatchObject({ organizationName: orgName, version: 1, createdById: officer.id });
    expect(created.emails.map((e) => [e.value, e.primary])).toEqual([["min@minjust.gov.ua", true], ["press@minjust.gov.ua", false]]);
    const [org] = await db.select().from(organizations).where(eq(organizations.name, orgName));
    expect(org.searchText).toBe(normalizeForSearch(orgName));

    const edited = contactValues({
      fullName: created.fullName, title: "Former Minister", organizationId: org.id,
      emails: [{ value: "private@example.org", label: "private", primary: true }], phones: [],
    });
    const { version } = await updateContact(coordinator, { id, version: 1, values: edited });
    expect(version).toBe(2);
    await expect(updateContact(officer, { id, version: 1, values: { ...edited, title: "Stale" } })).rejects.toBeInstanceOf(StaleError);
    const after = await getContact(viewer, id);
    expect(after).toMatchObject({ title: "Former Minister", version: 2 });
    expect(after.emails).toEqual([{ value: "private@example.org", label: "private", primary: true }]);
    expect(after.phones).toEqual([]);

    await expect(deleteContact(officer, { id, version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteContact(manager, { id, version: 2 });
    await expect(getContact(viewer, id)).rejects.toThrow();

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "delete"]);
    expect(audit[1].changes).toMatchObject({
      title: { before: "Minister of Justice", after: "Former Minister" },
      emails: { after: [{ value: "private@example.org", label: "private", primary: true }] },
      phones: { before: [{ value: "+380 44 278 37 23", label: "office", primary: true }], after: [] },
    });
    expect(audit[1].changes).not.toHaveProperty("searchText");
    expect(audit[2]).toMatchObject({ actorId: manager.id });
  });

  it("finds contacts across scripts, accents and typos", async () => {
    const tag = unique("t").replace(" ", "");
    const tagged = (over: Partial<ContactFormInput>) => contactValues({ ...over, tags: tag });
    const { id: zhanara } = await createContact(officer, tagged({ fullName: "Жанара Ахметова", title: "Journalist" }));
    const { id: petras } = await createContact(officer, tagged({ fullName: "Petras Auštrevičius", title: "Member of the European Parliament", parliamentaryBody: "european_parliament" }));
    const { id: yerzhan } = await createContact(officer, tagged({ fullName: "Yerzhan Yessimkhanov", nameNative: "Ержан Есимханов" }));
    const { id: prosecutor } = await createContact(officer, tagged({ fullName: "Berik Asylov", title: "Prosecutor General", newOrganizationName: unique("General Prosecutor's Office of Kazakhstan") }));
    const ids = async (q: string) => (await listContacts(viewer, contactListSchema.parse({ q, tag }))).rows.map((r) => r.id);

    for (const q of ["akhmetova", "Ахметова", "Akhmetva", "zhanara akhmetova", "AKHMETOVA", "akhmetova zhanara", "Janara Ahmetova"]) expect(await ids(q), q).toContain(zhanara);
    for (const q of ["Austrevicius", "Auštrevičius", "austrevicus"]) expect(await ids(q), q).toContain(petras);
    for (const q of ["Yerzhan", "Erzhan", "Ержан", "Есимханов"]) expect(await ids(q), q).toContain(yerzhan);
    expect(await ids("prosecutor general")).toEqual([prosecutor]);
    expect(await ids("general prosecutor's office")).toEqual([prosecutor]);
    // The closest name comes first.
    expect((await ids("akhmetova"))[0]).toBe(zhanara);
  });

  it("filters and pages in SQL", async () => {
    const tag = unique("f").replace(" ", "");
    const [list] = await db.insert(contactLists).values({ name: unique("Report addressees") }).returning();
    for (let i = 0; i < 27; i++) {
      const { id } = await createContact(officer, contactValues({
        fullName: `Member ${String(i).padStart(2, "0")} ${tag}`, tags: `${tag}, mep`, parliamentaryBody: i % 3 === 0 ? "pace" : "european_parliament",
        country: i % 2 ? "DE" : "PL", politicalGroup: "EPP", committees: i === 5 ? "DROI, AFET" : "AFET", doNotContact: i === 7, doNotContactReason: "asked",
      }));
      if (i < 4) await db.insert(contactListMembers).values({ listId: list.id, contactId: id });
    }
    const q = (p: Record<string, string>) => listContacts(viewer, contactListSchema.parse({ tag, ...p }));
    const first = await q({ sort: "name" });
    expect(first).toMatchObject({ total: 27, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0].fullName).toBe(`Member 00 ${tag}`);
    expect((await q({ sort: "name", page: "2" })).rows.map((r) => r.fullName)).toEqual([`Member 25 ${tag}`, `Member 26 ${tag}`]);
    expect((await q({ body: "pace" })).total).toBe(9);
    expect((await q({ country: "de" })).total).toBe(13);
    expect((await q({ committee: "DROI" })).total).toBe(1);
    expect((await q({ group: "epp" })).total).toBe(27);
    expect((await q({ dnc: "yes" })).total).toBe(1);
    expect((await q({ dnc: "no" })).total).toBe(26);
    expect((await q({ list: list.id })).total).toBe(4);
    expect((await q({ kind: "organization" })).total).toBe(0);
    expect((await listPickerOptions(viewer)).map((l) => l.id)).toContain(list.id);
    const member = (await q({ list: list.id, sort: "name" })).rows[0];
    expect((await listsOfContact(viewer, member.id)).map((l) => l.name)).toEqual([list.name]);
  });

  it("finds parliamentarians contacted before a day and not since, of a body or of any parliament", async () => {
    const tag = unique("dormant").toLowerCase().replace(/[^a-z0-9]/g, "");
    const person = async (name: string, body: "pace" | "european_parliament" | "", lastContact: string | null) => {
      const { id } = await createContact(officer, contactValues({ fullName: unique(name), tags: tag, parliamentaryBody: body, country: "LT" }));
      // The activity's trigger sets last_contacted_at.
      if (lastContact) await db.insert(activities).values({ contactId: id, kind: "meeting", occurredAt: new Date(lastContact), subject: "Meeting" });
      return id;
    };
    const quiet = await person("Quiet PACE member", "pace", "2025-06-01T10:00:00Z");
    const lastNight = await person("Met the night before", "european_parliament", "2025-12-14T23:59:59Z");
    await person("Met on the day", "pace", "2025-12-15T00:00:00Z");
    await person("Never contacted", "pace", null);
    const official = await person("Quiet official", "", "2025-01-01T10:00:00Z");
    const merged = await person("Merged away", "pace", "2025-01-01T10:00:00Z");
    await db.update(contacts).set({ mergedIntoId: quiet }).where(eq(contacts.id, merged));

    const ids = async (p: Record<string, string>) => (await listContacts(viewer, contactListSchema.parse({ tag, ...p }))).rows.map((r) => r.id).sort();
    expect(await ids({ notContactedSince: "2025-12-15" })).toEqual([quiet, lastNight, official].sort());
    expect(await ids({ notContactedSince: "2025-12-15", body: "any_parliament" })).toEqual([quiet, lastNight].sort());
    expect(await ids({ notContactedSince: "2025-12-15", body: "pace", country: "LT" })).toEqual([quiet]);
    expect(await ids({ notContactedSince: "2025-06-01" })).toEqual([official]);
    expect(await ids({ body: "any_parliament" })).toHaveLength(4);
    expect(contactListSchema.parse({ notContactedSince: "2025-02-30", body: "any" })).toMatchObject({ notContactedSince: "", body: "all" });
  });

  it("refuses deletion of a contact who signed a letter (merge instead)", async () => {
    const { insertHistory } = await import("@/tests/fixtures/contact-history");
    const { id } = await createContact(officer, contactValues({ fullName: unique("Signed MEP") }));
    await insertHistory(officer.id, id);
    await expect(deleteContact(admin, { id, version: 1 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses every read and write to roles without the capability, and to nobody", async () => {
    const { id } = await createContact(officer, contactValues({ fullName: unique("Policy target") }));
    const values = contactValues({ fullName: "x" });
    const activity = { contactId: id, values: { kind: "call" as const, occurredAt: "2026-01-01T10:00", timeZone: "UTC", subject: "x call", body: "" } };
    await expect(createContact(viewer, values)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateContact(viewer, { id, version: 1, values })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logActivity(viewer, activity)).rejects.toBeInstanceOf(ForbiddenError);
    for (const user of [viewer, officer, coordinator]) await expect(deleteContact(user, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const nobody = null as unknown as TestUser;
    await expect(listContacts(nobody, contactListSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getContact(nobody, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listsOfContact(nobody, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPickerOptions(nobody)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getContactTimeline(nobody, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createContact(nobody, values)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateContact(nobody, { id, version: 1, values })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteContact(nobody, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logActivity(nobody, activity)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getContact(manager, id)).version).toBe(1);
  });
});
