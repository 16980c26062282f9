// The row checks of a CSV import (its dry run and the import itself): every row through one plain
// function (readContactRow; contactImportRowSchema is the same as a zod schema), bad rows reported
// with the line a user finds them on and every reason at once, good rows returned ready to insert,
// one at a time as the file is read. Nothing is written here; the import commits all valid rows in
// one transaction, or none. What is kept across rows is the first line of each e-mail (the
// same-e-mail rule), as its own copy (parse.ts's detached): about 100 bytes a row, the one memory
// that grows with the file.
import { z } from "zod";
import { normalizeCountry } from "./countries";
import { CsvImportError } from "./decode";
import { type ColumnMapping, type ContactField, contactFields, mappingProblems } from "./mapping";
import { detached, type ParsedCsv } from "./parse";
import {
  type ParliamentaryBody, deobfuscationHint, isEmail, isPhone, normalizeLanguage, normalizeParliamentaryBody, splitEmails, splitList, splitPhones,
} from "./values";
import { type UrlProblem, urlProblem } from "@/lib/url";
import { bodyTags, partyPrefix } from "@/lib/import/roster/changes";
import { rosterGroup } from "@/lib/import/roster/groups";

/** A valid row, ready to become a contact: the first e-mail and phone are the primary ones. */
export type ContactImportRow = {
  /** Physical line of the file the row starts on (the header is line 1). */
  lineNumber: number;
  fullName: string;
  firstName: string | null;
  lastName: string | null;
  honorific: string | null;
  title: string | null;
  organization: string | null;
  department: string | null;
  emails: string[];
  phones: string[];
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  postalAddress: string | null;
  webFormUrl: string | null;
  salutation: string | null;
  /** ISO 639-1 */
  language: string | null;
  parliamentaryBody: ParliamentaryBody | null;
  /** ISO 3166-1 alpha-2 */
  delegation: string | null;
  politicalGroup: string | null;
  committees: string[];
  tags: string[];
  notes: string;
};

// Each field is read by one plain function that reports its problems through `issue`:
// readContactRow below calls them in field order, so a row's problems come out in that order.
// (A zod pipe per field cost ~50 µs a row: 5 s of a 100,000-row import; a zod object around the
// row, ~10 µs and most of the garbage collection.)
type Issue = (message: string) => void;
type FieldReader<T> = (value: string, issue: Issue) => T;

const optionalText = (label: string, max: number): FieldReader<string | null> => (value, issue) => {
  const v = value.trim();
  if (v.length > max) issue(`${label} is longer than ${max} characters`);
  return v === "" ? null : v;
};

const lookedUp = <T>(label: string, normalize: (v: string) => T | null, hint: string): FieldReader<T | null> => (value, issue) => {
  const v = value.trim();
  if (v === "") return null;
  const found = normalize(v);
  if (found === null) issue(`${label} “${v}” is not recognised (${hint})`);
  return found;
};

const list = (label: string, maxLength: number, maxItems: number): FieldReader<string[]> => (value, issue) => {
  const items = splitList(value);
  const long = items.find((item) => item.length > maxLength);
  if (long) issue(`${label} “${long.slice(0, 40)}…” is longer than ${maxLength} characters`);
  if (items.length > maxItems) issue(`More than ${maxItems} ${label.toLowerCase()} entries`);
  return items;
};

const addresses = (label: string, split: (cell: string) => string[], valid: (v: string) => boolean, what: (v: string) => string): FieldReader<string[]> => (value, issue) => {
  const items = split(value.trim());
  for (const item of items) if (!valid(item)) issue(`${label} “${item}” is not ${what(item)}`);
  return items;
};

const email = () =>
  addresses("E-mail", splitEmails, (v) => isEmail(v) && v.length <= 254, (v) => `a valid e-mail address${deobfuscationHint(v)}`);
const phone = () => addresses("Phone", splitPhones, (v) => isPhone(v) && v.length <= 50, () => "a phone number");

