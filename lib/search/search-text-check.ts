// Every search_text column rebuilt with lib/search/search-text.ts and compared with what the
// writers stored: the number of rows that differ, per kind. All zeros means every writer used the
// one definition. Used by the tests on the seeded demo database, and by `npm run db:search-text`,
// which also rewrites the rows that differ (a database written before a definition changed).
// Reads in batches by id, so it runs in bounded memory on a million contacts.
// Not "server-only": plain `tsx` scripts (npm run db:*) and the seed import it. It takes the database
// handle it works on and acts as the owner; no page or action imports it.
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { searchText, type SearchTextKind } from "./search-text";

const BATCH = 5000;

type Row = { id: string; search_text: string } & Record<string, unknown>;
type Source = { table: string; select: SQL; rebuild: (row: Row) => string };

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const text = (v: unknown) => String(v ?? "");
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

// One source per kind: the row's columns and what the definition needs from other tables.
const sources: Record<SearchTextKind, Source> = {
  contact: {
    table: "contacts",
    select: sql`SELECT c.id, c.search_text, c.full_name, c.name_native, c.title, c.department, o.name AS org_name, o.acronym AS org_acronym,
                       coalesce((SELECT array_agg(e.email) FROM contact_emails e WHERE e.contact_id = c.id), '{}') AS emails
                  FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id`,
    rebuild: (r) =>
      searchText.contact(
        { fullName: text(r.full_name), nameNative: str(r.name_native), title: str(r.title), department: str(r.department) },
        r.org_name === null ? null : { name: text(r.org_name), acronym: str(r.org_acronym) },
        list(r.emails),
      ),
  },
  organization: {
    table: "organizations",
    select: sql`SELECT c.id, c.search_text, c.name, c.name_native, c.acronym FROM organizations c`,
    rebuild: (r) => searchText.organization({ name: text(r.name), nameNative: str(r.name_native), acronym: str(r.acronym) }),
  },
  case: {
    table: "cases",
    select: sql`SELECT c.id, c.search_text, c.primary_name, c.name_native,
                       coalesce((SELECT array_agg(n.name) FROM case_names n WHERE n.case_id = c.id), '{}') AS variants
                  FROM cases c`,
    rebuild: (r) => searchText.case({ primaryName: text(r.primary_name), nameNative: str(r.name_native) }, list(r.variants)),
  },
  appeal: {
    table: "appeals",
    select: sql`SELECT c.id, c.search_text, c.title, c.subject FROM appeals c`,
    rebuild: (r) => searchText.appeal({ title: text(r.title), subject: text(r.subject) }),
  },
  letter: {
    table: "letters",
    select: sql`SELECT c.id, c.search_text, c.title, c.addressee, c.reference_number FROM letters c`,
    rebuild: (r) => searchText.letter({ title: text(r.title), addressee: text(r.addressee), referenceNumber: str(r.reference_number) }),
  },
  event: {
    table: "events",
    select: sql`SELECT c.id, c.search_text, c.title, c.venue, c.city, c.description FROM events c`,
    rebuild: (r) => searchText.event({ title: text(r.title), venue: str(r.venue), city: str(r.city), description: text(r.description) }),
  },
  incoming: {
    table: "incoming_appeals",
    select: sql`SELECT c.id, c.search_text, c.sender_name, c.request_summary, c.original_text FROM incoming_appeals c`,
    rebuild: (r) => searchText.incoming({ senderName: text(r.sender_name), requestSummary: text(r.request_summary), originalText: text(r.original_text) }),
  },
  list: {
    table: "contact_lists",
    select: sql`SELECT c.id, c.search_text, c.name, c.description FROM contact_lists c`,
    rebuild: (r) => searchText.list({ name: text(r.name), description: text(r.description) }),
  },
  campaign: {
    table: "campaigns",
    select: sql`SELECT c.id, c.search_text, c.name, c.summary FROM campaigns c`,
    rebuild: (r) => searchText.campaign({ name: text(r.name), summary: text(r.summary) }),
  },
};

export type SearchTextMismatches = Record<SearchTextKind, number>;

/**
 * Rows whose stored search text differs from the definition, per kind. With `fix`, those rows are
 * rewritten (only the column: no version bump, no audit entry, as it is derived data).
 */
export async function searchTextMismatches(db: Db, options: { fix?: boolean } = {}): Promise<SearchTextMismatches> {
  const result = {} as SearchTextMismatches;
  for (const [kind, source] of Object.entries(sources) as Array<[SearchTextKind, Source]>) {
    let differing = 0;
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const rows = rowsOf<Row>(await db.execute(sql`${source.select} WHERE c.id > ${after} ORDER BY c.id LIMIT ${BATCH}`));
      if (!rows.length) break;
      const fixes: Array<{ id: string; text: string }> = [];
      for (const row of rows) {
        const rebuilt = source.rebuild(row);
        if (rebuilt !== row.search_text) fixes.push({ id: row.id, text: rebuilt });
      }
      differing += fixes.length;
      if (options.fix && fixes.length) {
        await db.execute(sql`
          UPDATE ${sql.identifier(source.table)} t SET search_text = f.text
            FROM jsonb_to_recordset(${JSON.stringify(fixes)}::jsonb) AS f(id uuid, text text)
           WHERE t.id = f.id`);
      }
      after = rows[rows.length - 1].id;
    }
    result[kind] = differing;
  }
  return result;
}
