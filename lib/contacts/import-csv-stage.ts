import "server-only";
// The CSV import's bulk path: the file's rows validated once, one at a time, and written as they
// go with COPY into a temporary staging table of the transaction (dropped at its end); then the
// dry run counts the rows whose e-mail exists, and the import writes everything in a few
// set-based statements — contacts matched by e-mail, organizations found or created by name,
// new contacts with their e-mails and phones, the list. The rules stay where they live: the
// row checks in lib/import/csv/validate.ts, the search text in lib/search/search-text.ts (computed
// here in JavaScript as every writer does; the vocabulary follows by the statement-level
// triggers of db/sql/search.sql), phones in ./phones.ts, matching and organizations in ./write.ts.
// The dry run stages only the line and e-mails it counts by. What is kept across rows is bounded:
// the first MAX_KEPT_ERRORS row errors (all counted), the existing organizations the file names
// (looked up 5,000 names at a time before the COPY, which holds the connection), and a cache of
// new organizations' search texts.
import { sql } from "drizzle-orm";
import { arrayLiteral, copyInto, copyLine } from "@/db/copy";
import type { Tx } from "@/db/client";
import type { ColumnMapping } from "@/lib/import/csv/mapping";
import { detached } from "@/lib/import/csv/parse";
import { checkEachRow, organizationsIn, type ContactImportRow, type CsvRowError, type RowDefaults, type RowSource } from "@/lib/import/csv/validate";
import { searchText } from "@/lib/search/search-text";
import { phoneE164 } from "./phones";
import { existingOrganizationsByName, organizationKeyOf, type OrgRef } from "./write";

export const stageTable = "csv_import_rows";
/** A staged row's organization: the one found by name, else the one made for its name key (csv_import_orgs o, joined to the stage s). */
export const stagedOrganizationId = sql.raw("coalesce(s.org_id, o.id)");

// The staged row: a ContactImportRow with what the writes need beside it. `org_id` is the existing
// organization of the row's name, `org_key` tells new ones apart; `id` is the new contact's id;
// `round` orders the rows matched to one contact (./import-csv-update.ts).
const stageColumns = [
  "line", "full_name", "first_name", "last_name", "honorific", "title", "department", "organization", "org_key", "org_id", "org_search",
  "emails", "emails_lower", "phones", "phones_e164", "country", "postal_address", "web_form_url", "salutation", "language",
  "parliamentary_body", "delegation", "political_group", "committees", "tags", "notes", "search_text",
] as const;

const createStage = sql.raw(`
  CREATE TEMPORARY TABLE ${stageTable} (
    line int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), match_id uuid, round int,
    full_name text NOT NULL, first_name text, last_name text, honorific text, title text, department text,
    organization text, org_key text, org_id uuid, org_search text,
    emails text[] NOT NULL, emails_lower text[] NOT NULL, phones text[] NOT NULL, phones_e164 text[] NOT NULL,
    country text, postal_address text, web_form_url text, salutation text, language text, parliamentary_body text,
    delegation text, political_group text, committees text[] NOT NULL, tags text[] NOT NULL, notes text NOT NULL, search_text text
  ) ON COMMIT DROP`);

// The dry run stages only what it counts by (./import-csv-write.ts's countStagedExisting): the
// line and the lower-cased e-mails; the checks that decide a row are the same as the import's.
const checkColumns = ["line", "emails_lower"] as const;
const createCheckStage = sql.raw(`CREATE TEMPORARY TABLE ${stageTable} (line int PRIMARY KEY, emails_lower text[] NOT NULL) ON COMMIT DROP`);
const lowerCased = (emails: string[]) => arrayLiteral(emails.map((e) => e.toLowerCase()));

/** The rows to write, for the import: organizations known by name, so each row's search text is final. The dry run (null) stages the line and e-mails only. */
type Writing = { organizations: Map<string, OrgRef> };