/** The web form URL's problems (the one rule of lib/url.ts), worded for the row report. */
const csvUrlMessages: Record<UrlProblem, string> = {
  scheme: "Web form URL must be a full address starting with http:// or https://",
  address: "Web form URL must be a full address starting with http:// or https://",
  characters: "Web form URL must not contain spaces, tabs, line breaks or other control characters",
  credentials: "Web form URL must not contain a user name or password (user:password@)",
};

const webFormUrl: FieldReader<string | null> = (value, issue) => {
  let long = false;
  const url = optionalText("Web form URL", 2000)(value, (message) => {
    long = true;
    issue(message);
  });
  const problem = url === null || long ? null : urlProblem(url);
  if (problem) issue(csvUrlMessages[problem]);
  return url;
};

const fieldReaders = {
  fullName: optionalText("Full name", 200),
  firstName: optionalText("First name", 100),
  lastName: optionalText("Last name", 100),
  honorific: optionalText("Honorific", 50),
  title: optionalText("Job title", 300),
  organization: optionalText("Organization", 300),
  department: optionalText("Department", 200),
  email: email(),
  email2: email(),
  phone: phone(),
  phone2: phone(),
  country: lookedUp("Country", normalizeCountry, "use a name such as “Kazakhstan” or a two-letter code such as KZ"),
  postalAddress: optionalText("Postal address", 1000),
  webFormUrl,
  salutation: optionalText("Salutation", 200),
  language: lookedUp("Language", normalizeLanguage, "use a two-letter code such as en, fr or ru"),
  parliamentaryBody: lookedUp("Parliamentary body", normalizeParliamentaryBody, "use European Parliament, PACE, OSCE PA or National parliament"),
  delegation: lookedUp("Delegation", normalizeCountry, "use the country's name or two-letter code"),
  politicalGroup: optionalText("Political group", 200),
  nationalParty: optionalText("National party", 200),
  committees: list("Committee", 200, 50),
  tags: list("Tag", 50, 30),
  notes: (value: string, issue: Issue) => {
    const v = value.trim();
    if (v.length > 20_000) issue("Notes are longer than 20,000 characters");
    return v;
  },
} satisfies Record<ContactField, FieldReader<unknown>>;

type ReadRow = { [K in ContactField]: ReturnType<(typeof fieldReaders)[K]> };

/**
 * One CSV row, as raw cells per contact field ("" when unmapped), checked and normalized: the row,
 * or every problem it has (in field order, then the cross-field rules). A plain function, called
 * once per row of a file (a zod object around it cost ~10 µs a row and most of the garbage).
 */
export function readContactRow(cells: Record<ContactField, string>): { row: Omit<ContactImportRow, "lineNumber">; problems?: undefined } | { row?: undefined; problems: string[] } {
  const problems: string[] = [];
  const issue: Issue = (message) => void problems.push(message);
  const row = {} as Record<ContactField, unknown>;
  for (const field of contactFields) row[field] = fieldReaders[field](cells[field], issue);
  const { email, email2, phone, phone2, nationalParty, ...rest } = row as ReadRow;
  // Cross-field rules run even when a field failed, so a row's every problem is reported at once.
  if (!rest.fullName && !rest.firstName && !rest.lastName) issue("No name: fill Full name, or First name and Last name");
  const emails = email2.length ? [...email, ...email2].filter((e) => e !== "") : email.filter((e) => e !== "");
  if (emails.length > 2 && new Set(emails.map((e) => e.toLowerCase())).size > 2) issue(`More than 2 e-mail addresses (${emails.join(", ")}): a row can carry at most 2`);
  const phones = phone2.length ? [...phone, ...phone2].filter((p) => p !== "") : phone.filter((p) => p !== "");
  if (phones.length > 2) issue(`More than 2 phone numbers (${phones.join(" | ")}): a row can carry at most 2`);
  if (problems.length) return { problems };

  const unique = emails.length < 2 ? emails : emails.filter((e, i, all) => all.findIndex((o) => o.toLowerCase() === e.toLowerCase()) === i);
  const fullName = rest.fullName ?? [rest.firstName, rest.lastName].filter(Boolean).join(" ");
  // The party is a `party:` tag, as the roster imports keep it.
  const tags = nationalParty && !rest.tags.includes(`${partyPrefix}${nationalParty}`) ? [...rest.tags, `${partyPrefix}${nationalParty}`] : rest.tags;
  return { row: { ...rest, tags, fullName, emails: unique, phones } };
}

