// Reads a PACE or OSCE PA member list saved as CSV. Neither assembly publishes a machine-readable
// list, so officers copy the members' pages into a spreadsheet; these are the columns we read
// (header names in English or French, any case, any order; the page shows the same list):
//   Name (or First name + Last name)  required  "Asim ADEMOV", "ADEMOV, Asim", "Mr Asim Ademov"
//   Country                           required  English or French name, or ISO code
//   Id                                optional  the assembly's member id; without it a member is
//                                               known by name and country, so a renamed member
//                                               reads as one who left and a new one
//   Political group                   optional  PACE: EPP/CD, SOC, EC/DA, ALDE, UEL, NR (or full names)
//   National party                    optional
//   Delegation role                   optional  "Head of delegation", "Substitute"...
// Pure module: no I/O.
import { parseCsv, type ParsedCsv } from "@/lib/import/csv/parse";
import { foldKey } from "@/lib/import/csv/countries";
import { rosterColumns } from "./columns";
import { splitRosterName, type ParsedRoster, type RosterIssue, type RosterMember } from "./ep";
import { rosterCountry, rosterGroup, type RosterBody } from "./groups";

type Column = "id" | "name" | "firstName" | "lastName" | "country" | "group" | "party" | "role";

const headerNames: Record<Column, string[]> = {
  id: ["id", "member id", "identifier", "identifiant", "external id"],
  name: ["name", "full name", "member", "nom", "nom complet", "membre"],
  firstName: ["first name", "given name", "prenom"],
  lastName: ["last name", "surname", "family name", "nom de famille"],
  country: ["country", "pays", "national delegation", "delegation"],
  group: ["political group", "group", "groupe politique", "groupe"],
  party: ["national party", "party", "national political group", "parti", "parti national", "parti politique"],
  role: ["delegation role", "role", "function", "fonction", "role dans la delegation"],
};

/** Documented on the roster page: what each column may be called. */
export const rosterCsvColumns = [
  { column: "Name (or First name and Last name)", required: true, example: "Asim ADEMOV" },
  { column: "Country", required: true, example: "Bulgaria / Bulgarie / BG" },
  { column: "Id", required: false, example: "189525" },
  { column: "Political group", required: false, example: "EPP/CD" },
  { column: "National party", required: false, example: "GERB" },
  { column: "Delegation role", required: false, example: "Head of delegation" },
] as const;

const columnsOf = rosterColumns(headerNames);

/** Parses a PACE or OSCE PA CSV already decoded to text (or split); throws CsvImportError on a broken file. */
export function parseCsvRoster(body: Exclude<RosterBody, "european_parliament">, text: string | ParsedCsv): ParsedRoster {
  const csv = typeof text === "string" ? parseCsv(text) : text;
  const { has, cell } = columnsOf(csv.headers);
  const issues: RosterIssue[] = [];
  const hasName = has("name") || has("lastName");
  if (!hasName || !has("country")) {
    const missing = [!hasName && "Name", !has("country") && "Country"].filter(Boolean).join(" and ");
    issues.push({ where: "Header", message: `no ${missing} column. Expected columns: Name, Country, and optionally Id, Political group, National party, Delegation role.`, severity: "error" });
    return { body, members: [], issues };
  }
  const members: RosterMember[] = [];
  const seen = new Map<string, number>();
  csv.rows.forEach((row, i) => {
    const line = csv.lineNumbers[i];
    const where = `Line ${line}`;
    const rawName =
      cell(row, "name") || [cell(row, "firstName"), cell(row, "lastName") && `${cell(row, "lastName").toLocaleUpperCase()}`].filter(Boolean).join(" ");
    if (!rawName) return issues.push({ where, message: "has no name.", severity: "error" });
    const countryText = cell(row, "country");
    const delegation = rosterCountry(countryText);
    if (!delegation) return issues.push({ where, message: countryText ? `country “${countryText}” is not recognized.` : "has no country.", severity: "error" });
    const names = splitRosterName(rawName);
    // Without ids a member is known by country and name, which is stable from one export to the next.
    const externalId = cell(row, "id") || `${delegation}:${foldKey(names.fullName)}`;
    const earlier = seen.get(externalId);
    if (earlier !== undefined) return issues.push({ where, message: `repeats the member of line ${earlier} (${names.fullName}).`, severity: "error" });
    seen.set(externalId, line);
    const { group, known } = rosterGroup(body, cell(row, "group"));
    if (!known) issues.push({ where, message: `political group “${group}” is not recognized; it is kept as written.`, severity: "warning" });
    members.push({
      externalId,
      ...names,
      delegation,
      politicalGroup: group,
      nationalParty: !has("party") ? undefined : cell(row, "party") || null,
      role: cell(row, "role") || null,
    });
  });
  if (members.length === 0 && issues.length === 0) issues.push({ where: "File", message: "lists no member.", severity: "error" });
  return { body, members, issues };
}