function stageLine(r: ContactImportRow, writing: Writing | null, orgSearch: Map<string, string>): string {
  if (!writing) return copyLine([r.lineNumber, lowerCased(r.emails)]);
  const org = r.organization;
  const existing = org ? writing.organizations.get(org) : undefined;
  let orgSearchText: string | null = null;
  // A name with no organization yet gets one of that name (created below when a written row needs it).
  const organization = org ? (existing ?? { name: org, acronym: null }) : null;
  const search = searchText.contact({ fullName: r.fullName, nameNative: null, title: r.title, department: r.department }, organization, r.emails);
  if (org && !existing) {
    orgSearchText = orgSearch.get(org) ?? null;
    if (orgSearchText === null) {
      orgSearchText = searchText.organization({ name: org, nameNative: null, acronym: null });
      if (orgSearch.size >= ORG_SEARCH_CACHE) orgSearch.clear();
      orgSearch.set(detached(org), orgSearchText);
    }
  }
  return copyLine([
    r.lineNumber, r.fullName, r.firstName, r.lastName, r.honorific, r.title, r.department, org, org ? organizationKeyOf(org) : null, existing?.id ?? null, orgSearchText,
    arrayLiteral(r.emails), lowerCased(r.emails), arrayLiteral(r.phones), arrayLiteral(r.phones.map((p) => phoneE164(p, r.country))),
    r.country, r.postalAddress, r.webFormUrl, r.salutation, r.language, r.parliamentaryBody, r.delegation, r.politicalGroup,
    arrayLiteral(r.committees), arrayLiteral(r.tags), r.notes, search,
  ]);
}

/** `errors`: the first MAX_KEPT_ERRORS row errors, in file order; `errorCount`: all of them. */
export type Staged = { valid: number; errors: CsvRowError[]; errorCount: number };

/** Row errors kept for the report: a file with more is wrong throughout, and memory stays flat however many rows fail. */
export const MAX_KEPT_ERRORS = 1_000;
/** Search texts of new organizations kept at once (computed again after the cache is cleared). */
const ORG_SEARCH_CACHE = 10_000;
/** Organization names looked up per query while reading the file. */
const ORG_LOOKUP_BATCH = 5_000;

/**
 * The existing organization of each name the rows give, read in batches as the file is read:
 * only the names found are kept (bounded by the organizations table, not by the file).
 */
async function existingOrganizations(tx: Tx, source: RowSource, mapping: ColumnMapping): Promise<Map<string, OrgRef>> {
  const found = new Map<string, OrgRef>();
  let batch = new Set<string>();
  const lookUp = async () => {
    for (const [name, org] of await existingOrganizationsByName(tx, batch)) found.set(detached(name), org);
    batch = new Set();
  };
  for (const name of organizationsIn(source, mapping)) {
    if (!found.has(name)) batch.add(name);
    if (batch.size >= ORG_LOOKUP_BATCH) await lookUp();
  }
  if (batch.size) await lookUp();
  return found;
}

/** Rows per COPY chunk, and per progress report. */
const CHUNK_ROWS = 2_000;

/**
 * Validates every row of `source` and COPYs the valid ones into the staging table (made here).
 * `writing` (the import) also resolves the organizations and computes each row's search text;
 * `refuse` is called with the errors once every row is read, before the COPY ends: what it throws
 * aborts the COPY and so the transaction (the import refuses the whole file for one bad row).
 * `onRow(n)` is told how many rows have been read, every CHUNK_ROWS.
 */
export async function stageRows(
  tx: Tx,
  source: RowSource,
  mapping: ColumnMapping,
  defaults: RowDefaults,
  options: { writing: boolean; refuse?: (errors: CsvRowError[], errorCount: number) => void; onRow?: (read: number) => void },
): Promise<Staged> {
  const writing: Writing | null = options.writing ? { organizations: await existingOrganizations(tx, source, mapping) } : null;
  await tx.execute(writing ? createStage : createCheckStage);
  const errors: CsvRowError[] = [];
  let errorCount = 0;
  let valid = 0;
  const orgSearch = new Map<string, string>();
  // Checked before the COPY starts: an unusable mapping is the caller's error, not a failed COPY.
  const outcomes = checkEachRow(source, mapping, defaults);
  // Asynchronous, and pausing after each chunk: checking 100,000 rows takes seconds of CPU, and
  // the server's other requests (this import's progress bar among them) are served in between.
  async function* chunks(): AsyncGenerator<string> {
    let lines: string[] = [];
    let read = 0;
    for (const outcome of outcomes) {
      if (outcome.error) {
        if (++errorCount <= MAX_KEPT_ERRORS) errors.push(outcome.error);
      } else {
        lines.push(stageLine(outcome.row, writing, orgSearch));
        valid++;
      }
      if (++read % CHUNK_ROWS === 0) {
        options.onRow?.(read);
        if (lines.length) yield lines.join("");
        lines = [];
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    options.refuse?.(errors, errorCount);
    if (lines.length) yield lines.join("");
  }
  await copyInto(tx, stageTable, writing ? stageColumns : checkColumns, chunks());
  // A temporary table is never analyzed by autovacuum: the planner needs its size and the columns
  // the writes join and filter on (not the long texts and arrays, whose statistics cost the most).
  await tx.execute(sql.raw(`ANALYZE ${stageTable} (${writing ? "line, organization, org_key, org_id" : "line"})`));
  return { valid, errors, errorCount };
}
