// Reads the European Parliament's published list of MEPs (the "full list" XML, in any of its
// languages): <meps><mep><fullName/><country/><politicalGroup/><id/><nationalPoliticalGroup/></mep></meps>.
// Also holds what every roster shares: the member shape and the reading of "Asim ADEMOV"-style
// names. Pure module: no I/O.
import { XMLParser } from "fast-xml-parser";
import { rosterCountry, rosterGroup, type RosterBody } from "./groups";

export type RosterMember = {
  externalId: string;
  honorific: string | null;
  firstName: string | null;
  lastName: string | null;
  fullName: string;
  delegation: string | null;
  politicalGroup: string | null;
  /** undefined: the file has no such column, so whatever we hold is left alone */
  nationalParty?: string | null;
  role?: string | null;
  /** what the MEP CSV gives besides (lib/import/roster/mep-csv.ts); undefined: not in the file */
  emails?: string[];
  phones?: string[];
  /** committees and interparliamentary delegations, as written ("AFET", "D-KZ") */
  committees?: string[];
  /** "@handle" */
  twitter?: string | null;
};

/** Something wrong with one entry; errors block the import, warnings do not. */
export type RosterIssue = { where: string; message: string; severity: "error" | "warning" };

export type ParsedRoster = { body: RosterBody; members: RosterMember[]; issues: RosterIssue[] };

// Particles that keep their own case inside a surname ("Sophia in 't VELD", "Esther de LANGE").
const honorifics = /^(mr|mrs|ms|miss|mme|mlle|m|dr|prof|sir|lord|lady|baroness|baron|dame)\.?$/i;

const hasLower = (s: string) => /\p{Ll}/u.test(s);
const letters = (s: string) => s.replace(/[^\p{L}]/gu, "");

/** A surname word as the EP writes it: capitals, or "McGUINNESS" / "MacMANUS" with its prefix. */
function isUpperWord(word: string): boolean {
  const l = letters(word);
  if (l.length < 2) return false; // an initial ("John F. KENNEDY") is not the surname
  return !hasLower(l) || /^(Mc|Mac)\p{Lu}{2,}$/u.test(l);
}

function titleCaseWord(word: string): string {
  const prefix = /^(Mc|Mac)(?=\p{Lu})/u.exec(word)?.[0] ?? "";
  const rest = word.slice(prefix.length).toLocaleLowerCase();
  // Capitals after a hyphen or apostrophe: Delvaux-Stehres, D'Amato, O'Sullivan.
  return prefix + rest.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
}

/**
 * "Asim ADEMOV" → first name Asim, last name Ademov, full name "Asim Ademov". Also reads
 * "ADEMOV, Asim", "Mr Asim ADEMOV" and mixed-case names (the last word is then the surname).
 */
export function splitRosterName(raw: string): Pick<RosterMember, "honorific" | "firstName" | "lastName" | "fullName"> {
  let words = raw.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  let honorific: string | null = null;
  if (words.length > 1 && honorifics.test(words[0])) {
    honorific = words[0].replace(/\.$/, "");
    honorific = honorific.length <= 2 ? honorific[0].toUpperCase() + honorific.slice(1).toLowerCase() : honorific;
    words = words.slice(1);
  }
  const text = words.join(" ");
  let given: string[];
  let surname: string[];
  const comma = text.indexOf(",");
  if (comma > 0) {
    surname = text.slice(0, comma).trim().split(" ");
    given = text.slice(comma + 1).trim().split(" ").filter(Boolean);
  } else {
    let start = words.findIndex(isUpperWord);
    if (start <= 0 && words.length > 1 && (start < 0 || words.every(isUpperWord))) start = words.length - 1;
    if (start < 0) start = 0;
    // Lower-case particles just before the capitals belong to the surname.
    while (start > 1 && letters(words[start - 1]) !== "" && !/\p{Lu}/u.test(words[start - 1])) start--;
    given = words.slice(0, start);
    surname = words.slice(start);
  }
  const last = surname.map((w) => (isUpperWord(w) ? titleCaseWord(w) : w)).join(" ");
  // Given names are kept as written, unless the whole name is in capitals ("ASIM ADEMOV").
  const shouting = words.every((w) => !hasLower(w));
  const first = given.map((w) => (shouting ? titleCaseWord(w) : w)).join(" ");
  return { honorific, firstName: first || null, lastName: last || null, fullName: [first, last].filter(Boolean).join(" ") };
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false, // ids stay strings: "096897" must not become 96897
  trimValues: true,
  isArray: (name) => name === "mep",
  processEntities: true,
});

const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "").trim();

/** Parses the EP XML; throws RosterFileError when the file is not that list at all. */
export function parseEpRoster(xml: string): ParsedRoster {
  let doc: { meps?: { mep?: Array<Record<string, unknown>> } | string };
  try {
    doc = parser.parse(xml, true) as typeof doc;
  } catch (error) {
    throw new RosterFileError(`This is not a well-formed XML file (${(error as Error).message.split("\n")[0]}).`);
  }
  if (doc.meps === undefined) throw new RosterFileError("This XML is not the European Parliament's list of MEPs: it has no <meps> element.");
  const entries = typeof doc.meps === "object" ? (doc.meps.mep ?? []) : [];
  const issues: RosterIssue[] = [];
  const members: RosterMember[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `MEP ${index + 1}`;
    const externalId = text(entry.id);
    const name = text(entry.fullName);
    if (!externalId || !name) {
      issues.push({ where, message: "has no id or no full name.", severity: "error" });
      return;
    }
    const label = `${where} (${name}, id ${externalId})`;
    if (seen.has(externalId)) {
      issues.push({ where: label, message: "appears twice in the file.", severity: "error" });
      return;
    }
    seen.add(externalId);
    const countryText = text(entry.country);
    const delegation = rosterCountry(countryText);
    if (!delegation) issues.push({ where: label, message: `country “${countryText}” is not recognized.`, severity: "error" });
    const { group, known } = rosterGroup("european_parliament", text(entry.politicalGroup));
    if (!known) issues.push({ where: label, message: `political group “${group}” is not recognized; it is kept as written.`, severity: "warning" });
    members.push({ externalId, ...splitRosterName(name), delegation, politicalGroup: group, nationalParty: text(entry.nationalPoliticalGroup) || null });
  });
  if (entries.length === 0) issues.push({ where: "File", message: "lists no MEP.", severity: "error" });
  return { body: "european_parliament", members, issues };
}

/** The file cannot be read as a roster at all; the message is safe to show. */
export class RosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RosterFileError";
  }
}
