// Bulk-load mode for the large seed, as pg_restore loads a dump: inside the seed's one transaction,
// the loaded tables' non-unique indexes and foreign keys are dropped and created again after the
// data is in (one sorted build and one join per key instead of millions of single-row updates and
// lookups), and the triggers whose derived data is recomputed set-based at the end
// (seed-large-derive.ts) are disabled. Unique indexes and primary keys stay (ON CONFLICT and the
// triggers that stay on use them). Everything is put back before the commit, from the catalog's own
// definitions, so a failed run rolls back to the database as it was, and nothing is ever written
// down twice. The statements lock the tables: run it on a benchmark database, not a live one.
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";

/**
 * The tables the seed writes, directly or through the triggers that stay on; not appeal_replies
 * (a reply per ten appeals): appeal_facts' insert trigger reads the first reply of each new appeal
 * through its index.
 */
export const LOADED_TABLES = [
  "contacts", "contact_emails", "search_terms", "appeals", "appeal_facts", "appeal_months", "appeal_recipients", "appeal_dispatches",
  "letters", "letter_signatories", "events", "invitations", "engagement_months", "engagement_body_months", "engagement_totals",
] as const;

/**
 * Off during the load, their work done once at the end (seed-large-derive.ts): last contacted and
 * "most engaged" (per dispatch, signature and invitation batch they would update a million contacts
 * and their engagement rows again and again), the engagement counter (a deferred trigger per row:
 * millions of queued events for one bump), appeal_facts' recipient bodies and first replies and
 * appeal_months (each batch would update every appeal_facts row twice, and the update trigger's
 * join of its transition tables runs as a nested loop once PL/pgSQL has cached a plan made for a
 * few rows: 250 s for a batch of 20,000 appeals). contacts_search_terms_upd would only re-read the
 * words of the contacts whose last-contacted date is set, which that update does not change.
 * Everything else stays on: search terms and appeal_facts on insert, event_funnel,
 * last_contact_days, political_group_since.
 */
const TRIGGERS_OFF: Array<[table: string, trigger: string]> = [
  ["appeal_recipients", "appeal_recipients_facts_ins"],
  ["appeal_replies", "appeal_replies_facts_ins"],
  ["appeal_facts", "appeal_facts_months_ins"],
  ["appeal_facts", "appeal_facts_months_upd"],
  ["appeal_dispatches", "appeal_dispatches_engagement_ins"],
  ["appeal_dispatches", "appeal_dispatches_last_contacted_ins"],
  ["appeal_dispatches", "appeal_dispatches_engagement_version"],
  ["letter_signatories", "letter_signatories_engagement_ins"],
  ["letter_signatories", "letter_signatories_last_contacted_ins"],
  ["letter_signatories", "letter_signatories_engagement_version"],
  ["invitations", "invitations_engagement_ins"],
  ["invitations", "invitations_last_contacted_ins"],
  ["invitations", "invitations_engagement_version"],
  ["contacts", "contacts_search_terms_upd"],
];

type Definition = { name: string; tbl: string; def: string };

export type BulkMode = {
  /** Creates the dropped indexes and foreign keys again (each key checked against the data). */
  buildIndexesAndKeys: () => Promise<void>;
  /** Turns the triggers back on, once their derived data is current. */
  enableTriggers: () => Promise<void>;
};

export async function enterBulkMode(tx: Tx, log: (line: string) => void): Promise<BulkMode> {
  const tables = sql`ARRAY[${sql.join(LOADED_TABLES.map((t) => sql`${t}::regclass`), sql`, `)}]`;
  const indexes = rowsOf<Definition>(
    await tx.execute(sql`
      SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS tbl, pg_get_indexdef(i.indexrelid) AS def
        FROM pg_index i
       WHERE i.indrelid = ANY (${tables}) AND NOT i.indisunique
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
       ORDER BY 2, 1`),
  );
  const keys = rowsOf<Definition>(
    await tx.execute(sql`
      SELECT c.conname AS name, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def
        FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY (${tables}) ORDER BY 2, 1`),
  );
  for (const [table, trigger] of TRIGGERS_OFF) await tx.execute(sql`ALTER TABLE ${sql.identifier(table)} DISABLE TRIGGER ${sql.identifier(trigger)}`);
  for (const k of keys) await tx.execute(sql`ALTER TABLE ${sql.raw(k.tbl)} DROP CONSTRAINT ${sql.identifier(k.name)}`);
  for (const i of indexes) await tx.execute(sql`DROP INDEX ${sql.raw(i.name)}`);
  log(`bulk mode: ${TRIGGERS_OFF.length} triggers off, ${keys.length} foreign keys and ${indexes.length} indexes dropped until the end`);

  const buildIndexesAndKeys = async () => {
    // Several index builds share the sort memory in turn; the server's parallel workers help.
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const i of indexes) {
      const started = performance.now();
      await tx.execute(sql.raw(i.def));
      if (performance.now() - started > SLOW) log(`  index ${i.name}: ${seconds(started)}`);
    }
    for (const k of keys) {
      const started = performance.now();
      await tx.execute(sql`ALTER TABLE ${sql.raw(k.tbl)} ADD CONSTRAINT ${sql.identifier(k.name)} ${sql.raw(k.def)}`);
      if (performance.now() - started > SLOW) log(`  foreign key ${k.name}: ${seconds(started)}`);
    }
  };
  const enableTriggers = async () => {
    for (const [table, trigger] of TRIGGERS_OFF) await tx.execute(sql`ALTER TABLE ${sql.identifier(table)} ENABLE TRIGGER ${sql.identifier(trigger)}`);
  };
  return { buildIndexesAndKeys, enableTriggers };
}

const SLOW = 2_000;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
