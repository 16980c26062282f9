import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/sessions";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { importReport, previewReport, previewReportFile } from "./import-report";
import { reportImportSchema, reportSlug, type ReviewRow } from "@/lib/import/report/schema";

// The actions are called as they are over HTTP; only "who is calling" is replaced.
let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller, requirePageUser: async () => caller }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const actions = () => import("@/app/(app)/contacts/from-report/actions");

// Other test files share the database and may hold the report's addresses too: the one e-mail
// this file relies on is made unique.
const knbEmail = `press-${randomUUID().slice(0, 8)}@knb.kz`;
const fixture = readFileSync(path.resolve(__dirname, "../../tests/fixtures/report-dck-ban-2018.txt"), "utf8").replace("press@knb.kz", knbEmail);
let officer: TestUser;
let viewer: TestUser;
let existingMasimov: string;
let existingTsereteli: string;

/** A one-page PDF with a real text layer, built by hand: no PDF-writing package is needed. */
function makePdf(lines: string[]): Uint8Array<ArrayBuffer> {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td", ...lines.map((l) => `(${esc(l)}) Tj T*`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(out, "latin1");
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1")) as Uint8Array<ArrayBuffer>;
}

const as = (u: TestUser | null) => {
  caller = u && { ...u, mustChangePassword: false };
};

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
  // Two contacts already in the desk: one shares an e-mail with the report, one only a name.
  const [masimov, tsereteli] = await db
    .insert(contacts)
    .values([
      { fullName: "Karim Masimov", searchText: normalizeForSearch("Karim Masimov", knbEmail) },
      { fullName: "George Tsereteli", title: "Member of Parliament of Georgia", searchText: normalizeForSearch("George Tsereteli") },
    ])
    .returning({ id: contacts.id });
  existingMasimov = masimov.id;
  existingTsereteli = tsereteli.id;
  await db.insert(contactEmails).values({ contactId: existingMasimov, email: knbEmail.toUpperCase(), isPrimary: true });
});

