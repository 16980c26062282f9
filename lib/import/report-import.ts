import "server-only";
// "Contacts from a report": the preview (extraction + probable duplicates found in SQL) and the
// import (new contacts, merges into existing ones, a list named after the report), all in one
// transaction with its audit entries. Officers, coordinators, managers and admins ("contact.write").
import { and, asc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { phoneColumns } from "@/lib/contacts/phones";
import { ValidationError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import { normalizeForSearch } from "@/lib/search/normalize";
import { extractContacts } from "./extract-contacts";
import { mergeIntoContact, type OrgRef } from "./report-merge";
import { REPORT_MAX_ROWS, reportSlug, type ImportRow, type ReportFileInput, type ReportImportValues, type ReportPreview, type ReportPreviewInput, type ReviewRow } from "./report-schema";
import { reportTextFromFile } from "./report-text";
import { searchText } from "@/lib/search/search-text";

/** word_similarity above which a name counts as a probable duplicate (pg_trgm's own default for <%). */
const NAME_SIMILARITY = 0.6;

type Duplicate = { id: string; fullName: string; reason: "email" | "name" };

/** For each entry, the oldest live contact sharing one of its e-mails, else the closest name. */
async function findDuplicates(entries: Array<{ name: string; emails: string[] }>): Promise<Array<Duplicate | null>> {
  const allEmails = [...new Set(entries.flatMap((e) => e.emails.map((m) => m.toLowerCase())))];
  const byEmail = new Map<string, { id: string; fullName: string }>();
  if (allEmails.length) {
    const hits = await db
      .select({ email: sql<string>`lower(${contactEmails.email})`, id: contacts.id, fullName: contacts.fullName })
      .from(contactEmails)
      .innerJoin(contacts, eq(contacts.id, contactEmails.contactId))
      .where(and(inArray(sql`lower(${contactEmails.email})`, allEmails), isNull(contacts.mergedIntoId)))
      .orderBy(asc(contacts.createdAt), asc(contacts.id));
    for (const h of hits) if (!byEmail.has(h.email)) byEmail.set(h.email, { id: h.id, fullName: h.fullName });
  }
  return Promise.all(
    entries.map(async (entry): Promise<Duplicate | null> => {
      const sameEmail = entry.emails.map((m) => byEmail.get(m.toLowerCase())).find(Boolean);
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

/** An organization found by its normalized name (through the trigram index), else created. */
async function organizationByName(tx: Tx, user: Acting, name: string, cache: Map<string, OrgRef & { created: boolean }>) {
  const key = normalizeForSearch(name);
  const cached = cache.get(key);
  if (cached) return cached;
  const escaped = key.replace(/[\\%_]/g, (c) => `\\${c}`);
  const candidates = await tx
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(like(organizations.searchText, `${escaped}%`))
    .orderBy(asc(organizations.createdAt))
    .limit(50);
  let org: OrgRef & { created: boolean } = { ...(candidates.find((c) => normalizeForSearch(c.name) === key) ?? { id: "", name, acronym: null }), created: false };
  if (!org.id) {
    const [row] = await tx.insert(organizations).values({ name, searchText: searchText.organization({ name, nameNative: null, acronym: null }), source: "report" }).returning();
    await writeAudit(tx, user, { action: "create", entity: "organization", entityId: row.id, summary: row.name, before: null, after: row });
    org = { id: row.id, name: row.name, acronym: row.acronym, created: true };
  }
  cache.set(key, org);
  return org;
}

async function createFromRow(tx: Tx, user: Acting, row: ImportRow, org: OrgRef | null, source: string, sourceRef: string) {
  const [created] = await tx
    .insert(contacts)
    .values({
      kind: row.kind, fullName: row.fullName, title: row.title, organizationId: org?.id ?? null, postalAddress: row.address,
      webFormUrl: row.urls[0] ?? null, source, sourceRef, createdById: user.id,
      searchText: searchText.contact({ fullName: row.fullName, nameNative: null, title: row.title, department: null }, org, row.emails),
    })
    .returning();
  if (row.emails.length) await tx.insert(contactEmails).values(row.emails.map((email, i) => ({ contactId: created.id, email, isPrimary: i === 0 })));
  if (row.phones.length) await tx.insert(contactPhones).values(row.phones.map((phone, i) => ({ contactId: created.id, ...phoneColumns(phone, created.country), isPrimary: i === 0 })));
  await writeAudit(tx, user, {
    action: "create", entity: "contact", entityId: created.id, summary: `${created.fullName} (from the report “${sourceRef}”)`,
    before: null, after: { ...created, emails: row.emails, phones: row.phones },
  });
  return created.id;
}

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
    const orgs = new Map<string, OrgRef & { created: boolean }>();
    const memberIds: string[] = [];
    let created = 0;
    let merged = 0;
    for (const row of values.rows) {
      const org = row.organization ? await organizationByName(tx, user, row.organization, orgs) : null;
      if (row.mergeIntoId) {
        memberIds.push(await mergeIntoContact(tx, user, row, org, values.reportName));
        merged++;
      } else {
        memberIds.push(await createFromRow(tx, user, row, org, source, values.reportName));
        created++;
      }
    }
    const members = [...new Set(memberIds)];
    const listName = `Addressees — ${values.reportName}`;
    const description = `Addressees of the report “${values.reportName}”: ${created} imported as new contacts, ${merged} merged into existing ones.`;
    const [list] = await tx
      .insert(contactLists)
      .values({ name: listName, description, source, searchText: searchText.list({ name: listName, description }), createdById: user.id })
      .returning();
    await tx.insert(contactListMembers).values(members.map((contactId) => ({ listId: list.id, contactId, addedById: user.id })));
    await writeAudit(tx, user, { action: "create", entity: "contact_list", entityId: list.id, summary: `${list.name} (${members.length} members)`, before: null, after: { ...list, members: members.length } });
    const organizationsCreated = [...orgs.values()].filter((o) => o.created).length;
    const result = { listId: list.id, created, merged, organizationsCreated };
    await writeAudit(tx, user, {
      action: "import", entity: "import", entityId: list.id,
      summary: `Report “${values.reportName}”: ${created} contacts created, ${merged} merged, ${organizationsCreated} organizations created; list “${list.name}”`,
      before: null, after: { source, ...result },
    });
    return result;
  });
});
