// The MEP CSV as an EP roster on a real database: created as parliamentarians, re-imported
// without duplicates (by EP id first, then e-mail), updates previewed field by field, and an older
// list never moving anyone back to a group they have left.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactPhones, contacts } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { RosterUpload } from "@/lib/import/roster/groups";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { applyRoster, previewRoster } from "./import-roster";
import { updateContact } from "./mutations";
import { contactFormSchema } from "./schema";

const sample = readFileSync(path.join(__dirname, "../import/testdata/rosters/meps-current-term.csv"), "utf8");
const upload = (text: string, asOf?: string, fileName = "meps.csv"): RosterUpload => ({ body: "european_parliament", fileName, content: Buffer.from(text).toString("base64"), asOf });
const header = "first_name,last_name,email,country,eugroup,party,phone,committee,delegation,epid,twitter";
const ids = sample.trim().split("\n").slice(1).map((line) => line.split(",").at(-2)!);
const mep = (epid: string) => db.select().from(contacts).where(and(eq(contacts.parliamentaryBody, "european_parliament"), eq(contacts.externalId, epid))).then((r) => r);
const smallIds = ["t-701", "t-702", "t-703"];

let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
});
// Other files import EP rosters into the same database: members of this one must not linger as theirs.
afterAll(async () => {
  await db.delete(contacts).where(and(eq(contacts.parliamentaryBody, "european_parliament"), inArray(contacts.externalId, [...ids, ...smallIds])));
});

describe("importing the MEP CSV as the EP roster", () => {
  it("creates the MEPs with body, group, country, committees, party, handle, e-mail and phone; a re-import changes nothing", async () => {
    const preview = await previewRoster(officer, upload(sample, undefined, "meps-current-term.csv"));
    expect(preview).toMatchObject({ listed: 60, errorCount: 0, counts: { new: 60, updated: 0, unchanged: 0 } });
    expect(preview.changes.filter((c) => c.kind === "new")).toHaveLength(20);
    expect(await mep(ids[0])).toEqual([]);

    const applied = await applyRoster(officer, upload(sample, undefined, "meps-current-term.csv"));
    expect(applied.counts).toMatchObject({ new: 60, updated: 0 });
    const [first] = await mep(ids[0]);
    expect(first).toMatchObject({
      fullName: "Anneliese Brandstätter", parliamentaryBody: "european_parliament", country: "AT", delegation: "AT", politicalGroup: "EPP",
      committees: ["AFET", "INTA", "TRAN", "D-KZ"], tags: ["party:ÖVP", "twitter:@abrandstatterME", "MEP"], institutionType: "parliament",
      title: "Member of the European Parliament", source: "roster:ep", sourceRef: "meps-current-term.csv", version: 1,
    });
    expect(await db.select({ email: contactEmails.email, isPrimary: contactEmails.isPrimary }).from(contactEmails).where(eq(contactEmails.contactId, first.id)))
      .toEqual([{ email: "anneliese.brandstatter@europarl.europa.eu", isPrimary: true }]);
    expect(await db.select({ phone: contactPhones.phone, e164: contactPhones.phoneE164 }).from(contactPhones).where(eq(contactPhones.contactId, first.id)))
      .toEqual([{ phone: "+32 2 28 40137", e164: "+3222840137" }]);
    const [renew] = await mep(ids[2]);
    expect(renew).toMatchObject({ politicalGroup: "Renew Europe", country: "BE" });

    expect((await applyRoster(officer, upload(sample))).counts).toMatchObject({ new: 0, updated: 0, unchanged: 60 });
    const all = await db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.externalId, ids));
    expect(all).toHaveLength(60);
    const [audit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "roster"), eq(auditEntries.actorId, officer.id))).orderBy(auditEntries.at).limit(1);
    expect(audit.changes).toMatchObject({ asOf: { after: new Date().toISOString().slice(0, 10) }, created: { after: expect.arrayContaining([first.id]) } });
  });

  it("previews an update field by field (before → after), matches by EP id before e-mail, and adds the new address", async () => {
    // Todor Iliev switched to Renew and has a new address; his old one now belongs to somebody else's row.
    const changed = sample
      .replace("Todor,Iliev,todor.iliev@europarl.europa.eu,BG,EPP,GERB", "Todor,Iliev,t.iliev@europarl.europa.eu,BG,Renew,GERB")
      .replace("Ivana,Kovačić,ivana.kovacic@europarl.europa.eu", "Ivana,Kovačić,todor.iliev@europarl.europa.eu");
    const preview = await previewRoster(officer, upload(changed));
    expect(preview.counts).toMatchObject({ new: 0, updated: 2, unchanged: 58 });
    expect(preview.changes.filter((c) => c.kind !== "left").map((c) => [c.kind, c.name, c.details])).toEqual([
      ["updated", "Todor Iliev", "group: EPP → Renew Europe; e-mail added: t.iliev@europarl.europa.eu"],
      ["updated", "Ivana Kovačić", "e-mail added: todor.iliev@europarl.europa.eu"],
    ]);
    await applyRoster(officer, upload(changed));
    const [iliev] = await mep(ids[4]);
    expect(iliev).toMatchObject({ fullName: "Todor Iliev", politicalGroup: "Renew Europe", version: 2 });
    expect(await db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.externalId, ids))).toHaveLength(60);
  });

  it("links a contact entered before any roster by its e-mail, giving it the body and the EP id", async () => {
    const [mine] = await db.insert(contacts).values({ fullName: "Mrs Rūta Jankauskienė", notes: "Spoke at the 2024 hearing." }).returning();
    await db.insert(contactEmails).values({ contactId: mine.id, email: "ruta.jankauskiene@europarl.europa.eu", isPrimary: true });
    // Her roster contact from the first test is set aside, as if it had never been imported.
    await db.update(contacts).set({ externalId: null, parliamentaryBody: null, fullName: "Old copy" }).where(eq(contacts.externalId, ids[35]));
    await db.delete(contactEmails).where(and(eq(contactEmails.email, "ruta.jankauskiene@europarl.europa.eu"), eq(contactEmails.isPrimary, true), inArray(contactEmails.contactId, db.select({ id: contacts.id }).from(contacts).where(eq(contacts.fullName, "Old copy")))));
    const result = await applyRoster(officer, upload(sample));
    expect(result.changes.find((c) => c.externalId === ids[35])).toMatchObject({ kind: "linked", details: expect.stringContaining("body: — → European Parliament; group: — → S&D") });
    const [linked] = await mep(ids[35]);
    expect(linked).toMatchObject({ id: mine.id, fullName: "Rūta Jankauskienė", notes: "Spoke at the 2024 hearing.", politicalGroup: "S&D", country: "LT" });
  });
});

