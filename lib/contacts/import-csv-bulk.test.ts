// The CSV import's bulk path (validated once, COPY into a staging table, set-based writes): values
// that COPY must escape arrive as the row checks read them, organizations are found or made once
// per name, the vocabulary learns the new words, and a failure at any point leaves nothing behind.
// Runs on PostgreSQL (DATABASE_URL) and on PGlite (without it).
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import { auditEntries, contactEmails, contactLists, contactPhones, contacts, importJobs, organizations } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { decodeCsv } from "@/lib/import/csv/decode";
import { guessMapping } from "@/lib/import/csv/mapping";
import { parseCsv } from "@/lib/import/csv/parse";
import { validateRows } from "@/lib/import/csv/validate";
import { normalizeForSearch } from "@/lib/search/normalize";
import { searchText } from "@/lib/search/search-text";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { checkCsv, importCsv, importProgress } from "./import-csv";
import { phoneE164 } from "./phones";

let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, viewer] = await Promise.all((["officer", "viewer"] as const).map((r) => createTestUser(r)));
});

const file = (text: string, fileName: string) => ({ fileName, bytes: new Uint8Array(Buffer.from(text, "utf8")) });
const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

describe("CSV import, bulk path", () => {
  it("stores values with tabs, line breaks, quotes, backslashes, braces and control characters exactly as the row checks read them", async () => {
    const tag = randomUUID().slice(0, 8);
    const tricky = [
      ["Anna \\N Back\\slash", `a.${tag}@example.org`, "+32 2 284 2111 ext. 5", `Org "Quoted" \\ ${tag}`, "Head\tof unit", 'a"b; c\\d; {x}; NULL; ,', "line 1\nline\t2\r\n\\.\n\\N \u0007bell \u001bescape"],
      ["Zoë \"Zed\" O'Brien", `b.${tag}@example.org; B2.${tag}@Example.org`, "8 (7172) 71-71-71", `Org "Quoted" \\ ${tag}`, "{braces}", "", "\\"],
    ];
    const text = ["Name,Email,Phone,Organization,Job title,Tags,Notes", ...tricky.map((r) => r.map(quote).join(","))].join("\n");
    const fileName = `tricky-${tag}.csv`;
    const mapping = guessMapping(["Name", "Email", "Phone", "Organization", "Job title", "Tags", "Notes"]);
    // What the one rule (validate.ts) makes of the file: the stored rows must be exactly this.
    const { valid, errors } = validateRows(parseCsv(decodeCsv(file(text, fileName).bytes).text), mapping);
    expect(errors).toEqual([]);

    expect(await checkCsv(officer, { file: file(text, fileName), mapping })).toEqual({ totalRows: 2, validRows: 2, existing: 0, errors: [], errorCount: 0 });
    expect(await importCsv(officer, { file: file(text, fileName), mapping, options: { existing: "skip", listName: "" } })).toMatchObject({ created: 2, organizationsCreated: 1 });

    const stored = await db.select().from(contacts).where(eq(contacts.sourceRef, fileName)).orderBy(contacts.fullName);
    expect(stored).toHaveLength(2);
    const [org] = await db.select().from(organizations).where(eq(organizations.name, `Org "Quoted" \\ ${tag}`));
    expect(org).toMatchObject({ source: "import:csv", searchText: searchText.organization({ name: org.name, nameNative: null, acronym: null }) });
    for (const row of valid) {
      const contact = stored.find((c) => c.fullName === row.fullName)!;
      expect(contact).toMatchObject({
        title: row.title, tags: row.tags, notes: row.notes, organizationId: org.id, createdById: officer.id, source: "import:csv",
        searchText: searchText.contact({ fullName: row.fullName, nameNative: null, title: row.title, department: null }, org, row.emails),
      });
      const emails = await db.select().from(contactEmails).where(eq(contactEmails.contactId, contact.id));
      expect(emails.map((e) => [e.email, e.isPrimary]).sort()).toEqual(row.emails.map((e, i) => [e, i === 0]).sort());
      const phones = await db.select().from(contactPhones).where(eq(contactPhones.contactId, contact.id));
      expect(phones.map((p) => [p.phone, p.phoneE164, p.isPrimary])).toEqual(row.phones.map((p, i) => [p, phoneE164(p, row.country), i === 0]));
    }
    // The values that look like COPY's own markup came through as text.
    expect(stored.find((c) => c.fullName.startsWith("Anna"))).toMatchObject({ fullName: "Anna \\N Back\\slash", tags: ['a"b', "c\\d", "{x}", "NULL"] });
    expect(stored.find((c) => c.fullName.startsWith("Anna"))!.notes).toBe("line 1\nline\t2\n\\.\n\\N \u0007bell \u001bescape");
    expect(stored.find((c) => c.fullName.startsWith("Zo"))!.notes).toBe("\\");

    // The vocabulary learned the new words through the statement-level trigger.
    const words = rowsOf<{ term: string }>(await db.execute(sql`SELECT term FROM search_terms WHERE term = ${normalizeForSearch(`a.${tag}@example.org`)}`));
    expect(words).toHaveLength(1);
  });

  it("finds an organization by name across case and accents, makes one per name, and refuses nothing it should not", async () => {
    const tag = randomUUID().slice(0, 8).replace(/\d/g, "x");
    const [known] = await db.insert(organizations).values({ name: `Akórda ${tag}`, acronym: "AKD", source: "test" }).returning();
    const text = [
      "Name;Email;Organization",
      `One ${tag};one.${tag}@example.org;akorda ${tag}`,
      `Two ${tag};two.${tag}@example.org;New Body ${tag}`,
      `Three ${tag};three.${tag}@example.org;NEW   BODY ${tag}`,
    ].join("\n");
    const fileName = `orgs-${tag}.csv`;
    const result = await importCsv(officer, { file: file(text, fileName), mapping: ["fullName", "email", "organization"], options: { existing: "skip", listName: `List ${tag}` } });
    expect(result).toMatchObject({ created: 3, organizationsCreated: 1 });
    const made = await db.select().from(organizations).where(sql`lower(${organizations.name}) LIKE ${`%new%body ${tag}`}`);
    expect(made).toHaveLength(1);
    const stored = await db.select().from(contacts).where(eq(contacts.sourceRef, fileName));
    const one = stored.find((c) => c.fullName === `One ${tag}`)!;
    expect(one.organizationId).toBe(known.id);
    expect(one.searchText).toBe(searchText.contact({ fullName: one.fullName, nameNative: null, title: null, department: null }, known, [`one.${tag}@example.org`]));
    expect(stored.filter((c) => c.organizationId === made[0].id)).toHaveLength(2);
    const [list] = await db.select().from(contactLists).where(eq(contactLists.id, result.listId!));
    expect(list.name).toBe(`List ${tag}`);
    const [audit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact_list"), eq(auditEntries.entityId, list.id)));
    expect(audit.summary).toBe(`List ${tag} (3 members, CSV import)`);

    // Again with "update": every row matched by e-mail, the list gets the same three people.
    const again = await importCsv(officer, { file: file(text, `${fileName}-2`), mapping: ["fullName", "email", "organization"], options: { existing: "update", listName: `List 2 ${tag}` } });
    expect(again).toMatchObject({ created: 0, updated: 3, skipped: 0, organizationsCreated: 0 });
    const members = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM contact_list_members WHERE list_id = ${again.listId}`));
    expect(Number(members[0].n)).toBe(3);
  });

  it("leaves nothing behind when a write fails after the contacts went in: no contact, e-mail, organization, list or audit entry", async () => {
    const tag = randomUUID().slice(0, 8);
    const failing = "+1 202 555 0199";
    // A phone the database refuses: the failure comes after the organizations and contacts are written.
    await db.execute(sql.raw(`
      CREATE OR REPLACE FUNCTION test_refuse_phone() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.phone = '${failing}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`));
    await db.execute(sql.raw("CREATE TRIGGER test_refuse_phone BEFORE INSERT ON contact_phones FOR EACH ROW EXECUTE FUNCTION test_refuse_phone()"));
    try {
      const lines = ["Name,Email,Phone,Organization"];
      for (let i = 0; i < 2_500; i++) lines.push(`Person ${i} ${tag},p${i}.${tag}@example.org,${i === 2_400 ? failing : `+32 2 284 ${1000 + i}`},Failing Org ${tag}`);
      const fileName = `fails-${tag}.csv`;
      const jobId = randomUUID();
      const input = { file: file(lines.join("\n"), fileName), mapping: guessMapping(["Name", "Email", "Phone", "Organization"]), options: { existing: "skip" as const, listName: `Failing ${tag}` }, jobId };
      await expect(importCsv(officer, input)).rejects.toThrow(/refused for the test/);
      expect(await db.select().from(contacts).where(eq(contacts.sourceRef, fileName))).toEqual([]);
      expect(await db.select().from(contactEmails).where(inArray(contactEmails.email, [`p0.${tag}@example.org`, `p2499.${tag}@example.org`]))).toEqual([]);
      expect(await db.select().from(organizations).where(eq(organizations.name, `Failing Org ${tag}`))).toEqual([]);
      expect(await db.select().from(contactLists).where(eq(contactLists.name, `Failing ${tag}`))).toEqual([]);
      expect(await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "import"), sql`${auditEntries.summary} LIKE ${`%${fileName}%`}`))).toEqual([]);
      expect(await importProgress(officer, jobId)).toMatchObject({ status: "failed", error: "The import failed; nothing was saved." });
    } finally {
      await db.execute(sql.raw("DROP TRIGGER IF EXISTS test_refuse_phone ON contact_phones"));
      await db.execute(sql.raw("DROP FUNCTION IF EXISTS test_refuse_phone()"));
    }
  });

  it("refuses a whole file for one bad row near its end, with the line, and writes nothing", async () => {
    const tag = randomUUID().slice(0, 8);
    const lines = ["Name,Email"];
    for (let i = 0; i < 5_000; i++) lines.push(`Person ${i} ${tag},${i === 4_990 ? "not-an-address" : `q${i}.${tag}@example.org`}`);
    const fileName = `late-bad-${tag}.csv`;
    const jobId = randomUUID();
    await expect(importCsv(officer, { file: file(lines.join("\n"), fileName), mapping: ["fullName", "email"], options: { existing: "skip", listName: "" }, jobId })).rejects.toThrow(
      /1 row has problems \(line 4992: .*not-an-address.*nothing has been imported/,
    );
    expect(await db.select().from(contacts).where(eq(contacts.sourceRef, fileName))).toEqual([]);
    expect(await importProgress(officer, jobId)).toMatchObject({ status: "failed", error: expect.stringContaining("line 4992") });
    // The dry run of the same file lists the line and counts the rest.
    expect(await checkCsv(officer, { file: file(lines.join("\n"), fileName), mapping: ["fullName", "email"] })).toMatchObject({ totalRows: 5_000, validRows: 4_999, errors: [{ line: 4992 }] });
  });

  it("keeps the first 1,000 row problems and counts them all, in the dry run and in the refusal", async () => {
    const tag = randomUUID().slice(0, 8);
    const lines = ["Name,Email"];
    for (let i = 0; i < 1_500; i++) lines.push(`Person ${i} ${tag},${i % 5 === 0 ? `q${i}.${tag}@example.org` : `bad-${i}`}`);
    const fileName = `many-bad-${tag}.csv`;
    const check = await checkCsv(officer, { file: file(lines.join("\n"), fileName), mapping: ["fullName", "email"] });
    expect(check).toMatchObject({ totalRows: 1_500, validRows: 300, errorCount: 1_200 });
    expect(check.errors).toHaveLength(1_000);
    expect(check.errors[0]).toMatchObject({ line: 3 });
    await expect(importCsv(officer, { file: file(lines.join("\n"), fileName), mapping: ["fullName", "email"], options: { existing: "skip", listName: "" } })).rejects.toThrow(
      /^1200 rows have problems \(line 3: .*bad-1.*…\)/,
    );
  });

  it("refuses a viewer and an anonymous caller before reading a row or making a job", async () => {
    const text = "Name,Email\nA,a-refused@example.org\n";
    for (const user of [viewer, null]) {
      const jobId = randomUUID();
      await expect(checkCsv(user, { file: file(text, "refused.csv"), mapping: ["fullName", "email"] })).rejects.toThrow(ForbiddenError);
      await expect(importCsv(user, { file: file(text, "refused.csv"), mapping: ["fullName", "email"], options: { existing: "skip", listName: "" }, jobId })).rejects.toThrow(ForbiddenError);
      expect(await db.select().from(importJobs).where(eq(importJobs.id, jobId))).toEqual([]);
    }
    expect(await db.select().from(contacts).where(eq(contacts.sourceRef, "refused.csv"))).toEqual([]);
  });
});
