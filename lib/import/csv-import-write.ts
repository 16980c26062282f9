import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { phoneColumns, samePhone } from "@/lib/contacts/phones";
import { ValidationError } from "@/lib/errors";
import type { ContactImportRow } from "./csv-validate";
import type { ImportOptions } from "./schema";
import { searchText } from "@/lib/search/search-text";

// The writing half of the CSV import, run inside its one transaction: organizations found by name
// (missing ones created), new contacts inserted 500 rows per multi-row INSERT, existing ones
// updated or skipped, the optional list filled, one audit entry for the whole import.

export const importBatch = 500;
export const importSource = "import:csv";

export type ImportResult = { created: number; updated: number; skipped: number; organizationsCreated: number; listId: string | null; listName: string | null };

type Org = { id: string; name: string; acronym: string | null };
type Input = { rows: ContactImportRow[]; existing: Map<string, string>; fileName: string; options: ImportOptions; onProgress: (processed: number) => void };

/** The contact a row matches by any of its e-mails, if one exists. */
export function matchOf(row: ContactImportRow, existing: Map<string, string>): string | undefined {
  for (const email of row.emails) {
    const id = existing.get(email.toLowerCase());
    if (id) return id;
  }
  return undefined;
}

/** Organizations by lower-cased name; the missing ones are created (kind "other"). */
async function resolveOrganizations(tx: Tx, rows: ContactImportRow[]): Promise<{ byName: Map<string, Org>; created: number }> {
  const names = new Map<string, string>();
  for (const r of rows) if (r.organization && !names.has(r.organization.toLowerCase())) names.set(r.organization.toLowerCase(), r.organization);
  const byName = new Map<string, Org>();
  const keys = [...names.keys()];
  for (let i = 0; i < keys.length; i += 1000) {
    const found = await tx.execute(sql`
      SELECT DISTINCT ON (lower(name)) lower(name) AS key, id, name, acronym FROM organizations
      WHERE lower(name) = ANY(${sql.param(keys.slice(i, i + 1000))}::text[]) ORDER BY lower(name), created_at, id`);
    for (const o of rowsOf<Org & { key: string }>(found)) byName.set(o.key, { id: o.id, name: o.name, acronym: o.acronym });
  }
  const missing = [...names].filter(([key]) => !byName.has(key));
  for (let i = 0; i < missing.length; i += importBatch) {
    const inserted = await tx
      .insert(organizations)
      .values(missing.slice(i, i + importBatch).map(([, name]) => ({ name, kind: "other" as const, searchText: searchText.organization({ name, nameNative: null, acronym: null }), source: importSource })))
      .returning({ id: organizations.id, name: organizations.name, acronym: organizations.acronym });
    for (const o of inserted) byName.set(o.name.toLowerCase(), o);
  }
  return { byName, created: missing.length };
}

/** The contact columns a CSV row sets; null cells are left out so an update keeps what is there. */
function columnsOf(r: ContactImportRow, org: Org | null) {
  return {
    fullName: r.fullName, firstName: r.firstName, lastName: r.lastName, honorific: r.honorific, title: r.title, department: r.department,
    organizationId: org?.id ?? null, country: r.country, postalAddress: r.postalAddress, webFormUrl: r.webFormUrl, salutation: r.salutation,
    language: r.language, parliamentaryBody: r.parliamentaryBody, delegation: r.delegation, politicalGroup: r.politicalGroup,
  };
}

async function insertNew(tx: Tx, user: Acting, rows: ContactImportRow[], orgs: Map<string, Org>, fileName: string): Promise<string[]> {
  // Ids made here, so e-mails and phones are tied to their contact without relying on RETURNING order.
  const ids = rows.map(() => randomUUID());
  const orgOf = (r: ContactImportRow) => (r.organization ? (orgs.get(r.organization.toLowerCase()) ?? null) : null);
  await tx.insert(contacts).values(
    rows.map((r, i) => ({
      id: ids[i], ...columnsOf(r, orgOf(r)), committees: r.committees, tags: r.tags, notes: r.notes, source: importSource, sourceRef: fileName,
      createdById: user.id, searchText: searchText.contact({ ...r, nameNative: null }, orgOf(r), r.emails),
    })),
  );
  const emails = rows.flatMap((r, i) => r.emails.map((email, k) => ({ contactId: ids[i], email, isPrimary: k === 0 })));
  const phones = rows.flatMap((r, i) => r.phones.map((phone, k) => ({ contactId: ids[i], ...phoneColumns(phone, r.country), isPrimary: k === 0 })));
  if (emails.length) await tx.insert(contactEmails).values(emails);
  if (phones.length) await tx.insert(contactPhones).values(phones);
  return ids;
}

