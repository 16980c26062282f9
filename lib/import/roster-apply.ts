// Roster imports (European Parliament XML, PACE and OSCE PA CSV): the preview of what a file
// would change, and the import that carries it out in one transaction. Members are matched by
// (body, roster id); contacts of the body entered before any roster are matched once by name and
// given the id. Only roster-owned fields change: names, delegation, country (while it follows the
// delegation), political group and the body, party and left tags. One audit entry per import
// lists the counts and the ids of the contacts it created, changed and marked as left.
import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";
import { contactEmails, contacts, organizations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { CsvImportError, decodeCsv, maxCsvBytes } from "./csv-decode";
import { parseCsvRoster } from "./roster-csv";
import { parseEpRoster, RosterFileError, type ParsedRoster, type RosterIssue, type RosterMember } from "./roster-ep";
import { type RosterBody, type RosterUpload } from "./roster-groups";
import { searchText } from "@/lib/search/search-text";

/** The tag every imported member carries, so lists and filters can pick a body's members. */
export const bodyTags: Record<RosterBody, string> = { european_parliament: "MEP", pace: "PACE", osce_pa: "OSCE PA" };
/**
 * Members who are no longer on their body's roster are tagged `left:<body>` rather than deleted
 * (their letters, invitations and timeline stay) or given a new column: the schema has none for
 * it, and a tag is filterable today. The tag goes again when the member reappears in a roster.
 */
export const leftTag = (body: RosterBody) => `left:${body}`;
/** The national party is kept as one `party:<name>` tag, owned by the roster and replaced on import. */
export const partyPrefix = "party:";

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
  politicalGroup: contacts.politicalGroup,
  tags: contacts.tags,
};
export type ExistingMember = { [K in keyof typeof existingColumns]: (typeof contacts.$inferSelect)[K] };

/** The roster-owned fields; nothing else of an existing contact is touched. */
export type RosterFields = Pick<ExistingMember, "fullName" | "firstName" | "lastName" | "country" | "delegation" | "politicalGroup" | "tags">;

export type PlannedUpdate = { member: RosterMember; existing: ExistingMember; fields: RosterFields; changed: string[]; linked: boolean };

export type RosterPlan = {
  inserts: RosterMember[];
  updates: PlannedUpdate[];
  unchanged: number;
  /** members of the body no longer listed and not yet tagged as left */
  leftCount: number;
  leftSample: Array<{ id: string; fullName: string; externalId: string | null }>;
  /** roster entries whose contact was merged into another; left alone rather than duplicated */
  mergedSkipped: RosterMember[];
};

