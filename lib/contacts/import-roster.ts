// Roster imports (European Parliament XML or MEP CSV, PACE and OSCE PA CSV): the preview of what a
// file would change, and the import that carries it out in one transaction. Members are matched by
// (body, roster id) first; contacts entered before any roster are matched once by e-mail, then by
// name, and given the id. Only roster-owned fields change: names, delegation, country (while it
// follows the delegation), political group, committees and the body, party, handle and left tags;
// e-mails and phones the file gives are added. A file older than what is stored keeps the newer
// groups (see olderThanStored): each contact's group carries the date it holds from, and each import
// is recorded with its roster's date (import-roster-dates.ts). One audit entry per import lists the
// counts, the roster's date and the ids of the contacts it listed, created, changed and marked as left.
import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";
import { contactEmails, contactPhones, contacts, organizations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { bodyNames, keptGroup, olderThanStored, leftTag, newMember, planUpdate, summarize, type ExistingMember, type RosterPlan, type RosterSummary } from "@/lib/import/roster/changes";
import type { RosterMember } from "@/lib/import/roster/ep";
import type { RosterBody, RosterUpload } from "@/lib/import/roster/groups";
import { readRoster } from "@/lib/import/roster/read";
import { latestRosterDate, recordRosterImport } from "./import-roster-dates";
import { amendContact, insertContacts, nameKey } from "./write";

const existingColumns = {
  id: contacts.id,
  externalId: contacts.externalId,
  mergedIntoId: contacts.mergedIntoId,
  fullName: contacts.fullName,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  nameNative: contacts.nameNative,
  title: contacts.title,
  department: contacts.department,
  organizationId: contacts.organizationId,
  country: contacts.country,
  delegation: contacts.delegation,
  parliamentaryBody: contacts.parliamentaryBody,
  politicalGroup: contacts.politicalGroup,
  politicalGroupSince: contacts.politicalGroupSince,
  committees: contacts.committees,
  tags: contacts.tags,
};
type Row = Omit<ExistingMember, "emails" | "phones" | "groupSince"> & { politicalGroupSince: string | null };

/** Members of the body with a roster id this file does not list, not yet tagged as left. */
function noLongerListed(body: RosterBody, ids: string[]) {
  return and(
    eq(contacts.parliamentaryBody, body),
    isNotNull(contacts.externalId),
    isNull(contacts.mergedIntoId),
    ids.length ? sql`NOT (${contacts.externalId} = ANY(${sql.param(ids)}::text[]))` : undefined,
    sql`NOT (${contacts.tags} @> ARRAY[${leftTag(body)}]::text[])`,
  );
}

/**
 * Contacts without a roster id that a member may be (the oldest first): by e-mail, of this body or
 * of none yet (a CSV import of the same people); then, of this body only, by name.
 */
async function candidates(q: Db | Tx, body: RosterBody, members: RosterMember[]) {
  const emails = [...new Set(members.flatMap((m) => (m.emails ?? []).map((e) => e.toLowerCase())))];
  const byEmail = emails.length
    ? rowsOf<{ key: string; id: string }>(
        await q.execute(sql`
          SELECT DISTINCT ON (lower(e.email)) lower(e.email) AS key, c.id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
          WHERE lower(e.email) = ANY(${sql.param(emails)}::text[]) AND c.external_id IS NULL AND c.merged_into_id IS NULL
            AND (c.parliamentary_body = ${body} OR c.parliamentary_body IS NULL)
          ORDER BY lower(e.email), c.created_at, c.id`),
      )
    : [];
  const byName = rowsOf<{ key: string; id: string }>(
    await q.execute(sql`
      SELECT n.name AS key, c.id FROM unnest(${sql.param(members.map((m) => m.fullName))}::text[]) AS n(name)
      JOIN contacts c ON ${nameKey(sql`c.full_name`)} = ${nameKey(sql`n.name`)}
      WHERE c.parliamentary_body = ${body} AND c.external_id IS NULL AND c.merged_into_id IS NULL
      ORDER BY c.created_at, c.id`),
  );
  return { byEmail: new Map(byEmail.map((r) => [r.key, r.id])), byName };
}

/** E-mails and phones of the matched contacts, oldest first. */
async function channelsOf(q: Db | Tx, ids: string[]) {
  if (ids.length === 0) return { emails: new Map<string, Array<{ contactId: string; email: string }>>(), phones: new Map<string, Array<{ contactId: string; phone: string; phoneE164: string | null }>>() };
  // One after the other: in a transaction they share one connection.
  const emails = await q.select({ contactId: contactEmails.contactId, email: contactEmails.email }).from(contactEmails).where(inArray(contactEmails.contactId, ids)).orderBy(asc(contactEmails.createdAt));
  const phones = await q.select({ contactId: contactPhones.contactId, phone: contactPhones.phone, phoneE164: contactPhones.phoneE164 }).from(contactPhones).where(inArray(contactPhones.contactId, ids)).orderBy(asc(contactPhones.createdAt));
  const group = <T extends { contactId: string }>(rows: T[]) => rows.reduce((m, r) => m.set(r.contactId, [...(m.get(r.contactId) ?? []), r]), new Map<string, T[]>());
  return { emails: group(emails), phones: group(phones) };
}

/** What the file would change; `lock` locks the matched contacts (for the import's transaction). */
export async function planRoster(q: Db | Tx, body: RosterBody, members: RosterMember[], lock: boolean, asOf: string): Promise<RosterPlan> {
  const select = async (where: ReturnType<typeof and>) => {
    const query = q.select(existingColumns).from(contacts).where(where);
    return (lock ? await query.for("update") : await query) as Row[];
  };
  const ids = members.map((m) => m.externalId);
  const byId = new Map((await select(and(eq(contacts.parliamentaryBody, body), inArray(contacts.externalId, ids.length ? ids : [""])))).map((r) => [r.externalId!, r]));

  // Contacts entered before any roster (by hand, from news items, from a CSV): matched once, so the
  // import attaches the roster id to them instead of creating a duplicate.
  const unmatched = members.filter((m) => !byId.has(m.externalId));
  const found = unmatched.length ? await candidates(q, body, unmatched) : { byEmail: new Map<string, string>(), byName: [] };
  const candidateIds = [...new Set([...found.byEmail.values(), ...found.byName.map((p) => p.id)])];
  const rows = new Map((candidateIds.length ? await select(inArray(contacts.id, candidateIds)) : []).map((r) => [r.id, r]));
  const taken = new Set<string>();
  const byName = new Map<string, string>();
  for (const { key, id } of found.byName) if (!byName.has(key)) byName.set(key, id); // the oldest of that name
  // Two members cannot both take over one contact; an e-mail is surer than a name.
  const linkFor = (m: RosterMember): Row | null => {
    const id = [...(m.emails ?? []).map((e) => found.byEmail.get(e.toLowerCase())), byName.get(m.fullName)].find((i) => i && !taken.has(i));
    if (!id) return null;
    taken.add(id);
    return rows.get(id) ?? null;
  };
  const matches = members.map((m) => ({ m, found: byId.get(m.externalId) ?? null }));
  for (const match of matches) if (!match.found) match.found = linkFor(match.m);

  const matchedIds = matches.flatMap(({ found: f }) => (f && !f.mergedIntoId ? [f.id] : []));
  const channels = await channelsOf(q, matchedIds);
  const latest = await latestRosterDate(q, body);
  const existingOf = ({ politicalGroupSince, ...r }: Row): ExistingMember => ({
    ...r,
    emails: (channels.emails.get(r.id) ?? []).map((e) => e.email),
    phones: (channels.phones.get(r.id) ?? []).map((p) => ({ phone: p.phone, phoneE164: p.phoneE164 })),
    groupSince: politicalGroupSince,
  });

  const olderThan = latest && asOf < latest ? latest : null;
  const plan: RosterPlan = { asOf, inserts: [], updates: [], unchanged: 0, leftCount: 0, leftSample: [], mergedSkipped: [], kept: [], matchedIds, datedIds: [], olderThan };
  for (const { m, found: row } of matches) {
    if (row?.mergedIntoId) {
      plan.mergedSkipped.push(m);
      continue;
    }
    if (!row) {
      plan.inserts.push(m);
      continue;
    }
    const existing = existingOf(row);
    if (!olderThanStored(existing, asOf)) plan.datedIds.push(existing.id);
    const kept = keptGroup(m, existing, asOf);
    if (kept) plan.kept.push(kept);
    const update = planUpdate(body, m, existing, !byId.has(m.externalId), asOf);
    if (update) plan.updates.push(update);
    else plan.unchanged++;
  }

  // An older list than the last one imported does not know who joined since: nobody is "left".
  if (!olderThan) {
    const leftWhere = noLongerListed(body, ids);
    const [[{ n }], sample] = await Promise.all([
      q.select({ n: sql<number>`count(*)::int` }).from(contacts).where(leftWhere),
      q.select({ id: contacts.id, fullName: contacts.fullName, externalId: contacts.externalId }).from(contacts).where(leftWhere).orderBy(contacts.fullName).limit(20),
    ]);
    plan.leftCount = n;
    plan.leftSample = sample;
  }
  return plan;
}

/** The body's own organization ("European Parliament"), if the directory has it, for new members. */
export async function bodyOrganization(q: Db | Tx, body: RosterBody) {
  const names = { european_parliament: ["european parliament", "EP"], pace: ["parliamentary assembly of the council of europe", "PACE"], osce_pa: ["osce parliamentary assembly", "OSCE PA"] }[body];
  const [org] = await q
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(sql`lower(${organizations.name}) = ${names[0]} OR ${organizations.acronym} = ${names[1]}`)
    .orderBy(organizations.createdAt)
    .limit(1);
  return org ?? null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** What importing this file would change; nothing is written. */
export const previewRoster = dataAccess(async function previewRoster(user: Acting, input: RosterUpload): Promise<RosterSummary> {
  authorize(user, "contact.write");
  const parsed = readRoster(input);
  const asOf = input.asOf ?? today();
  const plan = await planRoster(db, input.body, parsed.members, false, asOf);
  return summarize(input.body, input.fileName, parsed, plan);
});

/** Imports the file: all of it in one transaction, or nothing when the file has errors. */
export const applyRoster = dataAccess(async function applyRoster(user: Acting, input: RosterUpload): Promise<RosterSummary> {
  authorize(user, "contact.write");
  const parsed = readRoster(input);
  const errors = parsed.issues.filter((i) => i.severity === "error");
  if (errors.length) {
    throw new ValidationError(`Nothing was imported: ${errors.length} ${errors.length === 1 ? "entry needs" : "entries need"} fixing first (${errors[0].where}: ${errors[0].message}).`);
  }
  const body = input.body;
  const asOf = input.asOf ?? today();
  return db.transaction(async (tx) => {
    // Two imports of one body at once would each see the other's members as new: one at a time.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${body}`}))`);
    const plan = await planRoster(tx, body, parsed.members, true, asOf);
    const org = plan.inserts.length ? await bodyOrganization(tx, body) : null;
    const created = await insertContacts(tx, user, plan.inserts.map((m) => ({ ...newMember(body, m, input.fileName, asOf), organization: org })), { audit: false });
    for (const u of plan.updates) {
      await amendContact(tx, user, u.existing.id, () => ({ set: { ...u.fields, externalId: u.member.externalId }, emails: u.emails, phones: u.phones }), {
        notFound: () => new ValidationError("A member's contact was deleted meanwhile. Nothing was imported; try again."),
        audit: false,
      });
    }
    const left = plan.olderThan
      ? []
      : await tx
          .update(contacts)
          .set({ tags: sql`array_append(${contacts.tags}, ${leftTag(body)})`, ...bump(contacts) })
          .where(noLongerListed(body, parsed.members.map((m) => m.externalId)))
          .returning({ id: contacts.id });
    await recordRosterImport(tx, user, body, asOf, [...created, ...plan.datedIds]);
    const summary = summarize(body, input.fileName, parsed, { ...plan, leftCount: left.length });
    const { counts } = summary;
    await writeAudit(tx, user, {
      action: "import",
      entity: "roster",
      summary: `${bodyNames[body]} roster “${input.fileName}”: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.left} left`,
      before: null,
      after: {
        body, fileName: input.fileName, asOf, listed: summary.listed, ...counts,
        created, updated: plan.updates.map((u) => u.existing.id), left: left.map((r) => r.id), listedIds: plan.matchedIds,
      },
    });
    return summary;
  });
});
