import "server-only";
// "Contacts from a report": the preview (extraction + probable duplicates found in SQL) and the
// import (new contacts, merges into existing ones, a list named after the report), all in one
// transaction with its audit entries. Officers, coordinators, managers and admins ("contact.write").
import { and, asc, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { extractContacts } from "@/lib/import/report/extract-contacts";
import { REPORT_MAX_ROWS, reportSlug, type ImportRow, type ReportFileInput, type ReportImportValues, type ReportPreview, type ReportPreviewInput, type ReviewRow } from "@/lib/import/report/schema";
import { reportTextFromFile } from "@/lib/import/report/text";
import { textMatch } from "@/lib/search/match";
import { normalizeForSearch } from "@/lib/search/normalize";
import { amendContact, contactsByEmail, createListOf, insertContacts, matchByEmail, organizationsByName, type ContactDraft, type OrgRef } from "./write";

/** word_similarity above which a name counts as a probable duplicate (pg_trgm's own default for <%). */
const NAME_SIMILARITY = 0.6;

type Duplicate = { id: string; fullName: string; reason: "email" | "name" };

/** For each entry, the oldest live contact sharing one of its e-mails, else the closest name. */
async function findDuplicates(entries: Array<{ name: string; emails: string[] }>): Promise<Array<Duplicate | null>> {
  const byEmail = await contactsByEmail(db, entries.flatMap((e) => e.emails));
  return Promise.all(
    entries.map(async (entry): Promise<Duplicate | null> => {
      const sameEmail = matchByEmail(entry.emails, byEmail);
      if (sameEmail) return { ...sameEmail, reason: "email" };
      const q = normalizeForSearch(entry.name);
      // Too short a name ("UN", initials) would match half the table.
      const match = q.length >= 4 ? textMatch(contacts.searchText, entry.name) : null;
      if (!match) return null;
      const [best] = await db
        .select({ id: contacts.id, fullName: contacts.fullName, similarity: sql<number>`word_similarity(${q}, ${contacts.searchText})` })
        .from(contacts)
        .where(and(match.where, isNull(contacts.mergedIntoId)))
        .orderBy(match.rank, asc(contacts.createdAt))
        .limit(1);
      return best && Number(best.similarity) >= NAME_SIMILARITY ? { id: best.id, fullName: best.fullName, reason: "name" } : null;
    }),
  );
}

/** Extracts the report's contacts and turns them into review rows with their probable duplicates. */
export const previewReport = dataAccess(async function previewReport(user: Acting, input: ReportPreviewInput): Promise<ReportPreview> {
  authorize(user, "contact.write");
  const found = extractContacts(input.text);
  if (found.length > REPORT_MAX_ROWS) {
    throw new ValidationError(`This text holds ${found.length} contact entries, more than the ${REPORT_MAX_ROWS} one review can take. Split it into parts.`, "text");
  }
  // An entry without a personal name is an institution ("UN Working Group on Arbitrary Detention")
  // or an office ("US Secretary of State"): its name is the organization's, or the title.
  const entries = found.map((c) => ({ ...c, displayName: c.name || c.organization || c.title }));
  const duplicates = await findDuplicates(entries.map((e) => ({ name: e.displayName, emails: e.emails })));
  const rows = entries.map((c, i): ReviewRow => {
    const dup = duplicates[i];
    return {
      include: true,
      kind: !c.name && c.organization ? "organization" : "person",
      name: c.displayName, title: c.title, organization: c.organization, address: c.address,
      emails: c.emails.join(", "), phones: c.phones.join(", "), urls: c.urls.join(", "),
      duplicateId: dup?.id ?? "", duplicateName: dup?.fullName ?? "", duplicateReason: dup?.reason ?? "",
      // Same e-mail is almost surely the same addressee; a similar name is only a hint.
      action: dup?.reason === "email" ? "merge" : "new",
    };
  });
  return { reportName: input.reportName, rows };
});

/** The same, from an uploaded .txt or .pdf (authorized before the file is even parsed). */
export const previewReportFile = dataAccess(async function previewReportFile(user: Acting, input: ReportFileInput): Promise<ReportPreview> {
  authorize(user, "contact.write");
  const text = await reportTextFromFile(input.fileName, input.bytes);
  return previewReport(user, { reportName: input.reportName, text });
});

const blank = (v: string | null) => !v || !v.trim();

/**
 * Completes the contact a row duplicates: only what it lacks is taken (empty title, address, web
 * form, organization), plus the e-mails and phones it does not have yet. Nothing the team typed
 * is ever overwritten by what a report says. A contact merged meanwhile is followed.
 */
async function completeFromRow(tx: Tx, user: Acting, row: ImportRow, org: OrgRef | null, reportName: string) {
  const gone = () => new ValidationError(`Row ${row.index + 1}: the contact to merge into no longer exists. Choose “Create new”.`, `rows.${row.index}.action`);
  const { id } = await amendContact(
    tx, user, row.mergeIntoId!,
    (before) => ({
      set: {
        ...(blank(before.title) && row.title ? { title: row.title } : {}),
        ...(blank(before.postalAddress) && row.address ? { postalAddress: row.address } : {}),
        ...(blank(before.webFormUrl) && row.urls[0] ? { webFormUrl: row.urls[0] } : {}),
        ...(!before.organizationId && org ? { organizationId: org.id } : {}),
      },
      emails: row.emails,
      phones: row.phones,
    }),
    { notFound: gone, followMerged: true, audit: (after) => `${after.fullName}: completed from the report “${reportName}”` },
  );
  return id;
}

const draftOf = (row: ImportRow, org: OrgRef | null, source: string, sourceRef: string): ContactDraft => ({
  kind: row.kind, fullName: row.fullName, title: row.title, organization: org, postalAddress: row.address,
  webFormUrl: row.urls[0] ?? null, source, sourceRef, emails: row.emails, phones: row.phones,
});

export type ReportImportResult = { listId: string; created: number; merged: number; organizationsCreated: number };

/**
 * Creates the ticked new contacts, merges the others into the contacts they duplicate (empty
 * fields filled, new e-mails and phones added), and makes the list "Addressees — <report>" of all
 * of them: everything commits together or nothing does.
 */
export const importReport = dataAccess(async function importReport(user: Acting, values: ReportImportValues): Promise<ReportImportResult> {
  authorize(user, "contact.write");
  if (values.rows.length === 0) throw new ValidationError("Tick at least one row to import.", "rows");
  const slug = reportSlug(values.reportName);
  const source = `report:${slug}`;
  return db.transaction(async (tx) => {
    const orgs = await organizationsByName(tx, user, values.rows.flatMap((r) => (r.organization ? [r.organization] : [])), { source: "report", audit: true });
    const orgOf = (row: ImportRow) => (row.organization ? (orgs.get(row.organization) ?? null) : null);
    const memberIds: string[] = [];
    let created = 0;
    let merged = 0;
    for (const row of values.rows) {
      if (row.mergeIntoId) {
        memberIds.push(await completeFromRow(tx, user, row, orgOf(row), values.reportName));
        merged++;
      } else {
        const [id] = await insertContacts(tx, user, [draftOf(row, orgOf(row), source, values.reportName)], { audit: (d) => `${d.fullName} (from the report “${values.reportName}”)` });
        memberIds.push(id);
        created++;
      }
    }
    const listName = `Addressees — ${values.reportName}`;
    const description = `Addressees of the report “${values.reportName}”: ${created} imported as new contacts, ${merged} merged into existing ones.`;
    const list = await createListOf(tx, user, { name: listName, description, source }, memberIds, "");
    const organizationsCreated = new Set([...orgs.values()].filter((o) => o.created).map((o) => o.id)).size;
    const result = { listId: list.id, created, merged, organizationsCreated };
    await writeAudit(tx, user, {
      action: "import", entity: "import", entityId: list.id,
      summary: `Report “${values.reportName}”: ${created} contacts created, ${merged} merged, ${organizationsCreated} organizations created; list “${list.name}”`,
      before: null, after: { source, ...result },
    });
    return result;
  });
});
