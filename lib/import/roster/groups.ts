// Country and political-group names as the parliaments publish them → what we store: ISO 3166-1
// alpha-2 for the delegation, and the short group labels the letter tallies count by ("EPP",
// "S&D", "Renew Europe"...). The EP publishes its list of MEPs in every EU language; English and
// French are mapped here, and the acronyms besides, so a file in either reads the same.
// Pure module: no I/O.
import { z } from "zod";
import { countryCodes } from "@/lib/contacts/countries";
import { base64Length, MAX_UPLOAD_BYTES } from "@/lib/uploads/file-size";
import { foldKey, normalizeCountry } from "@/lib/import/csv/countries";

export type RosterBody = "european_parliament" | "pace" | "osce_pa";

// Every ISO code's English and French names as ICU spells them ("Czechia", "Tchéquie"), on top of
// the spreadsheet spellings of csv-countries.ts ("Czech Republic", "Royaume-Uni", "EL", "UK").
const countryByName = new Map<string, string>();
for (const locale of ["en", "fr"]) {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  for (const code of countryCodes) {
    const name = names.of(code);
    if (name) countryByName.set(foldKey(name), code);
  }
}

/** ISO alpha-2 for a country name (English or French) or code, or null when unknown. */
export function rosterCountry(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return normalizeCountry(trimmed) ?? countryByName.get(foldKey(trimmed)) ?? null;
}

// canonical | full names and acronyms, English and French, current (2024–) and earlier terms.
const epGroups = `
EPP|EPP|PPE|EPP Group|Group of the European People's Party (Christian Democrats)|Groupe du Parti populaire européen (Démocrates-Chrétiens)|European People's Party|Parti populaire européen
S&D|S&D|S and D|Group of the Progressive Alliance of Socialists and Democrats in the European Parliament|Groupe de l'Alliance progressiste des Socialistes et Démocrates au Parlement européen|Progressive Alliance of Socialists and Democrats|Alliance progressiste des socialistes et démocrates
Renew Europe|Renew Europe|Renew|Renew Europe Group|Groupe Renew Europe
ALDE|ALDE|ADLE|Group of the Alliance of Liberals and Democrats for Europe|Groupe Alliance des démocrates et des libéraux pour l'Europe|Alliance of Liberals and Democrats for Europe|Alliance des démocrates et des libéraux pour l'Europe
Greens/EFA|Greens/EFA|Verts/ALE|Greens|Greens EFA|Verts ALE|Group of the Greens/European Free Alliance|Groupe des Verts/Alliance libre européenne|The Greens/European Free Alliance
ECR|ECR|European Conservatives and Reformists Group|European Conservatives and Reformists|Groupe des Conservateurs et Réformistes européens|Conservateurs et Réformistes européens
ID|ID|Identity and Democracy Group|Identity and Democracy|Groupe Identité et Démocratie|Identité et Démocratie
ENF|ENF|ENL|Europe of Nations and Freedom Group|Europe of Nations and Freedom|Groupe Europe des Nations et des Libertés|Europe des Nations et des Libertés
EFDD|EFDD|ELDD|Europe of Freedom and Direct Democracy Group|Europe of Freedom and Direct Democracy|Groupe Europe de la liberté et de la démocratie directe|Europe de la liberté et de la démocratie directe
The Left|The Left|GUE/NGL|GUE NGL|Left|La Gauche|The Left group in the European Parliament - GUE/NGL|Groupe de la gauche au Parlement européen - GUE/NGL|Confederal Group of the European United Left - Nordic Green Left|Groupe confédéral de la Gauche unitaire européenne/Gauche verte nordique|European United Left/Nordic Green Left
PfE|PfE|Patriots for Europe|Patriots for Europe Group|Groupe des Patriotes pour l'Europe|Patriotes pour l'Europe
ESN|ESN|ENS|Europe of Sovereign Nations Group|Europe of Sovereign Nations|Groupe L'Europe des nations souveraines|L'Europe des nations souveraines|Europe des nations souveraines
NI|NI|NA|Non-attached Members|Non-attached|Non-inscrits|Non-inscrit
`;

