import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contactEmails, contactPhones, contacts, eventParticipants, letterSignatories, organizations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { insertContacts } from "./write";
import { phoneColumns } from "./phones";
import type { ContactFormValues } from "./schema";
import { searchText } from "@/lib/search/search-text";

type Channel = { value: string; label: string; primary: boolean };
const channelAudit = (rows: Array<{ value: string; label: string | null; isPrimary: boolean }>) =>
  rows.map((r) => ({ value: r.value, label: r.label, primary: r.isPrimary }));

const searchTextOf = (v: ContactFormValues, organization: { name: string; acronym: string | null } | null) =>
  searchText.contact(v, organization, v.emails.map((e) => e.value));

/** The chosen organization, or a new one created in the same transaction from the typed name. */
async function resolveOrganization(tx: Tx, user: Acting, v: ContactFormValues) {
  if (v.newOrganizationName) {
    const [org] = await tx
      .insert(organizations)
      .values({ name: v.newOrganizationName, kind: v.institutionType ?? "other", country: v.country, searchText: searchText.organization({ name: v.newOrganizationName, nameNative: null, acronym: null }) })
      .returning();
    await writeAudit(tx, user, { action: "create", entity: "organization", entityId: org.id, summary: org.name, before: null, after: org });
    return { id: org.id, name: org.name, acronym: org.acronym };
  }
  if (!v.organizationId) return null;
  const [org] = await tx
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(eq(organizations.id, v.organizationId));
  if (!org) throw new ValidationError("That organization no longer exists. Choose another.", "organizationId");
  return org;
}

/** The contact row's columns from the form; e-mails, phones and the organization are stored apart. */
function contactColumns(v: ContactFormValues) {
  return {
    kind: v.kind, honorific: v.honorific, firstName: v.firstName, lastName: v.lastName, fullName: v.fullName, nameNative: v.nameNative,
    title: v.title, department: v.department, institutionType: v.institutionType, country: v.country,
    postalAddress: v.postalAddress, webFormUrl: v.webFormUrl, salutation: v.salutation, language: v.language,
    parliamentaryBody: v.parliamentaryBody, delegation: v.delegation, politicalGroup: v.politicalGroup, committees: v.committees,
    tags: v.tags, notes: v.notes, doNotContact: v.doNotContact, doNotContactReason: v.doNotContact ? v.doNotContactReason : null,
  };
}

/** Replaces the contact's e-mails and phones with the submitted ones; returns both for the audit. */
async function replaceChannels(tx: Tx, contactId: string, emails: Channel[], phones: Channel[], country: string | null) {
  await tx.delete(contactEmails).where(eq(contactEmails.contactId, contactId));
  await tx.delete(contactPhones).where(eq(contactPhones.contactId, contactId));
  if (emails.length)
    await tx.insert(contactEmails).values(emails.map((e) => ({ contactId, email: e.value, label: e.label || null, isPrimary: e.primary })));
  if (phones.length)
    await tx.insert(contactPhones).values(phones.map((p) => ({ contactId, ...phoneColumns(p.value, country), label: p.label || null, isPrimary: p.primary })));
  return {
    emails: emails.map((e) => ({ value: e.value, label: e.label || null, primary: e.primary })),
    phones: phones.map((p) => ({ value: p.value, label: p.label || null, primary: p.primary })),
  };
}

async function currentChannels(tx: Tx, contactId: string) {
  const [emails, phones] = await Promise.all([
    tx.select({ value: contactEmails.email, label: contactEmails.label, isPrimary: contactEmails.isPrimary }).from(contactEmails).where(eq(contactEmails.contactId, contactId)).orderBy(asc(contactEmails.createdAt), asc(contactEmails.id)),
    tx.select({ value: contactPhones.phone, label: contactPhones.label, isPrimary: contactPhones.isPrimary }).from(contactPhones).where(eq(contactPhones.contactId, contactId)).orderBy(asc(contactPhones.createdAt), asc(contactPhones.id)),
  ]);
  return { emails: channelAudit(emails), phones: channelAudit(phones) };
}

export const createContact = dataAccess(async function createContact(user: Acting, values: ContactFormValues): Promise<{ id: string }> {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const organization = await resolveOrganization(tx, user, values);
    const [id] = await insertContacts(tx, user, [{ ...contactColumns(values), organization, emails: values.emails, phones: values.phones }]);
    return { id };
  });
});

/** Locks the row and checks the version the user saw is still current; a merged record answers like a missing one. */
const lockForEdit = (tx: Tx, id: string, version: number) => lockVersioned(tx, contacts, id, version, { where: isNull(contacts.mergedIntoId) });

export const updateContact = dataAccess(async function updateContact(user: Acting, input: { id: string; version: number; values: ContactFormValues }) {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const before = await lockForEdit(tx, input.id, input.version);
    const channelsBefore = await currentChannels(tx, input.id);
    const organization = await resolveOrganization(tx, user, input.values);
    const [after] = await tx
      .update(contacts)
      .set({
        ...contactColumns(input.values),
        organizationId: organization?.id ?? null,
        searchText: searchTextOf(input.values, organization),
        ...bump(contacts),
      })
      .where(eq(contacts.id, input.id))
      .returning();
    const channels = await replaceChannels(tx, input.id, input.values.emails, input.values.phones, input.values.country);
    await writeAudit(tx, user, {
      action: "update",
      entity: "contact",
      entityId: after.id,
      summary: after.fullName,
      before: { ...before, ...channelsBefore },
      after: { ...after, ...channels },
    });
    return { id: after.id, version: after.version };
  });
});

export const deleteContact = dataAccess(async function deleteContact(user: Acting, input: { id: string; version: number }) {
  authorize(user, "delete");
  return db.transaction(async (tx) => {
    const before = await lockForEdit(tx, input.id, input.version);
    // Signatures and speaking roles are history kept by foreign keys: such a contact is merged, not deleted.
    const [signed] = await tx.select({ id: letterSignatories.id }).from(letterSignatories).where(eq(letterSignatories.contactId, input.id)).limit(1);
    const [spoke] = await tx.select({ id: eventParticipants.eventId }).from(eventParticipants).where(and(eq(eventParticipants.contactId, input.id))).limit(1);
    if (signed || spoke) {
      throw new ValidationError("This contact is on a letter or took part in an event, so it cannot be deleted. Merge it into another contact instead.");
    }
    const channels = await currentChannels(tx, input.id);
    await tx.delete(contacts).where(eq(contacts.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "contact", entityId: before.id, summary: before.fullName, before: { ...before, ...channels }, after: null });
    return { id: before.id };
  });
});
