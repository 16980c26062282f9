import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import iconv from "iconv-lite";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactListMembers, contactPhones, contacts, importJobs, organizations } from "@/db/schema";
import { normalizeForSearch } from "@/lib/search/normalize";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { checkCsv, importCsv, importProgress, previewCsv } from "./import-csv";
import { csvImportSchema, readImportInput, type ImportOptions } from "@/lib/import/csv/schema";

let officer: TestUser;
let coordinator: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, coordinator, viewer] = await Promise.all((["officer", "coordinator", "viewer"] as const).map((r) => createTestUser(r)));
});

const file = (text: string, fileName = "contacts.csv") => ({ fileName, bytes: new Uint8Array(Buffer.from(text, "utf8")) });
const skip: ImportOptions = { existing: "skip", listName: "" };
const countContacts = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(contacts))[0].n;

/** A UTF-8 file of `n` people with unique e-mails, all at one (unique) organization. */
function peopleCsv(tag: string, n: number, org = `Org ${tag}`) {
  const lines = ["Name;Email;Phone;Organization;Job title"];
  for (let i = 1; i <= n; i++) lines.push(`Person ${i} ${tag};p${i}.${tag}@example.org;+32 2 284 ${String(1000 + i)};${org};Adviser`);
  return lines.join("\n");
}

async function preparedImport(text: string, fileName: string, options = skip) {
  const preview = await previewCsv(officer, file(text, fileName));
  return { file: file(text, fileName), mapping: preview.mapping, options };
}