/** Fills the existing contact with the row's non-empty values and adds e-mails and phones it lacks. */
async function updateExisting(tx: Tx, contactId: string, r: ContactImportRow, orgs: Map<string, Org>) {
  const org = r.organization ? (orgs.get(r.organization.toLowerCase()) ?? null) : null;
  const set = Object.fromEntries(Object.entries(columnsOf(r, org)).filter(([, v]) => v !== null));
  const before = await lockVersioned(tx, contacts, contactId, undefined, {
    notFound: () => new ValidationError("A contact this file updates was deleted meanwhile. Nothing was imported; check the file again."),
  });
  const [emails, phones] = await Promise.all([
    tx.select({ email: contactEmails.email }).from(contactEmails).where(eq(contactEmails.contactId, contactId)),
    tx.select({ phone: contactPhones.phone, phoneE164: contactPhones.phoneE164 }).from(contactPhones).where(eq(contactPhones.contactId, contactId)),
  ]);
  const known = new Set(emails.map((e) => e.email.toLowerCase()));
  const newEmails = r.emails.filter((e) => !known.has(e.toLowerCase()));
  const newPhones = r.phones.map((p) => phoneColumns(p, r.country ?? before.country)).filter((p) => !phones.some((q) => samePhone(q, p)));
  if (newEmails.length) await tx.insert(contactEmails).values(newEmails.map((email, k) => ({ contactId, email, isPrimary: emails.length === 0 && k === 0 })));
  if (newPhones.length) await tx.insert(contactPhones).values(newPhones.map((phone, k) => ({ contactId, ...phone, isPrimary: phones.length === 0 && k === 0 })));
  const organizationId = (set.organizationId as string | undefined) ?? before.organizationId;
  const [organization] = organizationId
    ? await tx.select({ name: organizations.name, acronym: organizations.acronym }).from(organizations).where(eq(organizations.id, organizationId))
    : [null];
  const merged = { ...before, ...set };
  await tx
    .update(contacts)
    .set({
      ...set,
      committees: r.committees.length ? r.committees : before.committees,
      tags: [...new Set([...before.tags, ...r.tags])],
      notes: r.notes && !before.notes.includes(r.notes) ? [before.notes, r.notes].filter(Boolean).join("\n\n") : before.notes,
      searchText: searchText.contact(merged, organization ?? null, [...emails.map((e) => e.email), ...newEmails]),
      ...bump(contacts),
    })
    .where(eq(contacts.id, contactId));
}

async function createListWith(tx: Tx, user: Acting, name: string, fileName: string, contactIds: string[]) {
  const [list] = await tx
    .insert(contactLists)
    .values({ name, description: `Imported from ${fileName}`, source: importSource, searchText: searchText.list({ name, description: `Imported from ${fileName}` }), createdById: user.id })
    .returning();
  await writeAudit(tx, user, { action: "create", entity: "contact_list", entityId: list.id, summary: `${list.name} (${contactIds.length} members, CSV import)`, before: null, after: list });
  const ids = [...new Set(contactIds)];
  for (let i = 0; i < ids.length; i += importBatch) {
    await tx
      .insert(contactListMembers)
      .values(ids.slice(i, i + importBatch).map((contactId) => ({ listId: list.id, contactId, addedById: user.id })))
      .onConflictDoNothing();
  }
  return list;
}

export async function writeImport(tx: Tx, user: Acting, { rows, existing, fileName, options, onProgress }: Input): Promise<ImportResult> {
  const matched = rows.map((r) => matchOf(r, existing));
  const toCreate = rows.filter((_, i) => !matched[i]);
  const toUpdate = options.existing === "update" ? rows.flatMap((r, i) => (matched[i] ? [[matched[i], r] as const] : [])) : [];
  const { byName, created: organizationsCreated } = await resolveOrganizations(tx, [...toCreate, ...toUpdate.map(([, r]) => r)]);

  const memberIds: string[] = [];
  let processed = 0;
  for (let i = 0; i < toCreate.length; i += importBatch) {
    memberIds.push(...(await insertNew(tx, user, toCreate.slice(i, i + importBatch), byName, fileName)));
    processed += Math.min(importBatch, toCreate.length - i);
    onProgress(processed);
  }
  for (const [contactId, row] of toUpdate) {
    await updateExisting(tx, contactId, row, byName);
    if (++processed % 100 === 0) onProgress(processed);
  }
  // Skipped rows' contacts still belong in the list: it is the list of the people in the file.
  memberIds.push(...matched.filter((id): id is string => Boolean(id)));
  const list = options.listName ? await createListWith(tx, user, options.listName, fileName, memberIds) : null;

  const result: ImportResult = {
    created: toCreate.length, updated: toUpdate.length, skipped: rows.length - toCreate.length - toUpdate.length, organizationsCreated,
    listId: list?.id ?? null, listName: list?.name ?? null,
  };
  await writeAudit(tx, user, {
    action: "import",
    entity: "import",
    entityId: list?.id ?? null,
    summary: `CSV ${fileName}: ${result.created} created, ${result.updated} updated, ${result.skipped} skipped, ${organizationsCreated} organizations created${list ? `, list “${list.name}”` : ""}`,
    before: null,
    after: { fileName, ...result },
  });
  return result;
}