describe("a roster older than what is stored", () => {
  const small = (group: string) =>
    [header, ...smallIds.map((id, i) => `Test${i},Member${i},t${i}.${id}@ep.example,DE,${i === 0 ? group : "EPP"},,,,,${id},`)].join("\n");

  it("keeps the newer group (by the roster's date and by a change made by hand), marks nobody as left, and lets a newer list replace it", async () => {
    await applyRoster(officer, upload(small("S&D"), "2025-06-01"));
    expect((await mep("t-701"))[0]).toMatchObject({ politicalGroup: "S&D", politicalGroupSince: "2025-06-01" });

    // Last year's list says EPP: the group held since 2025-06-01 stays.
    const older = await previewRoster(officer, upload(small("EPP"), "2024-07-16"));
    expect(older.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3, left: 0 });
    expect(older.issues.map((i) => i.message)).toContain("keeps the group “S&D” held since 2025-06-01: this list (2024-07-16) is older and says “EPP”.");
    expect(older.issues[0].message).toMatch(/^is dated 2024-07-16, before the list imported last \(\d{4}-\d{2}-\d{2}\): members it does not list are not marked as left/);
    expect((await applyRoster(officer, upload(small("EPP"), "2024-07-16"))).counts.left).toBe(0);
    expect((await mep("t-701"))[0]).toMatchObject({ politicalGroup: "S&D", politicalGroupSince: "2025-06-01" });

    // Another list of the same day wins (re-importing is idempotent), and dates the group with its own day, not today's.
    await applyRoster(officer, upload(small("Renew"), "2025-06-01"));
    expect((await mep("t-701"))[0]).toMatchObject({ politicalGroup: "Renew Europe", politicalGroupSince: "2025-06-01" });

    // A newer list replaces it, or confirms it: the group is then held since that list's date.
    await applyRoster(officer, upload(small("Renew"), "2025-09-01"));
    const [member] = await mep("t-701");
    expect(member).toMatchObject({ politicalGroup: "Renew Europe", politicalGroupSince: "2025-09-01" });

    // Changed by hand today (after the list of 2025-09-01): a list of 2025-10-01 does not undo it.
    const values = contactFormSchema.parse({
      kind: "person", honorific: "", firstName: member.firstName, lastName: member.lastName, fullName: member.fullName, nameNative: "", title: "", organizationId: "",
      newOrganizationName: "", department: "", institutionType: "parliament", country: "DE", postalAddress: "", webFormUrl: "", salutation: "", language: "",
      parliamentaryBody: "european_parliament", delegation: "DE", politicalGroup: "ECR", committees: "", tags: member.tags.join(", "), notes: "",
      doNotContact: false, doNotContactReason: "", emails: [], phones: [],
    });
    await updateContact(officer, { id: member.id, version: member.version, values });
    expect((await mep("t-701"))[0]).toMatchObject({ politicalGroup: "ECR", politicalGroupSince: new Date().toISOString().slice(0, 10) });
    await applyRoster(officer, upload(small("Renew"), "2025-10-01"));
    expect((await mep("t-701"))[0].politicalGroup).toBe("ECR");
  });
});

describe("who may import", () => {
  it("refuses viewers and anonymous callers, writing nothing, and a date in the future is not a roster's date", async () => {
    const file = upload(`${header}\nRefused,Person,refused@ep.example,FR,EPP,,,,,t-999,\n`);
    for (const user of [viewer, null]) {
      // @ts-expect-error: an anonymous caller has no user at all
      await expect(previewRoster(user, file)).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: an anonymous caller has no user at all
      await expect(applyRoster(user, file)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await mep("t-999")).toEqual([]);
    await expect(previewRoster(officer, { ...file, body: "pace" })).rejects.toBeInstanceOf(ValidationError);
    const { rosterUploadSchema } = await import("@/lib/import/roster/groups");
    expect(rosterUploadSchema.safeParse({ ...file, asOf: "2999-01-01" }).success).toBe(false);
    expect(rosterUploadSchema.safeParse({ ...file, asOf: "2024-07-16" }).success).toBe(true);
  });
});
