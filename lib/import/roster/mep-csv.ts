// Reads the current-term list of MEPs as civic data projects publish it, one spreadsheet row per
// member: first_name,last_name,email,country,eugroup,party,phone,committee,delegation,epid,twitter
// (any order, any case, "first name" or "first_name"). What each column becomes:
//   first_name, last_name (or name)  the member's names; required
//   country                          ISO code (EU spellings EL and UK too) or English/French name → delegation and country; required
//   epid                             the EP's own member id, which re-imports match by; required
//   eugroup                          short names (EPP, S&D, Renew, Greens/EFA, ECR, PfE, ESN, The Left, NI) → the app's group names
//   party                            the national party → a `party:` tag, as the EP XML import does
//   email, phone                     added to the contact when missing, never removed
//   committee, delegation            committee codes (AFET; DROI) and interparliamentary delegations
//                                    (D-KZ, or names) → the contact's committees, kept as written
//   twitter                          the handle → a `twitter:@handle` tag
// Pure module: no I/O.
import { foldKey } from "@/lib/import/csv/countries";
import type { ParsedCsv } from "@/lib/import/csv/parse";
import { isEmail, isPhone, splitEmails, splitPhones } from "@/lib/import/csv/values";
import { rosterColumns } from "./columns";
import { splitRosterName, type ParsedRoster, type RosterIssue, type RosterMember } from "./ep";
import { rosterCountry, rosterGroup } from "./groups";

type Column = "id" | "name" | "firstName" | "lastName" | "country" | "group" | "party" | "email" | "phone" | "committee" | "delegation" | "twitter";

const headerNames: Record<Column, string[]> = {
  id: ["epid", "ep id", "mep id", "mepid", "europarl id", "id"],
  name: ["name", "full name", "fullname", "mep"],
  firstName: ["first name", "firstname", "given name"],
  lastName: ["last name", "lastname", "surname", "family name"],
  country: ["country", "country code", "member state", "state"],
  group: ["eugroup", "eu group", "ep group", "epgroup", "group", "political group"],
  party: ["party", "national party", "national political group"],
  email: ["email", "e mail", "mail", "email address"],
  phone: ["phone", "telephone", "tel", "phone number"],
  committee: ["committee", "committees"],
  delegation: ["delegation", "delegations"],
  twitter: ["twitter", "twitter handle", "x", "x handle"],
};
const columnsOf = rosterColumns(headerNames);

/**
 * Whether a CSV header is this list: an EP id column or an EU group column, which no PACE or OSCE
 * PA list has. The roster page takes it for the European Parliament whatever body was chosen.
 */
export function isMepCsv(headers: string[]): boolean {
  const keys = headers.map(foldKey);
  return keys.some((k) => ["epid", "ep id", "mep id", "mepid", "europarl id", "eugroup", "eu group", "ep group", "epgroup"].includes(k));
}

// Committee and delegation names contain commas ("Committee on Civil Liberties, Justice and Home
// Affairs"), so only ";", "|" and line breaks separate them.
const splitBodies = (cell: string) => {
  const items = cell.split(/[;|\n]+/).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);
  return items.filter((item, i) => items.findIndex((o) => o.toLowerCase() === item.toLowerCase()) === i);
};

/** "@name", "name", "https://twitter.com/name" or "x.com/name" → "@name"; null when it is none of those. */
export function twitterHandle(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/@?([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/i.exec(v) ?? /^@?([A-Za-z0-9_]{1,15})$/.exec(v);
  return m ? `@${m[1]}` : null;
}

/** Parses the MEP CSV (already split into rows); header problems are errors of the whole file. */
export function parseMepCsv(csv: ParsedCsv): ParsedRoster {
  const { has, cell } = columnsOf(csv.headers);
  const issues: RosterIssue[] = [];
  const hasName = has("name") || has("lastName");
  const missing = [!hasName && "last_name (or name)", !has("country") && "country", !has("id") && "epid"].filter(Boolean);
  if (missing.length) {
    issues.push({ where: "Header", message: `no ${missing.join(", ")} column. A list of MEPs needs first_name, last_name, country and epid; eugroup, party, email, phone, committee, delegation and twitter are read when present.`, severity: "error" });
    return { body: "european_parliament", members: [], issues };
  }
  const members: RosterMember[] = [];
  const seen = new Map<string, number>();
  csv.rows.forEach((row, i) => {
    const line = csv.lineNumbers[i];
    const where = `Line ${line}`;
    const first = cell(row, "firstName").replace(/\s+/g, " ");
    const last = cell(row, "lastName").replace(/\s+/g, " ");
    // Separate name columns are taken as written ("Pieter van der Linden"): the capitals rule of
    // splitRosterName is for one-cell names ("Pieter VAN DER LINDEN").
    const names = last || first ? { honorific: null, firstName: first || null, lastName: last || null, fullName: [first, last].filter(Boolean).join(" ") } : cell(row, "name") ? splitRosterName(cell(row, "name")) : null;
    if (!names) return issues.push({ where, message: "has no name.", severity: "error" });
    const label = `${where} (${names.fullName})`;
    const externalId = cell(row, "id");
    if (!externalId) return issues.push({ where: label, message: "has no epid: without the EP's id a re-import could not find the member again.", severity: "error" });
    const earlier = seen.get(externalId);
    if (earlier !== undefined) return issues.push({ where: label, message: `repeats the epid ${externalId} of line ${earlier}.`, severity: "error" });
    seen.set(externalId, line);
    const countryText = cell(row, "country");
    const delegation = rosterCountry(countryText);
    if (!delegation) return issues.push({ where: label, message: countryText ? `country “${countryText}” is not recognized.` : "has no country.", severity: "error" });
    const { group, known } = rosterGroup("european_parliament", cell(row, "group"));
    if (!known) issues.push({ where: label, message: `political group “${group}” is not recognized; it is kept as written.`, severity: "warning" });

    // A bad address or number is left out with a note rather than holding up 700 members.
    const emails = splitEmails(cell(row, "email"));
    const phones = splitPhones(cell(row, "phone"));
    for (const e of emails.filter((e) => !isEmail(e))) issues.push({ where: label, message: `e-mail “${e}” is not an address; it is left out.`, severity: "warning" });
    for (const p of phones.filter((p) => !isPhone(p))) issues.push({ where: label, message: `phone “${p}” is not a number; it is left out.`, severity: "warning" });
    const twitterText = cell(row, "twitter");
    const twitter = twitterHandle(twitterText);
    if (twitterText && !twitter) issues.push({ where: label, message: `Twitter handle “${twitterText}” is not one; it is left out.`, severity: "warning" });

    members.push({
      externalId,
      ...names,
      delegation,
      politicalGroup: group,
      nationalParty: has("party") ? cell(row, "party") || null : undefined,
      emails: emails.filter(isEmail),
      phones: phones.filter(isPhone),
      committees: has("committee") || has("delegation") ? [...splitBodies(cell(row, "committee")), ...splitBodies(cell(row, "delegation"))] : undefined,
      twitter: has("twitter") ? twitter : undefined,
    });
  });
  if (members.length === 0 && issues.length === 0) issues.push({ where: "File", message: "lists no MEP.", severity: "error" });
  return { body: "european_parliament", members, issues };
}
