import "server-only";
// "Contacts from a report": the preview (extraction + the existing contacts the rows match, found
// in SQL) and the import (new contacts, updates of existing ones, the list named after the report,
// new or reused), all in one transaction with its audit entries and the review's idempotency key.
// Officers, coordinators, managers and admins ("contact.write").
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts, importSubmissions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { extractContacts } from "@/lib/import/report/extract-contacts";
import {
  duplicateReasons, REPORT_MAX_ROWS, reportListName, reportSlug, SOURCE_TEXT_MAX_CHARS, updateByDefault,
  type RowSource,
  type DuplicateReason, type ImportRow, type ReportFileInput, type ReportImportValues, type ReportPreview, type ReportPreviewInput, type ReviewRow,
  type ReportImportResult,
} from "@/lib/import/report/schema";
import { reportTextFromFile } from "@/lib/import/report/text";
import { textMatch } from "@/lib/search/match";
import { normalizeForSearch } from "@/lib/search/normalize";
import { phoneColumns, samePhone } from "./phones";
import { amendContact, contactsByEmail, contactsByName, importListOf, insertContacts, listByName, matchByEmail, organizationsByName, type ContactDraft, type NameMatch, type OrgRef } from "./write";

export type { ReportImportResult };

/** word_similarity above which a name counts as a probable duplicate (pg_trgm's own default for <%). */
const NAME_SIMILARITY = 0.6;

type Duplicate = { id: string; fullName: string; reason: DuplicateReason; detail: string };
type Entry = { name: string; organization: string; emails: string[]; phones: string[]; urls: string[] };

/** "https://www.House.gov/contact/" and "http://house.gov/contact" are one web form. */
const urlKey = (url: string) => url.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, "").replace(/\/+$/, "");

/** The first of the entry's channels that this contact of the same name shares, strongest first. */
function corroboration(entry: Entry, contact: NameMatch): Pick<Duplicate, "reason" | "detail"> | null {
  const emails = new Set(contact.emails.map((e) => e.toLowerCase()));
  const email = entry.emails.find((e) => emails.has(e.toLowerCase()));
  if (email) return { reason: "name_email", detail: email };
  const phone = entry.phones.find((p) => contact.phones.some((q) => samePhone(q, phoneColumns(p, contact.country))));
  if (phone) return { reason: "name_phone", detail: phone };
  if (contact.sameOrganization) return { reason: "name_organization", detail: contact.organizationName ?? entry.organization };
  const url = contact.webFormUrl ? entry.urls.find((u) => urlKey(u) === urlKey(contact.webFormUrl!)) : undefined;
  if (url) return { reason: "name_web", detail: url };
  return null;
}

const strength = (reason: DuplicateReason) => duplicateReasons.indexOf(reason);

/**
 * For each entry, the existing contact it most probably is, and why: the same name (nameKey) with
 * a shared e-mail, phone, organization or web form (the oldest such contact, the strongest reason
 * first); else the oldest live contact holding one of its e-mails; else the oldest of the same
 * name; else the closest similar name.
 */