/** readContactRow as a zod schema (an object of strings), for callers that validate one row. */
export const contactImportRowSchema = z
  .object(Object.fromEntries(contactFields.map((field) => [field, z.string()])) as Record<ContactField, z.ZodString>)
  .transform((cells, ctx): Omit<ContactImportRow, "lineNumber"> => {
    const result = readContactRow(cells);
    if (result.problems) {
      for (const message of result.problems) ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return result.row;
  });

/** What the user chose for every row of the file at once. */
export type RowDefaults = {
  /** "these are members of …": the body of every row, whatever a column says */
  parliamentaryBody?: ParliamentaryBody | null;
};

/**
 * A row of members of one body: the body set, the body's tag ("MEP", as the roster import gives),
 * the national delegation taken from the country when no column gives it (a member sits in their
 * country's delegation), and the group's short names (Renew, GUE/NGL) read as the app's group names.
 */
function applyDefaults(row: Omit<ContactImportRow, "lineNumber">, defaults: RowDefaults): Omit<ContactImportRow, "lineNumber"> {
  const body = defaults.parliamentaryBody;
  if (!body) return row;
  if (body === "national_parliament") return { ...row, parliamentaryBody: body };
  const tag = bodyTags[body];
  const group = row.politicalGroup ? (rosterGroup(body, row.politicalGroup).group ?? row.politicalGroup) : null;
  return { ...row, parliamentaryBody: body, delegation: row.delegation ?? row.country, politicalGroup: group, tags: row.tags.includes(tag) ? row.tags : [...row.tags, tag] };
}

export type CsvRowError = { line: number; reason: string };

const oddSpaces = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/;
const cleanCell = (value: string) =>
  (oddSpaces.test(value) ? value.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u200b-\u200d\ufeff]/g, "") : value).trim();

const joiners: Partial<Record<ContactField, string>> = { postalAddress: ", ", notes: "\n", tags: ";", committees: ";" };
// A line break inside a quoted name or title is an accident of the spreadsheet; in an address or notes it is meant.
const multiline: ReadonlySet<ContactField> = new Set(["postalAddress", "notes", "tags", "committees"]);
const cellOf = (row: string[], column: number, field: ContactField) => {
  const value = cleanCell(row[column] ?? "");
  return multiline.has(field) ? value : value.replace(/\s+/g, " ");
};

/** Which columns feed each field, worked out once per file rather than once per row. */
function planFor(mapping: ColumnMapping): Array<[ContactField, number[]]> {
  return contactFields.map((field) => [field, mapping.flatMap((target, column) => (target === field ? [column] : []))]);
}

/** The cells of one row gathered per field; several address or notes columns are joined. */
function cellsFor(row: string[], plan: Array<[ContactField, number[]]>): Record<ContactField, string> {
  const cells = {} as Record<ContactField, string>;
  let addressEnd = "";
  for (const [field, columns] of plan) {
    if (columns.length <= 1) {
      cells[field] = columns.length === 0 ? "" : cellOf(row, columns[0], field);
      if (field === "postalAddress") addressEnd = cells[field];
      continue;
    }
    const parts = columns.map((column) => cellOf(row, column, field)).filter(Boolean);
    cells[field] = parts.join(joiners[field] ?? " ");
    if (field === "postalAddress") addressEnd = parts.at(-1) ?? "";
  }
  // Outlook puts the country in the address ("Business Country/Region"): use it when no column gives one.
  if (!cells.country && addressEnd && normalizeCountry(addressEnd)) cells.country = addressEnd;
  return cells;
}

const delimiterNames: Record<ParsedCsv["delimiter"], string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };

