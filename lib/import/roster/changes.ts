// The pure half of roster imports (European Parliament XML, PACE and OSCE PA CSV): reading the
// file, the fields a member should have, the tags, and the summary a preview shows. What the
// database holds is looked up and written by lib/contacts/import-roster.ts.
import { ValidationError } from "@/lib/errors";
import { CsvImportError, decodeCsv, maxCsvBytes } from "../csv/decode";
import { parseCsvRoster } from "./csv";
import { parseEpRoster, RosterFileError, type ParsedRoster, type RosterIssue, type RosterMember } from "./ep";
import type { RosterBody, RosterUpload } from "./groups";

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
  politicalGroup: string | null;
  tags: string[];
};

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

/** The update a roster entry brings to the contact it matched, or null when nothing would change. */
export function planUpdate(body: RosterBody, member: RosterMember, existing: ExistingMember, linked: boolean): PlannedUpdate | null {
  const fields = rosterFields(body, member, existing);
  const changed = (Object.keys(fields) as Array<keyof RosterFields>).filter((k) => !same(fields[k], existing[k]));
  return changed.length || linked ? { member, existing, fields, changed, linked } : null;
}

export const bodyNames: Record<RosterBody, string> = { european_parliament: "European Parliament", pace: "PACE", osce_pa: "OSCE PA" };
const memberTitles: Record<RosterBody, string> = {
  european_parliament: "Member of the European Parliament",
  pace: "Member of the Parliamentary Assembly of the Council of Europe",
  osce_pa: "Member of the OSCE Parliamentary Assembly",
};
export const rosterSources: Record<RosterBody, string> = { european_parliament: "roster:ep", pace: "roster:pace", osce_pa: "roster:osce_pa" };

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

export function summarize(body: RosterBody, fileName: string, parsed: ParsedRoster, plan: RosterPlan): RosterSummary {
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

/** The columns of a contact for a member new to the directory (its organization and search text are the writer's). */
export function newMember(body: RosterBody, m: RosterMember, fileName: string) {
  const fields = rosterFields(body, m, null);
  const title = m.role && !/^(member|membre)$/i.test(m.role) ? `${m.role} (${bodyNames[body]})` : memberTitles[body];
  return {
    ...fields,
    kind: "person" as const,
    honorific: m.honorific,
    title,
    salutation: m.honorific && m.lastName ? `Dear ${m.honorific} ${m.lastName},` : null,
    institutionType: "parliament" as const,
    parliamentaryBody: body,
    externalId: m.externalId,
    source: rosterSources[body],
    sourceRef: fileName,
  };
}