describe("CSV import", () => {
  it("previews, checks and imports a UTF-8 file with e-mails, phones, an organization and a new list", async () => {
    const tag = randomUUID().slice(0, 8);
    const text = peopleCsv(tag, 3);
    const preview = await previewCsv(officer, file(text));
    expect(preview).toMatchObject({ encoding: "utf-8", delimiter: ";", totalRows: 3, mapping: ["fullName", "email", "phone", "organization", "title"] });
    expect(preview.sample).toHaveLength(3);

    const check = await checkCsv(officer, { file: file(text), mapping: preview.mapping });
    expect(check).toEqual({ totalRows: 3, validRows: 3, existing: 0, errors: [], errorCount: 0 });

    const jobId = randomUUID();
    const result = await importCsv(officer, { file: file(text, `people-${tag}.csv`), mapping: preview.mapping, options: { existing: "skip", listName: `List ${tag}` }, jobId });
    expect(result).toMatchObject({ created: 3, updated: 0, skipped: 0, organizationsCreated: 1, listName: `List ${tag}` });

    const imported = await db.select().from(contacts).where(eq(contacts.sourceRef, `people-${tag}.csv`));
    expect(imported).toHaveLength(3);
    expect(imported.every((c) => c.source === "import:csv" && c.title === "Adviser" && c.createdById === officer.id)).toBe(true);
    expect(imported[0].searchText).toContain(normalizeForSearch(`Org ${tag}`));
    const [org] = await db.select().from(organizations).where(eq(organizations.name, `Org ${tag}`));
    expect(imported.every((c) => c.organizationId === org.id)).toBe(true);
    const ids = imported.map((c) => c.id);
    expect(await db.select().from(contactEmails).where(and(inArray(contactEmails.contactId, ids), eq(contactEmails.isPrimary, true)))).toHaveLength(3);
    expect(await db.select().from(contactPhones).where(inArray(contactPhones.contactId, ids))).toHaveLength(3);
    expect(await db.select().from(contactListMembers).where(eq(contactListMembers.listId, result.listId!))).toHaveLength(3);

    const [audit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "import"), eq(auditEntries.actorId, officer.id)));
    expect(audit.summary).toContain(`people-${tag}.csv: 3 created, 0 updated, 0 skipped`);
    expect(await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact_list"), eq(auditEntries.entityId, result.listId!)))).toHaveLength(1);
    expect(await importProgress(officer, jobId)).toMatchObject({ status: "done", total: 3, processed: 3 });
    await expect(importProgress(coordinator, jobId)).rejects.toThrow(NotFoundError);
  });

  it("reports a job cut off by a stopped server as failed, not running forever", async () => {
    const jobId = randomUUID();
    // What a killed server leaves: the job row written, the import's transaction rolled back.
    await db.insert(importJobs).values({ id: jobId, userId: officer.id, fileName: "big.csv", total: 5000, processed: 1200 });
    expect(await importProgress(officer, jobId)).toMatchObject({ status: "running", processed: 1200 });
    await db.update(importJobs).set({ updatedAt: new Date(Date.now() - 11 * 60_000) }).where(eq(importJobs.id, jobId));
    expect(await importProgress(officer, jobId)).toMatchObject({ status: "failed", processed: 0, error: expect.stringContaining("interrupted") });
  });

  it("on re-import skips existing e-mails, or updates those contacts", async () => {
    const tag = randomUUID().slice(0, 8);
    await importCsv(officer, await preparedImport(peopleCsv(tag, 2), `a-${tag}.csv`));
    const before = await countContacts();

    const again = await importCsv(officer, await preparedImport(peopleCsv(tag, 2), `b-${tag}.csv`));
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    expect(await countContacts()).toBe(before);

    const changed = peopleCsv(tag, 2).replaceAll("Adviser", "Head of unit").replace(`+32 2 284 1001`, "+32 2 284 9999");
    const check = await checkCsv(officer, { file: file(changed), mapping: (await previewCsv(officer, file(changed))).mapping });
    expect(check.existing).toBe(2);
    const updated = await importCsv(officer, await preparedImport(changed, `c-${tag}.csv`, { existing: "update", listName: "" }));
    expect(updated).toMatchObject({ created: 0, updated: 2, skipped: 0 });
    expect(await countContacts()).toBe(before);
    const [person] = await db.select().from(contacts).where(eq(contacts.fullName, `Person 1 ${tag}`));
    expect(person).toMatchObject({ title: "Head of unit", version: 2, sourceRef: `a-${tag}.csv` });
    expect(person.searchText).toContain(normalizeForSearch("Head of unit"));
    const phones = await db.select().from(contactPhones).where(eq(contactPhones.contactId, person.id));
    expect(phones.map((p) => p.phone).sort()).toEqual(["+32 2 284 1001", "+32 2 284 9999"]);
  });

  it("imports nothing when one row is bad, and reports its line", async () => {
    const tag = randomUUID().slice(0, 8);
    const text = peopleCsv(tag, 4).replace(`p3.${tag}@example.org`, "not-an-address");
    const input = await preparedImport(text, `bad-${tag}.csv`);
    const check = await checkCsv(officer, input);
    expect(check).toMatchObject({ totalRows: 4, validRows: 3 });
    expect(check.errors).toEqual([{ line: 4, reason: expect.stringContaining("not-an-address") }]);
    const before = await countContacts();
    await expect(importCsv(officer, input)).rejects.toThrow(/line 4: .*nothing has been imported/);
    expect(await countContacts()).toBe(before);
  });

  it("reads the Windows-1251 file, refuses its bad line 4, and imports it once fixed", async () => {
    const bytes = readFileSync(path.join(__dirname, "../import/testdata/csv/russian-windows-1251.csv"));
    const preview = await previewCsv(officer, { fileName: "ru.csv", bytes });
    expect(preview).toMatchObject({ encoding: "windows-1251", delimiter: ";" });
    const check = await checkCsv(officer, { file: { fileName: "ru.csv", bytes }, mapping: preview.mapping });
    expect(check.errors.map((e) => e.line)).toEqual([4]);
    expect(check.errors[0].reason).toContain("aigul@example.kz");
    await expect(importCsv(officer, { file: { fileName: "ru.csv", bytes }, mapping: preview.mapping, options: skip })).rejects.toThrow(ValidationError);

    // Unique addresses, so this test does not depend on what earlier runs left in the database.
    const tag = randomUUID().slice(0, 8);
    const fixed = iconv.encode(iconv.decode(bytes, "win1251").replace("aigul [at] example.kz", "aigul@example.kz").replaceAll("@example.", `@${tag}.example.`), "win1251");
    const result = await importCsv(officer, { file: { fileName: "ru-fixed.csv", bytes: new Uint8Array(fixed) }, mapping: preview.mapping, options: skip });
    expect(result).toMatchObject({ created: 4, skipped: 0 });
    const [zhanara] = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.sourceRef, "ru-fixed.csv"), sql`${contacts.id} IN (SELECT contact_id FROM contact_emails WHERE email = ${`zhanara@${tag}.example.kz`})`));
    expect(zhanara).toMatchObject({ fullName: "Жанара Ахметова", country: "KZ" });
    expect(zhanara.searchText).toContain(normalizeForSearch("Zhanara Akhmetova"));
  });

  it("imports more rows than one batch, reporting progress on a job row outside the transaction", async () => {
    const tag = randomUUID().slice(0, 8);
    const jobId = randomUUID();
    const seen: number[] = [];
    const input = { ...(await preparedImport(peopleCsv(tag, 1_200), `big-${tag}.csv`)), jobId };
    const running = importCsv(officer, input);
    // Polled as the browser does; on PostgreSQL the counts written mid-transaction are visible.
    for (let done = false; !done; ) {
      const progress = await importProgress(officer, jobId);
      if (progress) seen.push(progress.processed);
      done = progress?.status === "done";
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await running).toMatchObject({ created: 1_200 });
    expect(seen.at(-1)).toBe(1_200);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(contacts).where(eq(contacts.sourceRef, `big-${tag}.csv`))).toEqual([{ n: 1_200 }]);
    await expect(previewCsv(officer, { fileName: "huge.csv", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(65) })).rejects.toThrow(/limit is 10 MB/);
    // 1,200 near-identical names would slow the duplicates search of later test files.
    await db.delete(contacts).where(eq(contacts.sourceRef, `big-${tag}.csv`));
  });

  it("refuses viewers and anonymous callers", async () => {
    const text = peopleCsv("x", 1);
    await expect(previewCsv(viewer, file(text))).rejects.toThrow(ForbiddenError);
    await expect(checkCsv(null, { file: file(text), mapping: ["fullName", "email", "phone", "organization", "title"] })).rejects.toThrow(ForbiddenError);
    await expect(importCsv(viewer, { file: file(text), mapping: ["fullName", "email", "phone", "organization", "title"], options: skip })).rejects.toThrow(ForbiddenError);
    await expect(importProgress(viewer, randomUUID())).rejects.toThrow(ForbiddenError);
    expect(await db.select().from(importJobs).where(eq(importJobs.userId, viewer.id))).toHaveLength(0);
  });

  it("reads FormData and plain objects alike, and reports an unreadable file as a message", async () => {
    const form = new FormData();
    form.set("file", new File(["Name,Email\nA,a@example.org\n"], "f.csv"));
    form.set("mapping", JSON.stringify(["fullName", "email"]));
    form.set("options", JSON.stringify(skip));
    const fromForm = csvImportSchema.parse(await readImportInput(form));
    const fromObject = csvImportSchema.parse(await readImportInput({ fileName: "f.csv", text: "Name,Email\nA,a@example.org\n", mapping: ["fullName", "email"], options: skip }));
    expect(Buffer.from(fromForm.file.bytes).equals(Buffer.from(fromObject.file.bytes))).toBe(true);
    expect(csvImportSchema.safeParse(await readImportInput({ fileName: "f.csv", mapping: [], options: skip })).success).toBe(false);
    await expect(previewCsv(officer, { fileName: "x.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]) })).rejects.toThrow(/not a CSV file/);
  });

  it("imports a list of MEPs whole as members of the European Parliament, the body sent as FormData; viewers and anonymous callers refused", async () => {
    // The sample list with this test's own e-mails and surnames, so it never meets the roster tests' MEPs.
    const tag = randomUUID().slice(0, 6).replace(/\d/g, "q");
    const [header, ...lines] = readFileSync(path.join(__dirname, "../import/testdata/rosters/meps-current-term.csv"), "utf8").trim().split("\n");
    const text = [header, ...lines.map((l) => l.split(",").map((c, i) => (i === 1 ? `${c}${tag}` : i === 2 ? c.replace("@", `.${tag}@`) : c)).join(","))].join("\n");
    const preview = await previewCsv(officer, file(text, `meps-${tag}.csv`));
    const asMeps = { file: file(text, `meps-${tag}.csv`), mapping: preview.mapping, body: "european_parliament" as const };
    for (const user of [viewer, null]) {
      await expect(checkCsv(user, asMeps)).rejects.toThrow(ForbiddenError);
      await expect(importCsv(user, { ...asMeps, options: skip })).rejects.toThrow(ForbiddenError);
    }
    expect(await checkCsv(officer, asMeps)).toEqual({ totalRows: 60, validRows: 60, existing: 0, errors: [], errorCount: 0 });

    const form = new FormData();
    form.set("file", new File([text], `meps-${tag}.csv`));
    form.set("mapping", JSON.stringify(preview.mapping));
    form.set("body", JSON.stringify("european_parliament"));
    form.set("options", JSON.stringify(skip));
    const parsed = csvImportSchema.parse(await readImportInput(form));
    expect(parsed.body).toBe("european_parliament");
    expect(await importCsv(officer, parsed)).toMatchObject({ created: 60, updated: 0, skipped: 0 });
    const rows = await db.select().from(contacts).where(eq(contacts.sourceRef, `meps-${tag}.csv`));
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.parliamentaryBody === "european_parliament" && r.tags.includes("MEP"))).toBe(true);
    expect(rows.find((r) => r.lastName === `Vervoort${tag}`)).toMatchObject({
      country: "BE", delegation: "BE", politicalGroup: "Renew Europe", committees: ["LIBE", "FEMM", "Delegation to the EU-Kazakhstan Parliamentary Cooperation Committee"],
      tags: ["party:Open Vld", "MEP"],
    });
    // Without the body for all rows the same file is still accepted whole; the rows are simply not parliamentarians.
    expect((await checkCsv(officer, { ...asMeps, body: null })).errors).toEqual([]);
    expect(csvImportSchema.safeParse({ ...parsed, body: "senate" }).success).toBe(false);
  });
});
