import "server-only";
// The one writer of contacts. Every way a contact is made (the form, CSV, report and roster
// imports, a request for help from a new sender, a walk-in at an event) goes through
// `insertContacts`; every import that completes an existing contact goes through `amendContact`.
// Both store phones as written plus E.164, derive the search text from what the row will hold
// (lib/search/search-text.ts), and audit in the caller's transaction. The matching rules (a
// contact by e-mail or by name, an organization by name) and the lists an import makes or fills
// live here too.
// The edit form (lib/contacts/mutations.ts) replaces e-mails and phones wholesale and stays there.
import { randomUUID } from "node:crypto";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/db/client";
import type { InstitutionType } from "@/db/enums";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { searchText } from "@/lib/search/search-text";
import { phoneColumns, samePhone, type PhoneColumns } from "./phones";

/** Rows per multi-row INSERT. */
export const writeBatch = 500;

export type OrgRef = { id: string; name: string; acronym: string | null };
export type ContactRef = { id: string; fullName: string };

/** An e-mail or phone as written, or with its label and primary flag (the form's shape). */
export type ChannelInput = string | { value: string; label?: string | null; primary?: boolean };

type ContactRow = typeof contacts.$inferInsert;
/** The columns of a contact to create; its organization, e-mails and phones apart. */
export type ContactDraft = Omit<ContactRow, "id" | "organizationId" | "searchText" | "createdById" | "version" | "createdAt" | "updatedAt" | "mergedIntoId" | "lastContactedAt"> & {
  organization?: OrgRef | null;
  emails?: ChannelInput[];
  phones?: ChannelInput[];
};

export type InsertOptions = {
  /** One "create" audit entry per contact with this summary (by default its name); false only when the caller audits the whole import. */
  audit?: false | ((draft: ContactDraft) => string);
};

const valueOf = (c: ChannelInput) => (typeof c === "string" ? c : c.value);

/** Rows for contact_emails or contact_phones: the first is primary unless the input says which. */
function channelRows(channels: ChannelInput[]) {
  const explicit = channels.some((c) => typeof c !== "string" && c.primary !== undefined);
  return channels.map((c, i) => ({
    value: valueOf(c),
    label: typeof c === "string" ? null : c.label || null,
    primary: explicit ? typeof c !== "string" && !!c.primary : i === 0,
  }));
}

/** What an audit entry records of a contact's e-mails or phones. */
const channelAudit = (rows: ReturnType<typeof channelRows>) => rows.map((r) => ({ value: r.value, label: r.label, primary: r.primary }));

/** The draft's own columns, without its organization, e-mails and phones. */
function columnsOf(draft: ContactDraft): Omit<ContactDraft, "organization" | "emails" | "phones"> {
  const columns = { ...draft };
  delete columns.organization;
  delete columns.emails;
  delete columns.phones;
  return columns;
}

/** Creates the contacts with their e-mails and phones, 500 per INSERT; returns their ids in order. */
export async function insertContacts(tx: Tx, user: Acting, drafts: ContactDraft[], options: InsertOptions = {}): Promise<string[]> {
  const summary = options.audit === undefined ? (d: ContactDraft) => d.fullName : options.audit;
  const ids: string[] = [];
  for (let start = 0; start < drafts.length; start += writeBatch) {
    const batch = drafts.slice(start, start + writeBatch);
    // Ids made here, so e-mails and phones are tied to their contact without relying on RETURNING order.
    const batchIds = batch.map(() => randomUUID());
    const emails = batch.map((d) => channelRows(d.emails ?? []));
    const phones = batch.map((d) => channelRows(d.phones ?? []));
    const rows = batch.map((draft, i) => ({
      ...columnsOf(draft),
      id: batchIds[i],
      organizationId: draft.organization?.id ?? null,
      searchText: searchText.contact({ fullName: draft.fullName, nameNative: draft.nameNative ?? null, title: draft.title ?? null, department: draft.department ?? null }, draft.organization ?? null, emails[i].map((e) => e.value)),
      createdById: user.id,
    }));
    const insert = tx.insert(contacts).values(rows);
    const created = summary ? await insert.returning() : (await insert, []);
    const emailRows = emails.flatMap((list, i) => list.map((e) => ({ contactId: batchIds[i], email: e.value, label: e.label, isPrimary: e.primary })));
    const phoneRows = phones.flatMap((list, i) => list.map((p) => ({ contactId: batchIds[i], ...phoneColumns(p.value, batch[i].country), label: p.label, isPrimary: p.primary })));
    if (emailRows.length) await tx.insert(contactEmails).values(emailRows);
    if (phoneRows.length) await tx.insert(contactPhones).values(phoneRows);
    if (summary) {
      const byId = new Map(created.map((r) => [r.id, r]));
      for (const [i, draft] of batch.entries()) {
        await writeAudit(tx, user, {
          action: "create", entity: "contact", entityId: batchIds[i], summary: summary(draft), before: null,
          after: { ...byId.get(batchIds[i]), emails: channelAudit(emails[i]), phones: channelAudit(phones[i]) },
        });
      }
    }
    ids.push(...batchIds);
  }
  return ids;
}

