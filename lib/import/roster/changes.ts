// The pure half of roster imports (European Parliament XML or MEP CSV, PACE and OSCE PA CSV): the
// fields a member should have, the tags, and the summary a preview shows. Files are read by
// read.ts; what the database holds is looked up and written by lib/contacts/import-roster.ts.
import { phoneColumns, samePhone, type PhoneColumns } from "@/lib/contacts/phones";
import type { ParsedRoster, RosterIssue, RosterMember } from "./ep";
import type { ParliamentaryBody } from "@/db/enums";
import type { RosterBody } from "./groups";

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
/** The MEP CSV's X/Twitter handle, kept as one `twitter:@handle` tag (contacts have no column for it). */
export const twitterPrefix = "twitter:";

/** What the import reads of a contact it may update. */
export type ExistingMember = {
  id: string;
  externalId: string | null;
  mergedIntoId: string | null;
  fullName: string;
  firstName: string | null;
  lastName: string | null;
  nameNative: string | null;
  title: string | null;
  department: string | null;
  organizationId: string | null;
  country: string | null;
  delegation: string | null;
  parliamentaryBody: ParliamentaryBody | null;
  politicalGroup: string | null;
  committees: string[];
  tags: string[];
  emails: string[];
  phones: PhoneColumns[];
  /**
   * The day the stored political group is known to hold from (YYYY-MM-DD), or null when unknown:
   * the contact's political_group_since (the date of the newest roster that set or confirmed the
   * group, or the day of a change by hand).
   */
  groupSince: string | null;
};

/** The roster-owned fields; nothing else of an existing contact is touched. */
export type RosterFields = Pick<ExistingMember, "fullName" | "firstName" | "lastName" | "country" | "delegation" | "parliamentaryBody" | "politicalGroup" | "committees" | "tags">;

export type PlannedUpdate = {
  member: RosterMember;
  existing: ExistingMember;
  fields: RosterFields;
  changed: string[];
  linked: boolean;
  /** e-mails and phones of the file the contact lacks; added, never removed */
  emails: string[];
  phones: string[];
};

/** A stored group the file would have replaced, kept because it is newer than the file. */
export type KeptGroup = { member: RosterMember; stored: string; since: string };

export type RosterPlan = {
  /** the roster's date (YYYY-MM-DD) */
  asOf: string;
  inserts: RosterMember[];
  updates: PlannedUpdate[];
  unchanged: number;
  /** members of the body no longer listed and not yet tagged as left */
  leftCount: number;
  leftSample: Array<{ id: string; fullName: string; externalId: string | null }>;
  /** roster entries whose contact was merged into another; left alone rather than duplicated */
  mergedSkipped: RosterMember[];
  kept: KeptGroup[];
  /** every contact the file matched, changed or not (listed in the import's audit entry) */
  matchedIds: string[];
  /** the matched contacts whose stored group is not newer than the file: it sets or confirms their group, dated with the roster's date */
  datedIds: string[];
  /** set when the file is older than the newest roster of the body already imported: nobody is marked as left */
  olderThan: string | null;
};

/**
 * Whether the file is older than what the contact holds. A list of MEPs is a snapshot: importing
 * last year's file after this year's must not move members back to the groups they have left. So
 * the file's date (the upload's asOf) is compared with the stored group's since-date; when the
 * stored one is newer, the time-bound roster fields (group, party, committees, handle) are kept and
 * only empty ones are filled. Same day: the file wins, so re-importing a list is idempotent.
 */
export const olderThanStored = (existing: ExistingMember | null, asOf: string) => !!existing?.groupSince && existing.groupSince > asOf;

/** Replaces the roster-owned `prefix` tag with `value` (none when null); undefined leaves it alone. */
function ownedTag(tags: string[], prefix: string, value: string | null | undefined, keepExisting: boolean): string[] {
  if (value === undefined) return tags;
  if (keepExisting && tags.some((t) => t.startsWith(prefix))) return tags;
  const tag = value ? `${prefix}${value}` : null;
  const rest = tags.filter((t) => !t.startsWith(prefix) || t === tag);
  return tag && !rest.includes(tag) ? [...rest, tag] : rest;
}