async function findDuplicates(entries: Entry[]): Promise<Array<Duplicate | null>> {
  const [byEmail, byName] = await Promise.all([
    contactsByEmail(db, entries.flatMap((e) => e.emails)),
    contactsByName(db, entries.map((e) => ({ name: e.name, organization: e.organization }))),
  ]);
  return Promise.all(
    entries.map(async (entry, i): Promise<Duplicate | null> => {
      let best: Duplicate | null = null;
      for (const contact of byName[i]) {
        const why = corroboration(entry, contact);
        if (why && (!best || strength(why.reason) < strength(best.reason))) best = { id: contact.id, fullName: contact.fullName, ...why };
      }
      if (best) return best;
      const sameEmail = matchByEmail(entry.emails, byEmail);
      if (sameEmail) return { ...sameEmail, reason: "email", detail: entry.emails.find((e) => byEmail.get(e.toLowerCase())?.id === sameEmail.id) ?? "" };
      const [sameName] = byName[i];
      if (sameName) return { id: sameName.id, fullName: sameName.fullName, reason: "same_name", detail: "" };
      const q = normalizeForSearch(entry.name);
      // Too short a name ("UN", initials) would match half the table.
      const match = q.length >= 4 ? textMatch(contacts.searchText, entry.name) : null;
      if (!match) return null;
      const [similar] = await db
        .select({ id: contacts.id, fullName: contacts.fullName, similarity: sql<number>`word_similarity(${q}, ${contacts.searchText})` })
        .from(contacts)
        .where(and(match.where, isNull(contacts.mergedIntoId)))
        .orderBy(match.rank, asc(contacts.createdAt))
        .limit(1);
      return similar && Number(similar.similarity) >= NAME_SIMILARITY ? { id: similar.id, fullName: similar.fullName, reason: "name", detail: "" } : null;
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
  const [duplicates, existingList] = await Promise.all([
    findDuplicates(entries.map((e) => ({ name: e.displayName, organization: e.organization, emails: e.emails, phones: e.phones, urls: e.urls }))),
    listByName(db, reportListName(input.reportName)),
  ]);
  const rows = entries.map((c, i): ReviewRow => {
    const dup = duplicates[i];
    return {
      include: true,
      kind: !c.name && c.organization ? "organization" : "person",
      name: c.displayName, title: c.title, organization: c.organization, address: c.address,
      emails: c.emails.join(", "), phones: c.phones.join(", "), urls: c.urls.join(", "),
      duplicateId: dup?.id ?? "", duplicateName: dup?.fullName ?? "", duplicateReason: dup?.reason ?? "", duplicateDetail: dup?.detail ?? "",
      // The same name and a shared channel, or a shared e-mail, is almost surely the same
      // addressee: updated unless the user says otherwise. A name alone is only a hint.
      action: dup && updateByDefault.has(dup.reason) ? "merge" : "new",
    };
  });
  // A row named after its body or office points at that body's or office's words in the text.
  const sources = found.map((c): RowSource => ({
    spans: { ...c.spans, name: c.name ? c.spans.name : c.organization ? c.spans.organization : c.spans.title },
    unsure: c.unsure,
  }));
  const sourceText = input.text.length <= SOURCE_TEXT_MAX_CHARS ? input.text : null;
  return { reportName: input.reportName, rows, importKey: randomUUID(), existingList, sourceText, sources: sourceText ? sources : [] };
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
  const gone = () => new ValidationError(`Row ${row.index + 1}: the contact to update no longer exists. Choose “Create new”.`, `rows.${row.index}.action`);
  return amendContact(
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
}

const draftOf = (row: ImportRow, org: OrgRef | null, source: string, sourceRef: string): ContactDraft => ({
  kind: row.kind, fullName: row.fullName, title: row.title, organization: org, postalAddress: row.address,
  webFormUrl: row.urls[0] ?? null, source, sourceRef, emails: row.emails, phones: row.phones,
});

/** The result of the import that holds this key, for a review submitted again. */
async function earlierImport(tx: Tx, user: Acting, key: string): Promise<ReportImportResult> {
  const [earlier] = await tx.select().from(importSubmissions).where(eq(importSubmissions.key, key));
  // Keys are random and travel only to the user who was shown the review.
  if (!earlier || earlier.userId !== user.id || earlier.kind !== "report" || !earlier.result) {
    throw new ValidationError("This review cannot be imported again. Start over and read the report again.");
  }
  return { ...(earlier.result as ReportImportResult), repeated: true };
}

/**
 * Creates the ticked new contacts, updates the others (the contacts they duplicate: empty fields
 * filled, new e-mails and phones added), and puts all of them in the list "Addressees — <report>",
 * the existing one of that name or a new one: everything commits together or nothing does.
 *
 * Idempotent by the review's key: the key is claimed first thing in the transaction (a unique
 * row), so a second submit of the same review waits for the first, then returns its result
 * without writing anything; a failed import rolls its key back too.
 */
export const importReport = dataAccess(async function importReport(user: Acting, values: ReportImportValues): Promise<ReportImportResult> {
  authorize(user, "contact.write");
  if (values.rows.length === 0) throw new ValidationError("Tick at least one row to import.", "rows");
  const slug = reportSlug(values.reportName);
  const source = `report:${slug}`;
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(importSubmissions)
      .values({ key: values.importKey, kind: "report", userId: user.id })
      .onConflictDoNothing()
      .returning({ key: importSubmissions.key });
    if (claimed.length === 0) return earlierImport(tx, user, values.importKey);

    const orgs = await organizationsByName(tx, user, values.rows.flatMap((r) => (r.organization ? [r.organization] : [])), { source: "report", audit: true });
    const orgOf = (row: ImportRow) => (row.organization ? (orgs.get(row.organization) ?? null) : null);
    const memberIds: string[] = [];
    let created = 0;
    let merged = 0;
    let unchanged = 0;
    for (const row of values.rows) {
      if (row.mergeIntoId) {
        const { id, changed } = await completeFromRow(tx, user, row, orgOf(row), values.reportName);
        memberIds.push(id);
        merged++;
        if (!changed) unchanged++;
      } else {
        const [id] = await insertContacts(tx, user, [draftOf(row, orgOf(row), source, values.reportName)], { audit: (d) => `${d.fullName} (from the report “${values.reportName}”)` });
        memberIds.push(id);
        created++;
      }
    }
    const description = `Addressees of the report “${values.reportName}”: ${created} imported as new contacts, ${merged} merged into existing ones.`;
    const list = await importListOf(tx, user, { name: reportListName(values.reportName), description, source }, memberIds, `, from the report “${values.reportName}”`);
    const organizationsCreated = new Set([...orgs.values()].filter((o) => o.created).map((o) => o.id)).size;
    const result: ReportImportResult = {
      listId: list.id, listName: list.name, listReused: list.reused, listAdded: list.added, listMembers: list.members,
      created, merged, unchanged, organizationsCreated,
    };
    await writeAudit(tx, user, {
      action: "import", entity: "import", entityId: list.id,
      summary: `Report “${values.reportName}”: ${created} contacts created, ${merged} merged, ${organizationsCreated} organizations created; ${list.reused ? "added to the existing" : "new"} list “${list.name}”`,
      before: null, after: { source, ...result },
    });
    await tx.update(importSubmissions).set({ result }).where(eq(importSubmissions.key, values.importKey));
    return result;
  });
});
