import "server-only";
// How old what the directory holds about parliamentarians is, from data of its own read with the
// importing user's rights: each contact's `political_group_since` (the roster's date when an import
// set or confirmed the group, the day of a change by hand: db/sql/contacts.sql) and one
// `roster_imports` row per import carried out, for the date of the newest list of each body.
// Migration 0020 filled both from the audit log for the imports and edits made before.
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/db/client";
import { contacts, rosterImports } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import type { RosterBody } from "@/lib/import/roster/groups";

/** The date of the newest roster of the body imported so far, or null before the first. */
export async function latestRosterDate(q: Db | Tx, body: RosterBody): Promise<string | null> {
  const [row] = rowsOf<{ latest: string | null }>(
    await q.execute(sql`SELECT max(as_of)::text AS latest FROM roster_imports WHERE body = ${body}`),
  );
  return row?.latest ?? null;
}

/**
 * Records an import in its transaction: the roster's date becomes the since-date of the groups of
 * `dated` (the contacts it created, and those whose stored group was not newer than the file: it
 * set or confirmed their group), and the import is remembered for latestRosterDate. Written after
 * the contacts' own updates: the column set here does not change the group, so the hand-edit
 * trigger leaves it as written.
 */
export async function recordRosterImport(tx: Tx, user: Acting, body: RosterBody, asOf: string, dated: string[]): Promise<void> {
  if (dated.length) {
    await tx.update(contacts).set({ politicalGroupSince: asOf }).where(sql`${contacts.id} = ANY(${sql.param(dated)}::uuid[])`);
  }
  await tx.insert(rosterImports).values({ body, asOf, userId: user.id });
}
