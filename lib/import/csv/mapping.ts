// Which contact field each CSV column fills. guessMapping proposes one from the header spellings
// of Outlook exports, partner CRMs and Russian/French spreadsheets; the user confirms or changes
// it in the preview, and mappingProblems says what must change before the rows can be validated.
import { foldKey, normalizeCountry } from "./countries";

export const contactFields = [
  "fullName", "firstName", "lastName", "honorific", "title", "organization", "department",
  "email", "email2", "phone", "phone2", "country", "postalAddress", "webFormUrl", "salutation",
  "language", "parliamentaryBody", "delegation", "politicalGroup", "nationalParty", "committees", "tags", "notes",
] as const;
export type ContactField = (typeof contactFields)[number];
export type MappingTarget = ContactField | "ignore";
/** One target per column, in the order of ParsedCsv.headers. */
export type ColumnMapping = MappingTarget[];

export const contactFieldLabels: Record<ContactField, string> = {
  fullName: "Full name", firstName: "First name", lastName: "Last name", honorific: "Honorific",
  title: "Job title", organization: "Organization", department: "Department", email: "E-mail",
  email2: "Second e-mail", phone: "Phone", phone2: "Second phone", country: "Country",
  postalAddress: "Postal address", webFormUrl: "Web form URL", salutation: "Salutation",
  language: "Language", parliamentaryBody: "Parliamentary body", delegation: "Delegation",
  politicalGroup: "Political group", nationalParty: "National party (as a party: tag)", committees: "Committees", tags: "Tags", notes: "Notes",
};

/** Fields several columns may fill: address parts are joined, notes joined, tags and committees merged. */
export const multiColumnFields: ReadonlySet<ContactField> = new Set(["postalAddress", "notes", "tags", "committees"]);

type Group = "email" | "phone";
const spellings: Record<Exclude<ContactField, "email" | "email2" | "phone" | "phone2"> | `${Group}${1 | 2 | 3}`, string[]> = {
  fullName: ["name", "full name", "contact name", "contact", "display name", "person", "фио", "ф и о", "полное имя", "имя фамилия", "nom complet", "nom et prenom", "prenom et nom", "nom prenom"],
  firstName: ["first name", "firstname", "given name", "forename", "first", "prenom", "имя"],
  lastName: ["last name", "lastname", "surname", "family name", "last", "nom", "nom de famille", "фамилия"],
  honorific: ["honorific", "prefix", "courtesy title", "civilite", "mr ms"],
  title: ["job title", "title", "position", "role", "function", "fonction", "poste", "titre", "designation", "должность"],
  organization: ["company", "organisation", "organization", "org", "institution", "employer", "agency", "societe", "entreprise", "organisme", "организация", "компания", "учреждение", "ведомство"],
  department: ["department", "division", "unit", "service", "departement", "отдел", "подразделение", "департамент"],
  country: ["country", "country region", "country code", "pays", "страна"],
  postalAddress: [
    "address", "postal address", "mailing address", "street", "street address", "business address", "business street", "business street 2",
    "business street 3", "business city", "business state", "business postal code", "business country region", "city", "town", "zip",
    "zip code", "postcode", "postal code", "state", "adresse", "adresse postale", "rue", "ville", "code postal", "адрес", "почтовый адрес",
    "юридический адрес", "улица", "город", "индекс", "почтовый индекс",
  ],
  webFormUrl: ["web form", "web form url", "webform", "contact form", "contact form url", "online form", "formulaire de contact", "веб форма", "форма обратной связи"],
  salutation: ["salutation", "greeting", "dear", "letter salutation", "formule d appel", "formule de politesse", "обращение"],
  language: ["language", "lang", "preferred language", "language of correspondence", "langue", "язык"],
  parliamentaryBody: ["parliamentary body", "parliament", "assembly", "body", "parlement", "парламент"],
  delegation: ["delegation", "national delegation", "делегация"],
  politicalGroup: ["political group", "group", "eugroup", "eu group", "ep group", "groupe politique", "политическая группа", "фракция"],
  nationalParty: ["party", "national party", "national political group", "parti", "parti national", "партия"],
  committees: ["committees", "committee", "commissions", "commission", "комитеты", "комитет", "комиссии", "комиссия"],
  tags: ["tags", "tag", "categories", "category", "labels", "keywords", "etiquettes", "теги", "метки", "категории"],
  notes: ["notes", "note", "comments", "comment", "remarks", "remarques", "commentaire", "commentaires", "примечание", "примечания", "комментарий", "комментарии", "заметки"],
  email1: ["email", "e mail", "email address", "e mail address", "mail", "courriel", "adresse e mail", "adresse electronique", "эл почта", "электронная почта", "e mail 1", "email 1", "почта", "емейл"],
  email2: ["e mail 2 address", "email 2", "e mail 2", "email 2 address", "second email", "other email", "alternative email", "secondary email", "courriel 2", "эл почта 2"],
  email3: ["e mail 3 address", "email 3", "e mail 3"],
  phone1: ["phone", "telephone", "tel", "business phone", "work phone", "office phone", "phone number", "primary phone", "telephone professionnel", "телефон", "тел", "рабочий телефон"],
  phone2: ["mobile", "mobile phone", "cell", "cell phone", "cellphone", "portable", "telephone portable", "мобильный", "мобильный телефон", "сотовый", "phone 2", "telephone 2", "телефон 2"],
  phone3: ["business phone 2", "company main phone", "other phone", "home phone", "assistant s phone"],
};

