import "server-only";
// Merging a report's row into the contact it duplicates: only what the contact lacks is taken
// (empty title, address, web form, organization), plus the e-mails and phones it does not have
// yet. Nothing the team typed is ever overwritten by what a report says.
import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contactEmails, contactPhones, contacts, organizations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { phoneColumns, samePhone } from "@/lib/contacts/phones";
import { ValidationError } from "@/lib/errors";
import type { ImportRow } from "./report-schema";
import { searchText } from "@/lib/search/search-text";

export type OrgRef = { id: string; name: string; acronym: string | null };

const blank = (v: string | null) => !v || !v.trim();

/** The live contact to merge into, locked; follows a contact that was itself merged meanwhile. */
async function lockTarget(tx: Tx, row: ImportRow) {
  const gone = () => new ValidationError(`Row ${row.index + 1}: the contact to merge into no longer exists. Choose “Create new”.`, `rows.${row.index}.action`);
  let id = row.mergeIntoId;
  for (let hop = 0; id && hop < 5; hop++) {
    const current = await lockVersioned(tx, contacts, id, undefined, { notFound: gone });
    if (!current.mergedIntoId) return current;
    id = current.mergedIntoId;
  }
  throw gone();
}

async function channelsOf(tx: Tx, contactId: string) {
  const [emails, phones] = await Promise.all([
    tx.select({ value: contactEmails.email, isPrimary: contactEmails.isPrimary }).from(contactEmails).where(eq(contactEmails.contactId, contactId)).orderBy(asc(contactEmails.createdAt)),
    tx.select({ value: contactPhones.phone, phoneE164: contactPhones.phoneE164, isPrimary: contactPhones.isPrimary }).from(contactPhones).where(eq(contactPhones.contactId, contactId)).orderBy(asc(contactPhones.createdAt)),
  ]);
  return { emails, phones };
}

/** Merges the row into its duplicate (version + 1 and one audit entry when anything changed); returns the contact's id. */
export async function mergeIntoContact(tx: Tx, user: Acting, row: ImportRow, org: OrgRef | null, reportName: string): Promise<string> {
  const before = await lockTarget(tx, row);
  const channels = await channelsOf(tx, before.id);
  const knownEmails = new Set(channels.emails.map((e) => e.value.toLowerCase()));
  const newEmails = row.emails.filter((e) => !knownEmails.has(e.toLowerCase()));
  const newPhones = row.phones
    .map((p) => phoneColumns(p, before.country))
    .filter((p) => !channels.phones.some((q) => samePhone({ phone: q.value, phoneE164: q.phoneE164 }, p)));

  const fills: Partial<typeof contacts.$inferInsert> = {};
  if (blank(before.title) && row.title) fills.title = row.title;
  if (blank(before.postalAddress) && row.address) fills.postalAddress = row.address;
  if (blank(before.webFormUrl) && row.urls[0]) fills.webFormUrl = row.urls[0];
  if (!before.organizationId && org) fills.organizationId = org.id;
  if (Object.keys(fills).length === 0 && newEmails.length === 0 && newPhones.length === 0) return before.id;

  const hasPrimaryEmail = channels.emails.some((e) => e.isPrimary);
  const hasPrimaryPhone = channels.phones.some((p) => p.isPrimary);
  if (newEmails.length) {
    await tx.insert(contactEmails).values(newEmails.map((email, i) => ({ contactId: before.id, email, isPrimary: !hasPrimaryEmail && i === 0 })));
  }
  if (newPhones.length) {
    await tx.insert(contactPhones).values(newPhones.map((phone, i) => ({ contactId: before.id, ...phone, isPrimary: !hasPrimaryPhone && i === 0 })));
  }
  const organizationId = fills.organizationId ?? before.organizationId;
  const [contactOrg] = organizationId
    ? await tx.select({ name: organizations.name, acronym: organizations.acronym }).from(organizations).where(eq(organizations.id, organizationId))
    : [];
  const emails = [...channels.emails.map((e) => e.value), ...newEmails];
  const phones = [...channels.phones.map((p) => p.value), ...newPhones.map((p) => p.phone)];
  const [after] = await tx
    .update(contacts)
    .set({
      ...fills,
      searchText: searchText.contact({ ...before, ...fills, title: fills.title ?? before.title }, contactOrg ?? null, emails),
      ...bump(contacts),
    })
    .where(eq(contacts.id, before.id))
    .returning();
  await writeAudit(tx, user, {
    action: "update",
    entity: "contact",
    entityId: after.id,
    summary: `${after.fullName}: completed from the report “${reportName}”`,
    before: { ...before, emails: channels.emails.map((e) => e.value), phones: channels.phones.map((p) => p.value) },
    after: { ...after, emails, phones },
  });
  return after.id;
}