/** The roster-owned fields a member should have, starting from what the contact holds now. */
export function rosterFields(body: RosterBody, m: RosterMember, existing: ExistingMember | null, asOf: string): RosterFields {
  const older = olderThanStored(existing, asOf);
  let tags = (existing?.tags ?? []).filter((t) => t !== leftTag(body));
  tags = ownedTag(tags, partyPrefix, m.nationalParty, older);
  tags = ownedTag(tags, twitterPrefix, m.twitter, older);
  if (!tags.includes(bodyTags[body])) tags.push(bodyTags[body]);
  // The country follows the delegation unless someone set it to something else on purpose.
  const followsDelegation = !existing || !existing.country || existing.country === existing.delegation;
  const storedCommittees = existing?.committees ?? [];
  return {
    fullName: m.fullName,
    firstName: m.firstName,
    lastName: m.lastName,
    country: followsDelegation ? m.delegation : existing.country,
    delegation: m.delegation,
    parliamentaryBody: body,
    politicalGroup: older && existing?.politicalGroup ? existing.politicalGroup : m.politicalGroup,
    committees: m.committees === undefined || (older && storedCommittees.length) ? storedCommittees : m.committees,
    tags,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The update a roster entry brings to the contact it matched, or null when nothing would change. */
export function planUpdate(body: RosterBody, member: RosterMember, existing: ExistingMember, linked: boolean, asOf: string): PlannedUpdate | null {
  const fields = rosterFields(body, member, existing, asOf);
  const changed: string[] = (Object.keys(fields) as Array<keyof RosterFields>).filter((k) => !same(fields[k], existing[k]));
  const known = new Set(existing.emails.map((e) => e.toLowerCase()));
  const emails = (member.emails ?? []).filter((e) => !known.has(e.toLowerCase()));
  const phones = (member.phones ?? []).filter((p) => !existing.phones.some((q) => samePhone(q, phoneColumns(p, fields.country))));
  if (emails.length) changed.push("emails");
  if (phones.length) changed.push("phones");
  return changed.length || linked ? { member, existing, fields, changed, linked, emails, phones } : null;
}

/** The group a file would have replaced, when the stored one is newer (reported as a note). */
export function keptGroup(member: RosterMember, existing: ExistingMember, asOf: string): KeptGroup | null {
  if (!olderThanStored(existing, asOf) || !existing.politicalGroup || existing.politicalGroup === member.politicalGroup) return null;
  return { member, stored: existing.politicalGroup, since: existing.groupSince! };
}

export const bodyNames: Record<RosterBody, string> = { european_parliament: "European Parliament", pace: "PACE", osce_pa: "OSCE PA" };
const memberTitles: Record<RosterBody, string> = {
  european_parliament: "Member of the European Parliament",
  pace: "Member of the Parliamentary Assembly of the Council of Europe",
  osce_pa: "Member of the OSCE Parliamentary Assembly",
};
export const rosterSources: Record<RosterBody, string> = { european_parliament: "roster:ep", pace: "roster:pace", osce_pa: "roster:osce_pa" };

export type RosterChange = { kind: "new" | "updated" | "linked" | "left"; name: string; externalId: string | null; details: string };
export type RosterSummary = {
  body: RosterBody;
  fileName: string;
  asOf: string;
  listed: number;
  counts: { new: number; updated: number; unchanged: number; left: number };
  /** up to 20 changes of each kind: updates (with their fields before → after) first, then new members, then those who left */
  changes: RosterChange[];
  /** the first 50 problems and notes; errors block the import */
  issues: RosterIssue[];
  errorCount: number;
  warningCount: number;
};

const fieldLabels: Record<string, string> = {
  fullName: "name", country: "country", delegation: "delegation", parliamentaryBody: "body", politicalGroup: "group", committees: "committees",
};
const bodyLabels: Record<ParliamentaryBody, string> = { european_parliament: "European Parliament", pace: "PACE", osce_pa: "OSCE PA", national_parliament: "National parliament" };
const shown = (v: unknown, k?: string) => (k === "parliamentaryBody" && v ? bodyLabels[v as ParliamentaryBody] : shownValue(v));
const shownValue = (v: unknown) => (Array.isArray(v) ? v.join(", ") || "—" : ((v as string | null) ?? "—"));

/** "group: EPP → Renew Europe; committees: AFET → AFET, DROI; tags: +party:X −party:Y; e-mail added: …" */
export function describeUpdate(u: PlannedUpdate): string {
  const parts = u.changed.flatMap((k) => {
    if (k === "firstName" || k === "lastName") return [];
    if (k === "emails") return [`e-mail added: ${u.emails.join(", ")}`];
    if (k === "phones") return [`phone added: ${u.phones.join(", ")}`];
    if (k === "tags") {
      const added = u.fields.tags.filter((t) => !u.existing.tags.includes(t)).map((t) => `+${t}`);
      const removed = u.existing.tags.filter((t) => !u.fields.tags.includes(t)).map((t) => `−${t}`);
      return [`tags: ${[...added, ...removed].join(" ")}`];
    }
    return [`${fieldLabels[k] ?? k}: ${shown(u.existing[k as keyof RosterFields], k)} → ${shown(u.fields[k as keyof RosterFields], k)}`];
  });
  return [u.linked ? `roster id ${u.member.externalId} added to the existing contact` : "", ...parts].filter(Boolean).join("; ");
}

const perKind = 20;

export function summarize(body: RosterBody, fileName: string, parsed: ParsedRoster, plan: RosterPlan): RosterSummary {
  const issues: RosterIssue[] = [
    ...parsed.issues,
    ...(plan.olderThan
      ? [{ where: "File", message: `is dated ${plan.asOf}, before the list imported last (${plan.olderThan}): members it does not list are not marked as left, and newer groups are kept.`, severity: "warning" as const }]
      : []),
    ...plan.kept.map((k): RosterIssue => ({
      where: `${k.member.fullName} (id ${k.member.externalId})`,
      message: `keeps the group “${k.stored}” held since ${k.since}: this list (${plan.asOf}) is older and says “${k.member.politicalGroup ?? "—"}”.`,
      severity: "warning",
    })),
    ...plan.mergedSkipped.map((m): RosterIssue => ({ where: `${m.fullName} (id ${m.externalId})`, message: "was merged into another contact; left as it is.", severity: "warning" })),
  ];
  const changes: RosterChange[] = [
    ...plan.updates.slice(0, perKind).map((u): RosterChange => ({ kind: u.linked ? "linked" : "updated", name: u.fields.fullName, externalId: u.member.externalId, details: describeUpdate(u) })),
    ...plan.inserts.slice(0, perKind).map((m): RosterChange => ({ kind: "new", name: m.fullName, externalId: m.externalId, details: [m.delegation, m.politicalGroup].filter(Boolean).join(" · ") })),
    ...plan.leftSample.slice(0, perKind).map((l): RosterChange => ({ kind: "left", name: l.fullName, externalId: l.externalId, details: `no longer listed: tagged ${leftTag(body)}` })),
  ];
  return {
    body,
    fileName,
    asOf: plan.asOf,
    listed: parsed.members.length,
    counts: { new: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged, left: plan.leftCount },
    changes,
    issues: issues.slice(0, 50),
    errorCount: issues.filter((i) => i.severity === "error").length,
    warningCount: issues.filter((i) => i.severity === "warning").length,
  };
}

/** The columns of a contact for a member new to the directory (its organization and search text are the writer's). */
export function newMember(body: RosterBody, m: RosterMember, fileName: string, asOf: string) {
  const fields = rosterFields(body, m, null, asOf);
  const title = m.role && !/^(member|membre)$/i.test(m.role) ? `${m.role} (${bodyNames[body]})` : memberTitles[body];
  return {
    ...fields,
    kind: "person" as const,
    honorific: m.honorific,
    title,
    salutation: m.honorific && m.lastName ? `Dear ${m.honorific} ${m.lastName},` : null,
    institutionType: "parliament" as const,
    externalId: m.externalId,
    source: rosterSources[body],
    sourceRef: fileName,
    emails: m.emails ?? [],
    phones: m.phones ?? [],
  };
}