// PACE: the Assembly's own abbreviations (English and French) and group names.
const paceGroups = `
EPP/CD|EPP/CD|PPE/DC|EPP|PPE|Group of the European People's Party|Groupe du Parti populaire européen
SOC|SOC|Socialists, Democrats and Greens Group|Groupe des socialistes, démocrates et verts|Socialist Group|Groupe socialiste
EC/DA|EC/DA|CE/AD|EC|European Conservatives Group & Democratic Alliance|European Conservatives Group and Democratic Alliance|Groupe des conservateurs européens et Alliance démocratique|European Conservatives Group
ALDE|ALDE|ADLE|Alliance of Liberals and Democrats for Europe|Alliance des démocrates et des libéraux pour l'Europe
UEL|UEL|GUE|Group of the Unified European Left|Groupe pour la gauche unitaire européenne|Unified European Left
NR|NR|NI|Representatives not belonging to a political group|Représentants n'appartenant à aucun groupe politique|Non-registered|Non-inscrits
`;

function table(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.trim().split("\n")) {
    const [canonical, ...names] = line.split("|");
    for (const name of names) map.set(groupKey(name), canonical);
  }
  return map;
}

// "S&D" and "Verts/ALE" must survive folding: & and / are kept, other punctuation becomes space,
// and the typographic apostrophe the EP sometimes writes reads as the plain one.
function groupKey(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .replace(/\s*([&/])\s*/g, "$1")
    .replace(/[^\p{L}\p{N}&/']+/gu, " ")
    .trim();
}

const groupsByBody: Record<RosterBody, Map<string, string>> = {
  european_parliament: table(epGroups),
  pace: table(paceGroups),
  // The OSCE PA has no political groups of its own roster; what a file says is kept, with the
  // PACE abbreviations recognized since delegations often list them.
  osce_pa: table(paceGroups),
};

/**
 * The canonical group label, or null for an empty value. `known: false` means the name was not
 * recognized and is kept as written (a group founded after this table was written).
 */
export function rosterGroup(body: RosterBody, value: string): { group: string | null; known: boolean } {
  const trimmed = value.replace(/\s+/g, " ").trim();
  if (!trimmed) return { group: null, known: true };
  const canonical = groupsByBody[body].get(groupKey(trimmed));
  return canonical ? { group: canonical, known: true } : { group: trimmed, known: body === "osce_pa" };
}

/** What the roster page offers: the body, and the format its list comes in. */
export const rosterBodyOptions: ReadonlyArray<{ body: RosterBody; label: string; format: "xml or csv" | "csv"; accept: string }> = [
  { body: "european_parliament", label: "European Parliament (XML list or CSV of MEPs)", format: "xml or csv", accept: ".xml,.csv,application/xml,text/xml,text/csv,text/plain" },
  { body: "pace", label: "PACE (CSV)", format: "csv", accept: ".csv,text/csv,text/plain" },
  { body: "osce_pa", label: "OSCE PA (CSV)", format: "csv", accept: ".csv,text/csv,text/plain" },
];

// A day of slack: the browser's local date may already be tomorrow in UTC terms.
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/**
 * The upload both the preview and the import take. The file travels as base64 of its bytes: CSV
 * files come in Windows-1251 and -1252 too, which only the server's decoder reads correctly.
 * 10 MB of file is about 13.3 MB of base64 (limits in lib/uploads/limits.mjs).
 */
export const rosterUploadSchema = z.object({
  body: z.enum(["european_parliament", "pace", "osce_pa"], "Choose the parliamentary body."),
  fileName: z.string().trim().min(1, "Choose a file.").max(255),
  content: z.string().min(1, "Choose a file.").max(base64Length(MAX_UPLOAD_BYTES), "The file is larger than 10 MB."),
  /**
   * The day the list was published or downloaded (the form proposes the file's own date). A list
   * older than what the directory holds never overwrites newer political groups: see rosterFields.
   * Absent: today. A date after tomorrow is refused.
   */
  asOf: z.iso
    .date("Give the list's date as a day, e.g. 2024-07-16.")
    .refine((d) => d <= tomorrow(), "The list's date cannot be in the future.")
    .optional(),
});
export type RosterUpload = z.infer<typeof rosterUploadSchema>;