type Contact = typeof contacts.$inferSelect;
/** What an import changes on an existing contact: columns to set, e-mails and phones to add if missing. */
export type Amendment = { set?: Partial<Omit<ContactRow, "id" | "searchText" | "version" | "updatedAt">>; emails?: string[]; phones?: string[] };

export type AmendOptions = {
  /** The error when the contact is gone (deleted meanwhile). */
  notFound: () => Error;
  /** Follow a contact merged meanwhile to the one it was merged into. */
  followMerged?: boolean;
  /** One "update" audit entry with this summary; false when the caller audits the whole import. */
  audit?: false | ((after: Contact) => string);
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function lockContact(tx: Tx, id: string, options: AmendOptions): Promise<Contact> {
  let target = id;
  for (let hop = 0; hop < 5; hop++) {
    const current = await lockVersioned(tx, contacts, target, undefined, { notFound: options.notFound });
    if (!current.mergedIntoId || !options.followMerged) return current;
    target = current.mergedIntoId;
  }
  throw options.notFound();
}

/** A contact's e-mails and phones as stored, oldest first. */
export type StoredChannels = { emails: Array<{ value: string; isPrimary: boolean }>; phones: Array<{ value: string; phoneE164: string | null; isPrimary: boolean }> };

/** What an amendment writes: the columns that change, the e-mails and phones to add (with their primary flag), whether anything changes at all. */
export type AmendmentPlan = {
  set: Partial<Contact>;
  next: Contact;
  newEmails: Array<{ email: string; isPrimary: boolean }>;
  newPhones: Array<PhoneColumns & { isPrimary: boolean }>;
  allEmails: string[];
  changed: boolean;
};

/**
 * The rule of an amendment, without the database: the columns `amendment` sets that differ from
 * `before`, the e-mails and phones it lacks (the first one primary only if it had none). Shared by
 * amendContact (one contact) and the CSV import's set-based update (lib/contacts/import-csv-update.ts).
 */
export function planAmendment(before: Contact, stored: StoredChannels, amendment: Amendment): AmendmentPlan {
  const set = Object.fromEntries(Object.entries(amendment.set ?? {}).filter(([k, v]) => !same(v, before[k as keyof Contact]))) as Partial<Contact>;
  const country = (set.country as string | null | undefined) ?? before.country;
  const knownEmails = new Set(stored.emails.map((e) => e.value.toLowerCase()));
  const emails = [...new Set(amendment.emails ?? [])].filter((e) => !knownEmails.has(e.toLowerCase()));
  const phones: PhoneColumns[] = [];
  for (const p of (amendment.phones ?? []).map((value) => phoneColumns(value, country)))
    if (!stored.phones.some((q) => samePhone({ phone: q.value, phoneE164: q.phoneE164 }, p)) && !phones.some((q) => samePhone(q, p))) phones.push(p);
  const hasPrimary = (rows: Array<{ isPrimary: boolean }>) => rows.some((r) => r.isPrimary);
  return {
    set,
    next: { ...before, ...set },
    newEmails: emails.map((email, i) => ({ email, isPrimary: !hasPrimary(stored.emails) && i === 0 })),
    newPhones: phones.map((phone, i) => ({ ...phone, isPrimary: !hasPrimary(stored.phones) && i === 0 })),
    allEmails: [...stored.emails.map((e) => e.value), ...emails],
    changed: Object.keys(set).length > 0 || emails.length > 0 || phones.length > 0,
  };
}

/**
 * Locks the contact, asks `change` what to set and add given what it holds now, adds the e-mails
 * and phones it lacks (planAmendment), recomputes its search text and bumps its version. A change
 * that changes nothing writes nothing. Returns the contact's id (the one merged into, when
 * followed) and whether it changed.
 */
export async function amendContact(tx: Tx, user: Acting, id: string, change: (before: Contact) => Amendment, options: AmendOptions): Promise<{ id: string; changed: boolean }> {
  const before = await lockContact(tx, id, options);
  const [emails, phones] = await Promise.all([
    tx.select({ value: contactEmails.email, isPrimary: contactEmails.isPrimary }).from(contactEmails).where(eq(contactEmails.contactId, before.id)).orderBy(asc(contactEmails.createdAt), asc(contactEmails.id)),
    tx.select({ value: contactPhones.phone, phoneE164: contactPhones.phoneE164, isPrimary: contactPhones.isPrimary }).from(contactPhones).where(eq(contactPhones.contactId, before.id)).orderBy(asc(contactPhones.createdAt), asc(contactPhones.id)),
  ]);
  const plan = planAmendment(before, { emails, phones }, change(before));
  if (!plan.changed) return { id: before.id, changed: false };

  if (plan.newEmails.length) await tx.insert(contactEmails).values(plan.newEmails.map((e) => ({ contactId: before.id, ...e })));
  if (plan.newPhones.length) await tx.insert(contactPhones).values(plan.newPhones.map((p) => ({ contactId: before.id, ...p })));
  const { next, set } = plan;
  const [organization] = next.organizationId
    ? await tx.select({ name: organizations.name, acronym: organizations.acronym }).from(organizations).where(eq(organizations.id, next.organizationId))
    : [null];
  const [after] = await tx
    .update(contacts)
    .set({ ...set, searchText: searchText.contact(next, organization ?? null, plan.allEmails), ...bump(contacts) })
    .where(eq(contacts.id, before.id))
    .returning();
  if (options.audit) {
    await writeAudit(tx, user, {
      action: "update", entity: "contact", entityId: after.id, summary: options.audit(after),
      before: { ...before, emails: emails.map((e) => e.value), phones: phones.map((p) => p.value) },
      after: { ...after, emails: plan.allEmails, phones: [...phones.map((p) => p.value), ...plan.newPhones.map((p) => p.phone)] },
    });
  }
  return { id: after.id, changed: true };
}

/**
 * The matching key of a name: lower case, accents off, spaces collapsed. "Asim ADEMOV" meets
 * "Asim Ademov", "Auštrevičius" meets "Austrevicius", "Akorda " meets "Akorda".
 */
export const nameKey = (expr: SQL) => sql`lower(immutable_unaccent(regexp_replace(btrim(${expr}), '\\s+', ' ', 'g')))`;

export type FoundOrganization = OrgRef & { created: boolean };

/** The key new organizations are told apart by, so "Akorda" and "AKORDA " in one file make one. */
export const organizationKeyOf = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
const keyOf = organizationKeyOf;

/**
 * The existing organization of each name (by nameKey; the oldest when several match), keyed by
 * the name as given; names without one are absent. One query per 1,000 names; creates nothing.
 */
export async function existingOrganizationsByName(q: Db | Tx, names: Iterable<string>): Promise<Map<string, FoundOrganization>> {
  const wanted = [...new Set(names)].filter((n) => n.trim());
  const found = new Map<string, FoundOrganization>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const result = await q.execute(sql`
      SELECT DISTINCT ON (n.name) n.name AS given, o.id, o.name, o.acronym
      FROM unnest(${sql.param(wanted.slice(i, i + 1000))}::text[]) AS n(name)
      JOIN organizations o ON ${nameKey(sql`o.name`)} = ${nameKey(sql`n.name`)}
      ORDER BY n.name, o.created_at, o.id`);
    for (const o of rowsOf<OrgRef & { given: string }>(result)) found.set(o.given, { id: o.id, name: o.name, acronym: o.acronym, created: false });
  }
  return found;
}