describe("contacts from a report", () => {
  it("previews the fixture's 26 addressees with their probable duplicates", async () => {
    const { rows } = await previewReport(officer, { reportName: "report-dck-ban-2018", text: fixture });
    expect(rows).toHaveLength(26);
    expect(rows.every((r) => r.include && r.name.length > 0)).toBe(true);
    // Another spelling of the name with the same e-mail: updated by default, and the e-mail is named.
    expect(rows[2]).toMatchObject({ name: "K.K. Masimov", duplicateId: existingMasimov, duplicateReason: "email", duplicateDetail: knbEmail, action: "merge" });
    // The namesake made above shares nothing else with the report's row: offered, never the default
    // (import-report-again.test.ts pins this on names of its own). One imported from this report
    // by another test of the shared database shares his phone, and is updated by default.
    expect(rows[14]).toMatchObject({ name: "George Tsereteli", duplicateName: "George Tsereteli" });
    if (rows[14].duplicateId === existingTsereteli) expect(rows[14]).toMatchObject({ duplicateReason: "same_name", duplicateDetail: "", action: "new" });
    else expect(rows[14]).toMatchObject({ duplicateReason: "name_phone", duplicateDetail: "+43 1 523 3002", action: "merge" });
    // No personal name: an institution is an organization contact, an office stays a person.
    expect(rows[3]).toMatchObject({ kind: "organization", organization: rows[3].name });
    expect(rows[22]).toMatchObject({ kind: "person", name: "US Secretary of State", urls: "https://register.state.gov/contactus/contactusform" });
    expect(rows[7].phones).toBe("+32(0)2 28 45503, +33(0)3 88 1 75503");
  });

  it("imports the ticked rows with the user's edits, merges the duplicate, and makes the list", async () => {
    const reportName = unique("report-dck-ban-2018");
    const { rows, importKey } = await previewReport(officer, { reportName, text: fixture });
    expect(rows[2]).toMatchObject({ duplicateId: existingMasimov, action: "merge" });
    // Only row 3 merges, whatever other tests left in the shared database.
    const edited: ReviewRow[] = rows.map((r, i) => ({
      ...r,
      action: i === 2 ? "merge" : "new",
      ...(i === 0 && { title: "Prosecutor General of Kazakhstan" }),
      ...(i === 5 && { include: false }),
    }));
    as(officer);
    const result = await (await actions()).importReportAction({ reportName, importKey, rows: edited });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ created: 24, merged: 1, listReused: false, listMembers: 25 });

    const { listId } = result.data;
    const [list] = await db.select().from(contactLists).where(eq(contactLists.id, listId));
    expect(list).toMatchObject({ name: `Addressees — ${reportName}`, source: `report:${reportSlug(reportName)}`, createdById: officer.id });
    expect(reportSlug("report-dck-ban-2018")).toBe("dck-ban-2018");
    const members = await db.select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title, source: contacts.source, sourceRef: contacts.sourceRef })
      .from(contactListMembers).innerJoin(contacts, eq(contacts.id, contactListMembers.contactId)).where(eq(contactListMembers.listId, listId));
    expect(members).toHaveLength(25);
    expect(members.map((m) => m.fullName)).not.toContain("Dauren Abayev");
    expect(members.find((m) => m.fullName === "K.P. Kozhamzharov")).toMatchObject({ title: "Prosecutor General of Kazakhstan", source: list.source, sourceRef: reportName });
    // Merged: the existing contact keeps its name, gains the empty title; its e-mail is not doubled.
    const merged = members.find((m) => m.id === existingMasimov);
    expect(merged).toMatchObject({ fullName: "Karim Masimov", title: "Chairman of the National Security Committee of the RK", source: null });
    const [masimov] = await db.select({ version: contacts.version }).from(contacts).where(eq(contacts.id, existingMasimov));
    expect(masimov.version).toBe(2);
    expect(await db.select().from(contactEmails).where(eq(contactEmails.contactId, existingMasimov))).toHaveLength(1);
    // A similar name only is imported as a new contact when the user says so.
    expect(members.map((m) => m.id)).not.toContain(existingTsereteli);

    const tajani = members.find((m) => m.fullName === "Antonio Tajani")!;
    const phones = await db.select().from(contactPhones).where(eq(contactPhones.contactId, tajani.id));
    expect(phones.map((p) => [p.phone, p.isPrimary]).sort()).toEqual([["+32(0)2 28 45503", true], ["+33(0)3 88 1 75503", false]]);
    const akorda = members.find((m) => m.fullName.startsWith("Administration of the President"))!;
    const [akordaRow] = await db.select({ kind: contacts.kind, org: organizations.name }).from(contacts)
      .innerJoin(organizations, eq(organizations.id, contacts.organizationId)).where(eq(contacts.id, akorda.id));
    expect(akordaRow).toMatchObject({ kind: "organization", org: akorda.fullName });

    const [importAudit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "import"), eq(auditEntries.entityId, listId)));
    expect(importAudit).toMatchObject({ action: "import", actorId: officer.id });
    expect(importAudit.summary).toContain("24 contacts created, 1 merged");
    const listAudit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "contact_list"), eq(auditEntries.entityId, listId)));
    expect(listAudit.map((a) => a.action)).toEqual(["create"]);

    // Imported again, every row with an e-mail now finds its twin by name and e-mail.
    const again = await previewReport(officer, { reportName, text: fixture });
    expect(again.rows[0]).toMatchObject({ duplicateReason: "name_email", duplicateDetail: "Gp-rk@prokuror.kz", action: "merge" });
  });

  it("refuses an invalid row with its index, keeps nothing, and checks only ticked rows", async () => {
    const reportName = unique("Bad row report");
    const { rows, importKey } = await previewReport(officer, { reportName, text: fixture });
    const bad = rows.map((r, i) => (i === 4 ? { ...r, emails: "ombudsman-kz(at)mail.ru" } : i === 6 ? { ...r, include: false, name: "" } : r));
    as(officer);
    const result = await (await actions()).importReportAction({ reportName, importKey, rows: bad });
    expect(result).toMatchObject({ ok: false, formError: "Row 5: “ombudsman-kz(at)mail.ru” is not a valid e-mail address." });
    expect(!result.ok && result.fieldErrors).toEqual({ "rows.4.emails": ["“ombudsman-kz(at)mail.ru” is not a valid e-mail address."] });
    expect(await db.select().from(contacts).where(eq(contacts.sourceRef, reportName))).toHaveLength(0);
    expect(await db.select().from(contactLists).where(eq(contactLists.name, `Addressees — ${reportName}`))).toHaveLength(0);

    const noName = reportImportSchema.safeParse({ reportName, importKey, rows: rows.map((r, i) => (i === 1 ? { ...r, name: " " } : i === 2 ? { ...r, action: "merge", duplicateId: "" } : r)) });
    expect(noName.success).toBe(false);
    expect(noName.error?.issues.map((i) => i.path.join("."))).toEqual(["rows.1.name", "rows.2.action"]);
    const none = reportImportSchema.safeParse({ reportName, importKey, rows: rows.map((r) => ({ ...r, include: false })) });
    expect(none.error?.issues[0].message).toBe("Tick at least one row to import.");
  });

  it("refuses viewers and anonymous callers", async () => {
    await expect(previewReport(viewer, { reportName: "x report", text: fixture })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewReport(null as never, { reportName: "x report", text: fixture })).rejects.toBeInstanceOf(ForbiddenError);
    const values = reportImportSchema.parse({ reportName: "Viewer report", importKey: randomUUID(), rows: (await previewReport(officer, { reportName: "v", text: fixture })).rows });
    await expect(importReport(viewer, values)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importReport(null as never, values)).rejects.toBeInstanceOf(ForbiddenError);
    as(viewer);
    const { previewReportAction, previewReportFileAction } = await actions();
    expect(await previewReportAction({ reportName: "x report", text: fixture })).toMatchObject({ ok: false, formError: new ForbiddenError().message });
    expect(await previewReportFileAction({ reportName: "x report", fileName: "r.txt", fileBase64: Buffer.from(fixture).toString("base64") })).toMatchObject({ ok: false, formError: new ForbiddenError().message });
    as(null);
    expect(await previewReportAction({ reportName: "x report", text: fixture })).toMatchObject({ ok: false });
    expect(await db.select().from(contactLists).where(inArray(contactLists.name, ["Addressees — Viewer report"]))).toHaveLength(0);
  });

  it("reads uploaded .txt and .pdf reports and refuses what it cannot read", async () => {
    const pdf = makePdf(["Send appeals to:", "Mr John Smith, Minister of Justice, e-mail: john.smith@justice.example.org", "", "Ms Anna Kowalska - tel: +48 22 123 4567"]);
    const fromPdf = await previewReportFile(officer, { reportName: "PDF report", fileName: "appeal.pdf", bytes: pdf });
    expect(fromPdf.rows.map((r) => r.name)).toContain("John Smith");
    expect(fromPdf.rows.find((r) => r.name === "John Smith")).toMatchObject({ emails: "john.smith@justice.example.org" });

    as(officer);
    const { previewReportFileAction } = await actions();
    const txt = await previewReportFileAction({ reportName: "report-dck-ban-2018", fileName: "report-dck-ban-2018.txt", fileBase64: Buffer.from(fixture).toString("base64") });
    expect(txt.ok && txt.data.rows).toHaveLength(26);
    const form = new FormData();
    form.set("reportName", "Uploaded PDF");
    form.set("file", new File([pdf as BlobPart], "appeal.pdf", { type: "application/pdf" }));
    const viaForm = await previewReportFileAction(form);
    expect(viaForm.ok && viaForm.data.rows.length).toBeGreaterThan(0);

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    await expect(previewReportFile(officer, { reportName: "Big", fileName: "big.txt", bytes: big })).rejects.toThrow("larger than 10 MB");
    await expect(previewReportFile(officer, { reportName: "Fake", fileName: "fake.pdf", bytes: new TextEncoder().encode("not a pdf") })).rejects.toBeInstanceOf(ValidationError);
    await expect(previewReportFile(officer, { reportName: "Doc", fileName: "report.docx", bytes: new TextEncoder().encode("x") })).rejects.toThrow("Choose a .txt or .pdf file.");
    const bigForm = new FormData();
    bigForm.set("reportName", "Big");
    bigForm.set("file", new File([big], "big.pdf"));
    expect(await previewReportFileAction(bigForm)).toMatchObject({ ok: false, formError: "The file is larger than 10 MB." });
  });
});