/** The rows of a file, however they are held: a ParsedCsv's arrays or openCsv's reader. */
export type RowSource = Pick<ParsedCsv, "delimiter" | "headers"> & { rows: () => Iterable<{ row: string[]; line: number }> };

const sourceOf = (parsed: ParsedCsv): RowSource => ({
  delimiter: parsed.delimiter,
  headers: parsed.headers,
  *rows() {
    for (const [index, row] of parsed.rows.entries()) yield { row, line: parsed.lineNumbers[index] };
  },
});

export type RowOutcome = { row: ContactImportRow; error?: undefined } | { row?: undefined; error: CsvRowError };

/**
 * Checks every row, one at a time, as the returned iterator is read: each yields the valid row or
 * the row's error. Nothing is kept but the e-mails seen, for the same-e-mail rule. Throws
 * CsvImportError at once when the mapping itself is unusable (see mappingProblems).
 */
export function checkEachRow(source: RowSource, mapping: ColumnMapping, defaults: RowDefaults = {}): Generator<RowOutcome> {
  const problems = mappingProblems(source.headers, mapping);
  if (problems.length > 0) throw new CsvImportError(problems.join(" "), "mapping");
  return outcomes(source, mapping, defaults);
}

function* outcomes(source: RowSource, mapping: ColumnMapping, defaults: RowDefaults): Generator<RowOutcome> {
  const firstLineOfEmail = new Map<string, number>();
  const plan = planFor(mapping);
  const width = source.headers.length;

  for (const { row, line } of source.rows()) {
    const reasons: string[] = [];
    // Extra cells that are empty (a trailing delimiter) are harmless; extra values mean a shifted row.
    const extra = row.length > width ? row.slice(width).filter((cell) => cell.trim() !== "").length : 0;
    if (extra > 0) {
      reasons.push(`The row has ${row.length} values but the header has ${width} columns (is there an unquoted ${delimiterNames[source.delimiter]} inside a value?)`);
    }
    const cells = cellsFor(row, plan);
    // The body chosen for all rows stands in for the column: its values are not read.
    if (defaults.parliamentaryBody) cells.parliamentaryBody = "";
    const result = readContactRow(cells);
    if (result.problems) reasons.push(...result.problems);

    // Read addresses as the schema does, so a duplicate is caught even on a row that fails otherwise.
    // (A valid row's addresses are exactly these, its repeats within the row aside, which count for nothing here.)
    const addresses = result.row ? result.row.emails : [...splitEmails(cells.email), ...splitEmails(cells.email2)].filter(isEmail);
    for (const address of addresses) {
      const key = address.toLowerCase();
      const earlier = firstLineOfEmail.get(key);
      if (earlier === undefined) firstLineOfEmail.set(detached(key), line);
      else if (earlier !== line) reasons.push(`Same e-mail as line ${earlier} (${address})`);
    }

    if (reasons.length > 0 || !result.row) yield { error: { line, reason: `${reasons.join("; ")}.` } };
    else yield { row: { ...applyDefaults(result.row, defaults), lineNumber: line } };
  }
}

/** The organization name of each row that has one, as the checked rows will hold it (rows with errors too), repeats included. */
export function* organizationsIn(source: RowSource, mapping: ColumnMapping): Generator<string> {
  const column = mapping.indexOf("organization");
  if (column < 0) return;
  for (const { row } of source.rows()) {
    const name = cellOf(row, column, "organization");
    if (name) yield name;
  }
}

/** Checks every row; throws CsvImportError when the mapping itself is unusable (see mappingProblems). */
export function validateRows(parsed: ParsedCsv, mapping: ColumnMapping, defaults: RowDefaults = {}): { valid: ContactImportRow[]; errors: CsvRowError[] } {
  const valid: ContactImportRow[] = [];
  const errors: CsvRowError[] = [];
  for (const outcome of checkEachRow(sourceOf(parsed), mapping, defaults)) {
    if (outcome.error) errors.push(outcome.error);
    else valid.push(outcome.row);
  }
  return { valid, errors };
}