/** The roster-owned fields a member should have, starting from what the contact holds now. */
export function rosterFields(body: RosterBody, m: RosterMember, existing: ExistingMember | null): RosterFields {
  let tags = (existing?.tags ?? []).filter((t) => t !== leftTag(body));
  if (m.nationalParty !== undefined) {
    const party = m.nationalParty ? `${partyPrefix}${m.nationalParty}` : null;
    tags = tags.filter((t) => !t.startsWith(partyPrefix) || t === party);
    if (party && !tags.includes(party)) tags.push(party);
  }
  if (!tags.includes(bodyTags[body])) tags.push(bodyTags[body]);
  // The country follows the delegation unless someone set it to something else on purpose.
  const followsDelegation = !existing || !existing.country || existing.country === existing.delegation;
  return {
    fullName: m.fullName,
    firstName: m.firstName,
    lastName: m.lastName,
    country: followsDelegation ? m.delegation : existing.country,
    delegation: m.delegation,
    politicalGroup: m.politicalGroup,
    tags,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// Both sides go through the same SQL, so "Asim ADEMOV" meets "Asim Ademov" and "Auštrevičius" meets "Austrevicius".
const normName = (expr: ReturnType<typeof sql>) => sql`lower(immutable_unaccent(regexp_replace(btrim(${expr}), '\\s+', ' ', 'g')))`;

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

export async function planRoster(q: Db | Tx, body: RosterBody, members: RosterMember[], lock: boolean): Promise<RosterPlan> {
  const ids = members.map((m) => m.externalId);
  const byIdQuery = q.select(existingColumns).from(contacts).where(and(eq(contacts.parliamentaryBody, body), inArray(contacts.externalId, ids.length ? ids : [""])));
  const byIdRows = lock ? await byIdQuery.for("update") : await byIdQuery;
  const byId = new Map(byIdRows.map((r) => [r.externalId!, r]));

  // Contacts of this body entered before any roster (by hand, from news items): matched once by
  // name, so the import attaches the roster id to them instead of creating a duplicate.
  const unmatched = members.filter((m) => !byId.has(m.externalId));
  const byName = new Map<string, ExistingMember>();
  if (unmatched.length) {
    const names = unmatched.map((m) => m.fullName);
    const pairs = rowsOf<{ name: string; id: string }>(
      await q.execute(sql`
        SELECT n.name, c.id FROM unnest(${sql.param(names)}::text[]) AS n(name)
        JOIN contacts c ON ${normName(sql`c.full_name`)} = ${normName(sql`n.name`)}
        WHERE c.parliamentary_body = ${body} AND c.external_id IS NULL AND c.merged_into_id IS NULL
        ORDER BY c.created_at, c.id`),
    );
    const candidateIds = [...new Set(pairs.map((p) => p.id))];
    if (candidateIds.length) {
      const candidateQuery = q.select(existingColumns).from(contacts).where(inArray(contacts.id, candidateIds));
      const rows = new Map((lock ? await candidateQuery.for("update") : await candidateQuery).map((r) => [r.id, r]));
      const taken = new Set<string>();
      for (const { name, id } of pairs) {
        if (byName.has(name) || taken.has(id)) continue; // the oldest contact of that name, each at most once
        byName.set(name, rows.get(id)!);
        taken.add(id);
      }
    }
  }

  const plan: RosterPlan = { inserts: [], updates: [], unchanged: 0, leftCount: 0, leftSample: [], mergedSkipped: [] };
  for (const m of members) {
    const found = byId.get(m.externalId);
    if (found?.mergedIntoId) {
      plan.mergedSkipped.push(m);
      continue;
    }
    // Two members of the same name cannot both take over one hand-entered contact.
    const named = found ? null : byName.get(m.fullName);
    if (named) byName.delete(m.fullName);
    const existing = found ?? named ?? null;
    if (!existing) {
      plan.inserts.push(m);
      continue;
    }
    const fields = rosterFields(body, m, existing);
    const changed = (Object.keys(fields) as Array<keyof RosterFields>).filter((k) => !same(fields[k], existing[k]));
    const linked = !found;
    if (changed.length || linked) plan.updates.push({ member: m, existing, fields, changed, linked });
    else plan.unchanged++;
  }

  const leftWhere = noLongerListed(body, ids);
  const [[{ n }], sample] = await Promise.all([
    q.select({ n: sql<number>`count(*)::int` }).from(contacts).where(leftWhere),
    q.select({ id: contacts.id, fullName: contacts.fullName, externalId: contacts.externalId }).from(contacts).where(leftWhere).orderBy(contacts.fullName).limit(20),
  ]);
  plan.leftCount = n;
  plan.leftSample = sample;
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

const bodyNames: Record<RosterBody, string> = { european_parliament: "European Parliament", pace: "PACE", osce_pa: "OSCE PA" };
const memberTitles: Record<RosterBody, string> = {
  european_parliament: "Member of the European Parliament",
  pace: "Member of the Parliamentary Assembly of the Council of Europe",
  osce_pa: "Member of the OSCE Parliamentary Assembly",
};
const sources: Record<RosterBody, string> = { european_parliament: "roster:ep", pace: "roster:pace", osce_pa: "roster:osce_pa" };

/** Decodes and parses the uploaded file; a file that cannot be read at all is a ValidationError. */
export function readRoster(input: RosterUpload): ParsedRoster {
  const bytes = Buffer.from(input.content, "base64");
  if (bytes.byteLength > maxCsvBytes) throw new ValidationError("The file is larger than 10 MB.", "content");
  try {
    if (input.body === "european_parliament") {
      return parseEpRoster(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes));
    }
    return parseCsvRoster(input.body, decodeCsv(bytes).text);
  } catch (error) {
    if (error instanceof RosterFileError || error instanceof CsvImportError) throw new ValidationError(error.message, "content");
    throw error;
  }
}

export type RosterChange = { kind: "new" | "updated" | "linked" | "left"; name: string; externalId: string | null; details: string };
export type RosterSummary = {
  body: RosterBody;
  fileName: string;
  listed: number;
  counts: { new: number; updated: number; unchanged: number; left: number };
  /** the first 20 changes, new members first */
  changes: RosterChange[];
  /** the first 50 problems; errors block the import */
  issues: RosterIssue[];
  errorCount: number;
  warningCount: number;
};

const fieldLabels: Record<string, string> = { fullName: "name", firstName: "first name", lastName: "last name", country: "country", delegation: "delegation", politicalGroup: "group", tags: "tags" };

function describe(u: PlannedUpdate): string {
  const parts = u.changed
    .filter((k) => k !== "firstName" && k !== "lastName")
    .map((k) => (k === "tags" ? `tags: ${u.fields.tags.join(", ")}` : `${fieldLabels[k]}: ${u.existing[k as keyof RosterFields] ?? "—"} → ${u.fields[k as keyof RosterFields] ?? "—"}`));
  return [u.linked ? `roster id ${u.member.externalId} added to the existing contact` : "", ...parts].filter(Boolean).join("; ");
}

function summarize(body: RosterBody, fileName: string, parsed: ParsedRoster, plan: RosterPlan): RosterSummary {
  const issues = [...parsed.issues, ...plan.mergedSkipped.map((m): RosterIssue => ({ where: `${m.fullName} (id ${m.externalId})`, message: "was merged into another contact; left as it is.", severity: "warning" }))];
  const changes: RosterChange[] = [
    ...plan.inserts.map((m): RosterChange => ({ kind: "new", name: m.fullName, externalId: m.externalId, details: [m.delegation, m.politicalGroup].filter(Boolean).join(" · ") })),
    ...plan.updates.map((u): RosterChange => ({ kind: u.linked ? "linked" : "updated", name: u.fields.fullName, externalId: u.member.externalId, details: describe(u) })),
    ...plan.leftSample.map((l): RosterChange => ({ kind: "left", name: l.fullName, externalId: l.externalId, details: `no longer listed: tagged ${leftTag(body)}` })),
  ];
  return {
    body,
    fileName,
    listed: parsed.members.length,
    counts: { new: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged, left: plan.leftCount },
    changes: changes.slice(0, 20),
    issues: issues.slice(0, 50),
    errorCount: issues.filter((i) => i.severity === "error").length,
    warningCount: issues.filter((i) => i.severity === "warning").length,
  };
}

/** What importing this file would change; nothing is written. */
export const previewRoster = dataAccess(async function previewRoster(user: Acting, input: RosterUpload): Promise<RosterSummary> {
  authorize(user, "contact.write");
  const parsed = readRoster(input);
  const plan = await planRoster(db, input.body, parsed.members, false);
  return summarize(input.body, input.fileName, parsed, plan);
});

async function searchTexts(tx: Tx, updates: PlannedUpdate[]) {
  const ids = updates.map((u) => u.existing.id);
  const orgIds = [...new Set(updates.map((u) => u.existing.organizationId).filter((id): id is string => !!id))];
  const [emails, orgs] = await Promise.all([
    ids.length ? tx.select({ contactId: contactEmails.contactId, email: contactEmails.email }).from(contactEmails).where(inArray(contactEmails.contactId, ids)) : [],
    orgIds.length ? tx.select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym }).from(organizations).where(inArray(organizations.id, orgIds)) : [],
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  return (u: PlannedUpdate) =>
    searchText.contact(
      { ...u.existing, fullName: u.fields.fullName },
      u.existing.organizationId ? (orgById.get(u.existing.organizationId) ?? null) : null,
      emails.filter((e) => e.contactId === u.existing.id).map((e) => e.email),
    );
}

function newContact(body: RosterBody, m: RosterMember, fileName: string, org: { id: string; name: string; acronym: string | null } | null, userId: string) {
  const fields = rosterFields(body, m, null);
  const title = m.role && !/^(member|membre)$/i.test(m.role) ? `${m.role} (${bodyNames[body]})` : memberTitles[body];
  return {
    ...fields,
    kind: "person" as const,
    honorific: m.honorific,
    title,
    salutation: m.honorific && m.lastName ? `Dear ${m.honorific} ${m.lastName},` : null,
    organizationId: org?.id ?? null,
    institutionType: "parliament" as const,
    parliamentaryBody: body,
    externalId: m.externalId,
    source: sources[body],
    sourceRef: fileName,
    createdById: userId,
    searchText: searchText.contact({ fullName: m.fullName, nameNative: null, title, department: null }, org, []),
  };
}

/** Imports the file: all of it in one transaction, or nothing when the file has errors. */
export const applyRoster = dataAccess(async function applyRoster(user: Acting, input: RosterUpload): Promise<RosterSummary> {
  authorize(user, "contact.write");
  const parsed = readRoster(input);
  const errors = parsed.issues.filter((i) => i.severity === "error");
  if (errors.length) {
    throw new ValidationError(`Nothing was imported: ${errors.length} ${errors.length === 1 ? "entry needs" : "entries need"} fixing first (${errors[0].where}: ${errors[0].message}).`);
  }
  const body = input.body;
  return db.transaction(async (tx) => {
    // Two imports of one body at once would each see the other's members as new: one at a time.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${body}`}))`);
    const plan = await planRoster(tx, body, parsed.members, true);
    const org = plan.inserts.length ? await bodyOrganization(tx, body) : null;
    const created: string[] = [];
    for (let i = 0; i < plan.inserts.length; i += 500) {
      const rows = plan.inserts.slice(i, i + 500).map((m) => newContact(body, m, input.fileName, org, user.id));
      created.push(...(await tx.insert(contacts).values(rows).returning({ id: contacts.id })).map((r) => r.id));
    }
    const searchTextOf = await searchTexts(tx, plan.updates);
    for (const u of plan.updates) {
      await tx
        .update(contacts)
        .set({ ...u.fields, externalId: u.member.externalId, searchText: searchTextOf(u), ...bump(contacts) })
        .where(eq(contacts.id, u.existing.id));
    }
    const left = await tx
      .update(contacts)
      .set({ tags: sql`array_append(${contacts.tags}, ${leftTag(body)})`, ...bump(contacts) })
      .where(noLongerListed(body, parsed.members.map((m) => m.externalId)))
      .returning({ id: contacts.id });
    const summary = summarize(body, input.fileName, parsed, { ...plan, leftCount: left.length });
    const { counts } = summary;
    await writeAudit(tx, user, {
      action: "import",
      entity: "roster",
      summary: `${bodyNames[body]} roster “${input.fileName}”: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.left} left`,
      before: null,
      after: { body, fileName: input.fileName, listed: summary.listed, ...counts, created, updated: plan.updates.map((u) => u.existing.id), left: left.map((r) => r.id) },
    });
    return summary;
  });
});