/**
 * The organization of each name (by nameKey; the oldest when several match), the missing ones
 * created with `kind` and `source`. Keyed by the name as given. `audit` writes one "create" entry
 * per new organization; an import that audits itself as a whole passes false.
 */
export async function organizationsByName(
  tx: Tx,
  user: Acting,
  names: Iterable<string>,
  options: { source: string; kind?: InstitutionType; audit: boolean },
): Promise<Map<string, FoundOrganization>> {
  const wanted = [...new Set(names)].filter((n) => n.trim());
  const found = await existingOrganizationsByName(tx, wanted);
  const missing = new Map<string, string>();
  for (const name of wanted) if (!found.has(name) && !missing.has(keyOf(name))) missing.set(keyOf(name), name);
  const made = [...missing.values()];
  const createdByKey = new Map<string, FoundOrganization>();
  for (let i = 0; i < made.length; i += writeBatch) {
    const inserted = await tx
      .insert(organizations)
      .values(made.slice(i, i + writeBatch).map((name) => ({ name, kind: options.kind ?? "other", source: options.source, searchText: searchText.organization({ name, nameNative: null, acronym: null }) })))
      .returning();
    for (const row of inserted) {
      if (options.audit) await writeAudit(tx, user, { action: "create", entity: "organization", entityId: row.id, summary: row.name, before: null, after: row });
      createdByKey.set(keyOf(row.name), { id: row.id, name: row.name, acronym: row.acronym, created: true });
    }
  }
  for (const name of wanted) if (!found.has(name)) found.set(name, createdByKey.get(keyOf(name))!);
  return found;
}