const byKey = new Map<string, string>();
for (const [target, names] of Object.entries(spellings)) for (const name of names) byKey.set(foldKey(name), target);

/** Proposes a mapping; `sampleRows` (optional) settle the headers whose meaning depends on the values. */
export function guessMapping(headers: string[], sampleRows: string[][] = []): ColumnMapping {
  const keys = headers.map(foldKey);
  const mapping: ColumnMapping = headers.map(() => "ignore");
  const ranked: Record<Group, Array<{ column: number; rank: number }>> = { email: [], phone: [] };
  const taken = new Set<ContactField>();

  keys.forEach((key, column) => {
    let target = byKey.get(key);
    // Outlook's "Title" is the honorific (Mr, Dr) when it also exports "Job Title".
    if (key === "title" && keys.includes("job title")) target = "honorific";
    // CRMs' "Salutation" is often "Mr."/"Ms.": short values mean an honorific, sentences a salutation.
    if (target === "salutation" && sampleRows.length > 0) {
      const values = sampleRows.map((r) => (r[column] ?? "").trim()).filter(Boolean);
      if (values.length > 0 && values.every((v) => v.length <= 6)) target = "honorific";
    }
    if (!target) {
      // Unlisted variants: "Work Email", "Personal e-mail", "Tel. (office)" — but not "E-mail Type" or faxes.
      if (/\b(e ?mail|courriel)\b|почт/.test(key) && !/\b(type|display|name)\b/.test(key)) target = "email4";
      else if (/\b(phone|tel|telephone|mobile)\b|телефон/.test(key) && !/fax|факс/.test(key)) target = "phone4";
    }
    // "delegation" in a list of MEPs is the EP delegation they sit on (D-KZ), not their country:
    // when the first rows' values are not countries, the column is proposed as committees (text).
    if (target === "delegation" && sampleRows.length > 0) {
      const values = sampleRows.map((r) => (r[column] ?? "").trim()).filter(Boolean);
      if (values.length > 0 && values.filter((v) => normalizeCountry(v)).length * 2 < values.length) target = "committees";
    }
    const grouped = target?.match(/^(email|phone)(\d)$/);
    if (grouped) ranked[grouped[1] as Group].push({ column, rank: Number(grouped[2]) });
    else if (target) {
      const field = target as ContactField;
      if (multiColumnFields.has(field) || !taken.has(field)) mapping[column] = field;
      taken.add(field);
    }
  });
  for (const group of ["email", "phone"] as const) {
    const best = ranked[group].sort((a, b) => a.rank - b.rank || a.column - b.column);
    if (best[0]) mapping[best[0].column] = group;
    if (best[1]) mapping[best[1].column] = `${group}2`;
  }
  return mapping;
}

/** What stops the mapping from being used, as sentences for the preview; empty when it is fine. */
export function mappingProblems(headers: string[], mapping: ColumnMapping): string[] {
  if (mapping.length !== headers.length) return ["The mapping does not match the file's columns; upload the file again."];
  const problems: string[] = [];
  const columnsOf = new Map<MappingTarget, string[]>();
  mapping.forEach((target, index) => columnsOf.set(target, [...(columnsOf.get(target) ?? []), headers[index]]));
  for (const [target, columns] of columnsOf) {
    if (target !== "ignore" && !contactFields.includes(target)) problems.push(`“${String(target)}” is not a contact field.`);
    else if (target !== "ignore" && columns.length > 1 && !multiColumnFields.has(target)) {
      problems.push(`${contactFieldLabels[target]} is chosen for ${columns.length} columns (${columns.map((c) => `“${c}”`).join(", ")}); choose it for one only.`);
    }
  }
  if (!columnsOf.has("fullName") && !columnsOf.has("firstName") && !columnsOf.has("lastName")) {
    problems.push("Choose a column for Full name, or for First name and Last name: every contact needs a name.");
  }
  return problems;
}
