import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, rowsOf } from "@/db/client";
import { auditEntries, contactEmails, contactLists, contactPhones, contacts, importSubmissions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/sessions";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { reportImportSchema, reportListName, type ReportPreview } from "@/lib/import/report/schema";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { importReport, previewReport } from "./import-report";
import { phoneColumns } from "./phones";
import { createListOf, nameKey } from "./write";

// Importing a report again: rows that are existing contacts (the same name and a shared e-mail,
// phone, organization or web form) default to updating them, the list is the same list, and one
// review submitted twice — one after the other or at the same moment — is imported once.

let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller, requirePageUser: async () => caller }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const actions = () => import("@/app/(app)/contacts/from-report/actions");
const as = (u: TestUser | null) => {
  caller = u && { ...u, mustChangePassword: false };
};

const dck = readFileSync(path.resolve(__dirname, "../../tests/fixtures/report-dck-ban-2018.txt"), "utf8");
let officer: TestUser;
let manager: TestUser;
let viewer: TestUser;

/** A surname no other test uses ("Kxvbqe"), so counts by name are this file's own. */
function surname(): string {
  const letters = Array.from({ length: 6 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");
  return letters[0].toUpperCase() + letters.slice(1);
}

/** A short report with two addressees of that surname: one with an e-mail, one with a phone. */
const smallReport = (name: string) => `All those willing to support our demands are kindly requested to address the following persons and institutions.

Mr Arman ${name}, Minister of Justice of Kazakhstan, e-mail: arman.${name.toLowerCase()}@justice.example.org

Ms Anna ${name}-Nowak - Head of the Human Rights Department, tel: +48 22 123 4567
`;

async function countByName(name: string): Promise<number> {
  const result = await db.execute(sql`SELECT count(*)::int AS n FROM contacts WHERE ${nameKey(sql`full_name`)} = ${nameKey(sql`${name}::text`)} AND merged_into_id IS NULL`);
  return Number(rowsOf<{ n: number }>(result)[0].n);
}

async function countLists(name: string): Promise<number> {
  const result = await db.execute(sql`SELECT count(*)::int AS n FROM contact_lists WHERE ${nameKey(sql`name`)} = ${nameKey(sql`${name}::text`)}`);
  return Number(rowsOf<{ n: number }>(result)[0].n);
}

const valuesOf = (preview: ReportPreview) => reportImportSchema.parse({ reportName: preview.reportName, importKey: preview.importKey, rows: preview.rows });

beforeAll(async () => {
  [officer, manager, viewer] = await Promise.all([createTestUser("officer"), createTestUser("manager"), createTestUser("viewer")]);
});

describe("importing a report again", () => {
  it("matches by name (case, accents, spacing) and a shared phone in E.164; a name alone is offered, not the default", async () => {
    const name = surname();
    // "ÁRMAN  <name>" has nothing in common with the report's Arman but his name; Anna has her phone written otherwise.
    const [arman, anna] = await db
      .insert(contacts)
      .values([
        { fullName: `ÁRMAN  ${name.toUpperCase()}`, searchText: normalizeForSearch(`Arman ${name}`) },
        { fullName: ` anna ${name.toLowerCase()}-nowak`, country: "PL", searchText: normalizeForSearch(`Anna ${name}-Nowak`) },
      ])
      .returning({ id: contacts.id });
    await db.insert(contactPhones).values({ contactId: anna.id, ...phoneColumns("(22) 123-45-67", "PL"), isPrimary: true });

    const preview = await previewReport(officer, { reportName: unique("Small report"), text: smallReport(name) });
    expect(preview.rows).toHaveLength(2);
    expect(preview.rows[0]).toMatchObject({ name: `Arman ${name}`, duplicateId: arman.id, duplicateReason: "same_name", duplicateDetail: "", action: "new" });
    expect(preview.rows[1]).toMatchObject({ name: `Anna ${name}-Nowak`, duplicateId: anna.id, duplicateReason: "name_phone", duplicateDetail: "+48 22 123 4567", action: "merge" });
    expect(preview.existingList).toBeNull();
    expect(preview.importKey).toMatch(/^[0-9a-f-]{36}$/);

    // Imported with the defaults, then previewed again: Arman now has a twin with his e-mail.
    const first = await importReport(officer, valuesOf(preview));
    expect(first).toMatchObject({ created: 1, merged: 1, listReused: false, listMembers: 2 });
    const again = await previewReport(officer, { reportName: preview.reportName, text: smallReport(name) });
    expect(again.rows[0]).toMatchObject({ duplicateReason: "name_email", duplicateDetail: `arman.${name.toLowerCase()}@justice.example.org`, action: "merge" });
    expect(again.rows[0].duplicateId).not.toBe(arman.id);
    expect(again.existingList).toEqual({ id: first.listId, name: reportListName(preview.reportName), members: 2 });
  });

  it("a second import of the DCK report updates the contacts of the first, into the same list, and creates none", async () => {
    const reportName = unique("DCK ban report");
    const first = await previewReport(officer, { reportName, text: dck });
    const firstResult = await importReport(officer, valuesOf(first));
    expect(firstResult).toMatchObject({ listReused: false, listMembers: 26 });
    const names = first.rows.map((r) => r.name);
    const before = await Promise.all(names.map(countByName));

    const second = await previewReport(officer, { reportName, text: dck });
    expect(second.importKey).not.toBe(first.importKey);
    expect(second.existingList).toMatchObject({ id: firstResult.listId, members: 26 });
    // Every row is an existing contact now, and is set to update it, saying why.
    for (const row of second.rows) {
      expect(row.action, row.name).toBe("merge");
      expect(["name_email", "name_phone", "name_organization", "name_web", "email"], row.name).toContain(row.duplicateReason);
    }
    const byName = (n: string) => second.rows.find((r) => r.name === n)!;
    expect(byName("George Tsereteli")).toMatchObject({ duplicateReason: "name_phone", duplicateDetail: "+43 1 523 3002" });
    expect(byName("Ra’ad Zeid Al-Hussein")).toMatchObject({ duplicateReason: "name_phone", duplicateDetail: "+41 22 917 9220" });
    expect(byName("Justin Trudeau")).toMatchObject({ duplicateReason: "name_organization", duplicateDetail: "Office of the Prime Minister of Canada" });
    expect(byName("US Secretary of State")).toMatchObject({ duplicateReason: "name_web", duplicateDetail: "https://register.state.gov/contactus/contactusform" });
    expect(byName("Administration of the President of the Republic of Kazakhstan")).toMatchObject({ duplicateReason: "name_email", duplicateDetail: "aprk@akorda.kz" });

    as(officer);
    const result = await (await actions()).importReportAction({ reportName, importKey: second.importKey, rows: second.rows });
    if (!result.ok) throw new Error(JSON.stringify(result));
    // Nothing new to write either: the contacts of the first import hold all the report gives.
    expect(result.data).toMatchObject({ created: 0, merged: 26, unchanged: 26, listId: firstResult.listId, listReused: true, listAdded: 0, listMembers: 26 });
    expect(result.data.repeated).toBeUndefined();
    expect(await Promise.all(names.map(countByName))).toEqual(before);
    expect(await countLists(reportListName(reportName))).toBe(1);
    const listAudit = await db.select({ action: auditEntries.action, summary: auditEntries.summary }).from(auditEntries)
      .where(and(eq(auditEntries.entity, "contact_list"), eq(auditEntries.entityId, firstResult.listId)));
    expect(listAudit.map((a) => a.action).sort()).toEqual(["add_members", "create"]);
  });

  it("a review submitted twice at the same moment, then once more, is imported once", async () => {
    const name = surname();
    const preview = await previewReport(officer, { reportName: unique("Twice report"), text: smallReport(name) });
    const values = valuesOf(preview);
    const [a, b] = await Promise.all([importReport(officer, values), importReport(officer, values)]);
    expect(a.listId).toBe(b.listId);
    expect([a.repeated, b.repeated].filter(Boolean)).toHaveLength(1);
    expect({ ...a, repeated: undefined }).toEqual({ ...b, repeated: undefined });

    const auditCount = async () => (await db.select({ id: auditEntries.id }).from(auditEntries).where(eq(auditEntries.actorId, officer.id))).length;
    const audits = await auditCount();
    as(officer);
    const third = await (await actions()).importReportAction({ reportName: preview.reportName, importKey: preview.importKey, rows: preview.rows });
    expect(third).toMatchObject({ ok: true, data: { listId: a.listId, created: a.created, repeated: true } });
    expect(await auditCount()).toBe(audits);

    expect(await countByName(`Arman ${name}`)).toBe(1);
    expect(await countByName(`Anna ${name}-Nowak`)).toBe(1);
    expect(await db.select().from(contactEmails).where(eq(contactEmails.email, `arman.${name.toLowerCase()}@justice.example.org`))).toHaveLength(1);
    expect(await countLists(reportListName(preview.reportName))).toBe(1);
    const imports = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "import"), eq(auditEntries.entityId, a.listId)));
    expect(imports).toHaveLength(1);
    const [stored] = await db.select().from(importSubmissions).where(eq(importSubmissions.key, preview.importKey));
    expect(stored).toMatchObject({ kind: "report", userId: officer.id, result: { listId: a.listId } });
  });

  it("refuses a viewer, an anonymous caller and another user's key; a refused or failed import leaves its key unused", async () => {
    const name = surname();
    const reportName = unique("Refused report");
    const preview = await previewReport(officer, { reportName, text: smallReport(name) });
    const values = valuesOf(preview);

    await expect(importReport(viewer, values)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importReport(null as never, values)).rejects.toBeInstanceOf(ForbiddenError);
    const { importReportAction } = await actions();
    const input = { reportName, importKey: preview.importKey, rows: preview.rows };
    as(viewer);
    expect(await importReportAction(input)).toMatchObject({ ok: false, formError: new ForbiddenError().message });
    as(null);
    expect(await importReportAction(input)).toMatchObject({ ok: false });
    expect(await db.select().from(importSubmissions).where(eq(importSubmissions.key, preview.importKey))).toHaveLength(0);

    // A row set to update a contact that no longer exists fails the whole import, key included.
    const gone = { ...values, rows: values.rows.map((r, i) => (i === 1 ? { ...r, mergeIntoId: randomUUID() } : r)) };
    await expect(importReport(officer, gone)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.select().from(importSubmissions).where(eq(importSubmissions.key, preview.importKey))).toHaveLength(0);
    expect(await countByName(`Arman ${name}`)).toBe(0);

    const done = await importReport(officer, values);
    expect(done).toMatchObject({ created: 2, listReused: false });
    expect(done.repeated).toBeUndefined();
    // The key is the officer's: another writer presenting it gets nothing of the first result.
    await expect(importReport(manager, values)).rejects.toThrow("This review cannot be imported again.");
    expect(await countByName(`Arman ${name}`)).toBe(1);
  });

  it("adds to an existing list whose name differs only in case, accents and spacing", async () => {
    const name = surname();
    const listName = reportListName(`Réport ${name}`);
    const existing = await db.transaction((tx) => createListOf(tx, officer, { name: `  ${listName.toUpperCase()} `, description: "", source: "manual" }, [], ""));
    const preview = await previewReport(officer, { reportName: `report   ${name.toLowerCase()}`, text: smallReport(name) });
    expect(preview.existingList).toMatchObject({ id: existing.id, members: 0 });
    const result = await importReport(officer, valuesOf(preview));
    expect(result).toMatchObject({ listId: existing.id, listReused: true, listAdded: 2, listMembers: 2 });
    expect(await db.select().from(contactLists).where(eq(contactLists.id, existing.id))).toHaveLength(1);
  });
});