/**
 * The live contact already holding each address (lower-cased). One indexed query per 1,000
 * addresses (contact_emails_email_idx on lower(email)); never the whole table. When several
 * contacts share an address, the oldest wins.
 */
export async function contactsByEmail(q: Db | Tx, addresses: Iterable<string>): Promise<Map<string, ContactRef>> {
  const emails = [...new Set([...addresses].map((e) => e.toLowerCase()))];
  const found = new Map<string, ContactRef>();
  for (let i = 0; i < emails.length; i += 1000) {
    const result = await q.execute(sql`
      SELECT DISTINCT ON (lower(e.email)) lower(e.email) AS email, c.id, c.full_name AS "fullName"
      FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
      WHERE lower(e.email) = ANY(${sql.param(emails.slice(i, i + 1000))}::text[]) AND c.merged_into_id IS NULL
      ORDER BY lower(e.email), c.created_at, c.id`);
    for (const { email, ...contact } of rowsOf<ContactRef & { email: string }>(result)) found.set(email, contact);
  }
  return found;
}

/** The first contact found by any of these e-mails. */
export function matchByEmail(emails: string[], byEmail: Map<string, ContactRef>): ContactRef | undefined {
  for (const email of emails) {
    const found = byEmail.get(email.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/** A contact found by name, with what can confirm that it is the same addressee. */
export type NameMatch = ContactRef & {
  country: string | null;
  webFormUrl: string | null;
  /** Its organization's name, and whether it is the organization asked about (by nameKey). */
  organizationName: string | null;
  sameOrganization: boolean;
  emails: string[];
  phones: PhoneColumns[];
};

/**
 * For each { name, organization }, the live contacts bearing that name by nameKey (case, accents,
 * spacing; contacts_name_key_idx), oldest first and at most `perName` of them, with their
 * e-mails, phones, web form and whether their organization is the one given. One query; the
 * caller decides what counts as the same addressee.
 */
export async function contactsByName(q: Db | Tx, wanted: Array<{ name: string; organization?: string | null }>, perName = 20): Promise<NameMatch[][]> {
  const found: NameMatch[][] = wanted.map(() => []);
  for (let i = 0; i < wanted.length; i += 1000) {
    const part = wanted.slice(i, i + 1000);
    const result = await q.execute(sql`
      SELECT n.i::int AS i, c.id, c.full_name AS "fullName", c.country, c.web_form_url AS "webFormUrl", o.name AS "organizationName",
        coalesce(n.org <> '' AND ${nameKey(sql`o.name`)} = ${nameKey(sql`n.org`)}, false) AS "sameOrganization",
        coalesce((SELECT json_agg(e.email ORDER BY e.created_at, e.id) FROM contact_emails e WHERE e.contact_id = c.id), '[]'::json) AS emails,
        coalesce((SELECT json_agg(json_build_object('phone', p.phone, 'phoneE164', p.phone_e164) ORDER BY p.created_at, p.id)
          FROM contact_phones p WHERE p.contact_id = c.id), '[]'::json) AS phones
      FROM unnest(${sql.param(part.map((w) => w.name))}::text[], ${sql.param(part.map((w) => w.organization ?? ""))}::text[]) WITH ORDINALITY AS n(name, org, i)
      CROSS JOIN LATERAL (
        SELECT c.* FROM contacts c
        WHERE ${nameKey(sql`c.full_name`)} = ${nameKey(sql`n.name`)} AND c.merged_into_id IS NULL
        ORDER BY c.created_at, c.id
        LIMIT ${perName}
      ) c
      LEFT JOIN organizations o ON o.id = c.organization_id
      ORDER BY n.i, c.created_at, c.id`);
    for (const { i: at, ...row } of rowsOf<NameMatch & { i: number }>(result)) found[i + Number(at) - 1].push(row);
  }
  return found;
}

/** The oldest list whose name is this one by nameKey, if any (the report import's preview tells so). */
export async function listByName(q: Db | Tx, name: string): Promise<{ id: string; name: string; members: number } | null> {
  const result = await q.execute(sql`
    SELECT l.id, l.name, (SELECT count(*)::int FROM contact_list_members m WHERE m.list_id = l.id) AS members
    FROM contact_lists l WHERE ${nameKey(sql`l.name`)} = ${nameKey(sql`${name}::text`)}
    ORDER BY l.created_at, l.id LIMIT 1`);
  const [row] = rowsOf<{ id: string; name: string; members: number }>(result);
  return row ? { ...row, members: Number(row.members) } : null;
}

export type ImportList = { id: string; name: string; reused: boolean; added: number; members: number };

/**
 * The list an import fills: the existing list of that name (by nameKey, the oldest when several),
 * to which the contacts that are not members yet are added, or else a new one. Imports of one
 * name are taken one after another (a transaction-scoped advisory lock on the name's key), so
 * two imports of one report at the same moment still make one list.
 */
export async function importListOf(tx: Tx, user: Acting, list: { name: string; description: string; source: string }, contactIds: string[], auditNote: string): Promise<ImportList> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('contact_list:' || ${nameKey(sql`${list.name}::text`)}))`);
  const existing = await listByName(tx, list.name);
  const ids = [...new Set(contactIds)];
  if (!existing) {
    const row = await createListOf(tx, user, list, ids, auditNote);
    return { id: row.id, name: row.name, reused: false, added: ids.length, members: ids.length };
  }
  await tx.update(contactLists).set({ updatedAt: sql`now()` }).where(eq(contactLists.id, existing.id));
  let added = 0;
  for (let i = 0; i < ids.length; i += writeBatch) {
    const inserted = await tx
      .insert(contactListMembers)
      .values(ids.slice(i, i + writeBatch).map((contactId) => ({ listId: existing.id, contactId, addedById: user.id })))
      .onConflictDoNothing()
      .returning({ contactId: contactListMembers.contactId });
    added += inserted.length;
  }
  const result = { added, alreadyMembers: ids.length - added };
  await writeAudit(tx, user, {
    action: "add_members", entity: "contact_list", entityId: existing.id,
    summary: `${existing.name}: ${added} added, ${result.alreadyMembers} already members${auditNote}`, before: null, after: result,
  });
  return { id: existing.id, name: existing.name, reused: true, added, members: existing.members + added };
}

/**
 * A new list of these contacts (each once), with its audit entry. The contacts are ids, or a
 * query of one column of contact ids (a bulk import's staging table), added in one statement.
 */
export async function createListOf(tx: Tx, user: Acting, list: { name: string; description: string; source: string }, contactIds: string[] | SQL, auditNote: string) {
  const [row] = await tx
    .insert(contactLists)
    .values({ ...list, searchText: searchText.list(list), createdById: user.id })
    .returning();
  let members: number;
  if (Array.isArray(contactIds)) {
    const ids = [...new Set(contactIds)];
    for (let i = 0; i < ids.length; i += writeBatch) {
      await tx.insert(contactListMembers).values(ids.slice(i, i + writeBatch).map((contactId) => ({ listId: row.id, contactId, addedById: user.id })));
    }
    members = ids.length;
  } else {
    const inserted = await tx.execute(sql`
      INSERT INTO contact_list_members (list_id, contact_id, added_by_id)
      SELECT DISTINCT ${row.id}::uuid, m.id, ${user.id}::uuid FROM (${contactIds}) AS m(id)`);
    members = Number((inserted as { rowCount?: number; affectedRows?: number }).rowCount ?? (inserted as { affectedRows?: number }).affectedRows ?? 0);
  }
  await writeAudit(tx, user, { action: "create", entity: "contact_list", entityId: row.id, summary: `${row.name} (${members} members${auditNote})`, before: null, after: { ...row, members } });
  return row;
}
