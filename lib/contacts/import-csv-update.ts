import "server-only";
// The CSV import's "update existing contacts": the staged rows matched to a contact
// (./import-csv-write.ts) applied set-based rather than one contact at a time. The matched
// contacts are read and locked 5,000 at a time with their e-mails and phones (five statements a
// chunk), each amendment is worked out by ./write.ts's planAmendment (the rule amendContact
// applies to one contact) and its search text by lib/search/search-text.ts, and the results are
// COPYed into temporary tables from which one UPDATE and two INSERTs write them all. Rows that
// match the same contact are applied in file order, one round each (a contact's second row sees
// what its first wrote), so the outcome is that of updating row by row.
import { asc, inArray, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { arrayLiteral, copyInto, copyLine } from "@/db/copy";
import { contactEmails, contactPhones, contacts, organizations } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import type { ContactImportRow } from "@/lib/import/csv/validate";
import type { ParliamentaryBody } from "@/lib/import/csv/values";
import { searchText } from "@/lib/search/search-text";
import { stagedOrganizationId, stageTable } from "./import-csv-stage";
import { planAmendment, type Amendment, type StoredChannels } from "./write";

type Contact = typeof contacts.$inferSelect;
type StagedRow = Omit<ContactImportRow, "organization"> & { matchId: string; organizationId: string | null };

const stage = sql.raw(stageTable);
/** Contacts read, planned and COPYed per chunk: memory stays flat however many rows match. */
const CHUNK = 5_000;

/** The contact columns a CSV row sets, in the order of the updates table; null cells are left out of an update so it keeps what is there. */
const written = [
  ["full_name", "fullName"], ["first_name", "firstName"], ["last_name", "lastName"], ["honorific", "honorific"], ["title", "title"],
  ["department", "department"], ["organization_id", "organizationId"], ["country", "country"], ["postal_address", "postalAddress"],
  ["web_form_url", "webFormUrl"], ["salutation", "salutation"], ["language", "language"], ["parliamentary_body", "parliamentaryBody"],
  ["delegation", "delegation"], ["political_group", "politicalGroup"], ["committees", "committees"], ["tags", "tags"], ["notes", "notes"],
] as const satisfies ReadonlyArray<readonly [string, keyof Contact]>;

/** The row's non-empty cells win; committees only when the row has some; tags and notes add up. */
function amendmentOf(r: StagedRow, before: Contact): Amendment {
  const cells = {
    fullName: r.fullName, firstName: r.firstName, lastName: r.lastName, honorific: r.honorific, title: r.title, department: r.department,
    country: r.country, postalAddress: r.postalAddress, webFormUrl: r.webFormUrl, salutation: r.salutation, language: r.language,
    parliamentaryBody: r.parliamentaryBody, delegation: r.delegation, politicalGroup: r.politicalGroup, organizationId: r.organizationId,
  };
  return {
    set: {
      ...Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null)),
      committees: r.committees.length ? r.committees : before.committees,
      tags: [...new Set([...before.tags, ...r.tags])],
      notes: r.notes && !before.notes.includes(r.notes) ? [before.notes, r.notes].filter(Boolean).join("\n\n") : before.notes,
    },
    emails: r.emails,
    phones: r.phones,
  };
}

const typeOf = (column: string) => (column === "organization_id" ? "uuid" : column === "committees" || column === "tags" ? "text[]" : "text");
/** The chunks' results, written by each round's three statements (one statement each: PGlite's extended protocol takes no more). */
const tables = [
  `CREATE TEMPORARY TABLE csv_import_updates (id uuid PRIMARY KEY, ${written.map(([column]) => `${column} ${typeOf(column)}`).join(", ")}, search_text text NOT NULL) ON COMMIT DROP`,
  "CREATE TEMPORARY TABLE csv_import_new_emails (seq int, contact_id uuid, email text, is_primary boolean) ON COMMIT DROP",
  "CREATE TEMPORARY TABLE csv_import_new_phones (seq int, contact_id uuid, phone text, phone_e164 text, is_primary boolean) ON COMMIT DROP",
];

/** One chunk of the staged rows of a round, after line `after`. */
async function stagedChunk(tx: Tx, round: number, after: number): Promise<StagedRow[]> {
  const result = await tx.execute(sql`
    SELECT line AS "lineNumber", match_id AS "matchId", ${stagedOrganizationId} AS "organizationId", full_name AS "fullName", first_name AS "firstName",
      last_name AS "lastName", honorific, title, department, emails, phones, country, postal_address AS "postalAddress",
      web_form_url AS "webFormUrl", salutation, language, parliamentary_body AS "parliamentaryBody", delegation,
      political_group AS "politicalGroup", committees, tags, notes
    FROM ${stage} s LEFT JOIN csv_import_orgs o ON s.org_id IS NULL AND o.org_key = s.org_key
    WHERE s.round = ${round} AND s.line > ${after} ORDER BY s.line LIMIT ${CHUNK}`);
  return rowsOf<StagedRow & { parliamentaryBody: ParliamentaryBody | null }>(result);
}

