// Roster imports (European Parliament XML, PACE and OSCE PA CSV): the preview of what a file
// would change, and the import that carries it out in one transaction. Members are matched by
// (body, roster id); contacts of the body entered before any roster are matched once by name and
// given the id. Only roster-owned fields change: names, delegation, country (while it follows the
// delegation), political group and the body, party and left tags. One audit entry per import
// lists the counts and the ids of the contacts it created, changed and marked as left.
import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";
import { contacts, organizations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { bodyNames, leftTag, newMember, planUpdate, readRoster, summarize, type ExistingMember, type RosterPlan, type RosterSummary } from "@/lib/import/roster/changes";
import type { RosterMember } from "@/lib/import/roster/ep";
import type { RosterBody, RosterUpload } from "@/lib/import/roster/groups";
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
  politicalGroup: contacts.politicalGroup,
  tags: contacts.tags,
} satisfies Record<keyof ExistingMember, unknown>;

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
        JOIN contacts c ON ${nameKey(sql`c.full_name`)} = ${nameKey(sql`n.name`)}
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
    const update = planUpdate(body, m, existing, !found);
    if (update) plan.updates.push(update);
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

/** What importing this file would change; nothing is written. */
export const previewRoster = dataAccess(async function previewRoster(user: Acting, input: RosterUpload): Promise<RosterSummary> {
  authorize(user, "contact.write");
  const parsed = readRoster(input);
  const plan = await planRoster(db, input.body, parsed.members, false);
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
  return db.transaction(async (tx) => {
    // Two imports of one body at once would each see the other's members as new: one at a time.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${body}`}))`);
    const plan = await planRoster(tx, body, parsed.members, true);
    const org = plan.inserts.length ? await bodyOrganization(tx, body) : null;
    const created = await insertContacts(tx, user, plan.inserts.map((m) => ({ ...newMember(body, m, input.fileName), organization: org })), { audit: false });
    for (const u of plan.updates) {
      await amendContact(tx, user, u.existing.id, () => ({ set: { ...u.fields, externalId: u.member.externalId } }), {
        notFound: () => new ValidationError("A member's contact was deleted meanwhile. Nothing was imported; try again."),
        audit: false,
      });
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