/** The chunk's contacts, locked, with their e-mails and phones oldest first. */
async function storedOf(tx: Tx, ids: string[], gone: () => Error) {
  const locked = await tx.select().from(contacts).where(inArray(contacts.id, ids)).for("update");
  if (locked.length !== ids.length) throw gone();
  const [emails, phones] = await Promise.all([
    tx.select({ contactId: contactEmails.contactId, value: contactEmails.email, isPrimary: contactEmails.isPrimary }).from(contactEmails)
      .where(inArray(contactEmails.contactId, ids)).orderBy(asc(contactEmails.createdAt), asc(contactEmails.id)),
    tx.select({ contactId: contactPhones.contactId, value: contactPhones.phone, phoneE164: contactPhones.phoneE164, isPrimary: contactPhones.isPrimary }).from(contactPhones)
      .where(inArray(contactPhones.contactId, ids)).orderBy(asc(contactPhones.createdAt), asc(contactPhones.id)),
  ]);
  const stored = new Map<string, StoredChannels>(ids.map((id) => [id, { emails: [], phones: [] }]));
  for (const { contactId, ...e } of emails) stored.get(contactId)!.emails.push(e);
  for (const { contactId, ...p } of phones) stored.get(contactId)!.phones.push(p);
  return { contacts: new Map(locked.map((c) => [c.id, c])), stored };
}

async function organizationsOf(tx: Tx, ids: string[]) {
  const found = ids.length ? await tx.select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym }).from(organizations).where(inArray(organizations.id, ids)) : [];
  return new Map(found.map((o) => [o.id, o]));
}

/**
 * Updates the existing contacts the staged rows matched (match_id), as amendContact would one by
 * one, without auditing each (the import audits itself). Returns how many rows were matched.
 * `onProgress(f)` is told the share of the matched rows done.
 */
export async function updateMatchedContacts(tx: Tx, onProgress: (fraction: number) => void): Promise<number> {
  await tx.execute(sql`
    UPDATE ${stage} s SET round = r.n
    FROM (SELECT line, row_number() OVER (PARTITION BY match_id ORDER BY line)::int AS n FROM ${stage} WHERE match_id IS NOT NULL) r
    WHERE s.line = r.line`);
  const [{ matched, rounds }] = rowsOf<{ matched: number; rounds: number }>(
    await tx.execute(sql`SELECT count(round)::int AS matched, coalesce(max(round), 0)::int AS rounds FROM ${stage}`),
  );
  if (matched === 0) return 0;
  for (const table of tables) await tx.execute(sql.raw(table));
  const gone = () => new ValidationError("A contact this file updates was deleted meanwhile. Nothing was imported; check the file again.");
  let done = 0;
  for (let round = 1; round <= rounds; round++) {
    let seq = 0;
    for (let after = 0; ; ) {
      const rows = await stagedChunk(tx, round, after);
      if (rows.length === 0) break;
      after = rows[rows.length - 1].lineNumber;
      const { contacts: byId, stored } = await storedOf(tx, rows.map((r) => r.matchId), gone);
      const plans = rows.map((r) => ({ id: r.matchId, plan: planAmendment(byId.get(r.matchId)!, stored.get(r.matchId)!, amendmentOf(r, byId.get(r.matchId)!)) })).filter((p) => p.plan.changed);
      const orgs = await organizationsOf(tx, [...new Set(plans.flatMap((p) => (p.plan.next.organizationId ? [p.plan.next.organizationId] : [])))]);
      const updates: string[] = [];
      const emails: string[] = [];
      const phones: string[] = [];
      for (const { id, plan } of plans) {
        const { next } = plan;
        const search = searchText.contact(next, next.organizationId ? (orgs.get(next.organizationId) ?? null) : null, plan.allEmails);
        updates.push(copyLine([id, ...written.map(([, key]) => (Array.isArray(next[key]) ? arrayLiteral(next[key]) : (next[key] as string | null))), search]));
        for (const e of plan.newEmails) emails.push(copyLine([++seq, id, e.email, e.isPrimary]));
        for (const p of plan.newPhones) phones.push(copyLine([++seq, id, p.phone, p.phoneE164, p.isPrimary]));
      }
      if (updates.length) await copyInto(tx, "csv_import_updates", ["id", ...written.map(([column]) => column), "search_text"], [updates.join("")]);
      if (emails.length) await copyInto(tx, "csv_import_new_emails", ["seq", "contact_id", "email", "is_primary"], [emails.join("")]);
      if (phones.length) await copyInto(tx, "csv_import_new_phones", ["seq", "contact_id", "phone", "phone_e164", "is_primary"], [phones.join("")]);
      done += rows.length;
      onProgress(done / matched);
    }
    // The round's writes, each in one statement; the next round reads what they wrote.
    await tx.execute(sql`
      INSERT INTO contact_emails (contact_id, email, is_primary) SELECT contact_id, email, is_primary FROM csv_import_new_emails ORDER BY seq`);
    await tx.execute(sql`
      INSERT INTO contact_phones (contact_id, phone, phone_e164, is_primary) SELECT contact_id, phone, phone_e164, is_primary FROM csv_import_new_phones ORDER BY seq`);
    await tx.execute(sql.raw(`
      UPDATE contacts c SET ${written.map(([column]) => `${column} = u.${column}${column === "parliamentary_body" ? "::parliamentary_body" : ""}`).join(", ")},
        search_text = u.search_text, updated_at = now(), version = c.version + 1
      FROM csv_import_updates u WHERE c.id = u.id`));
    await tx.execute(sql.raw("TRUNCATE csv_import_updates, csv_import_new_emails, csv_import_new_phones"));
  }
  return matched;
}
