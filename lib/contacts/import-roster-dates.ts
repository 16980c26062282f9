import "server-only";
// How old what the directory holds about parliamentarians is, read from the audit log rather than
// from a column: every roster import writes one audit entry naming the roster's date (asOf) and
// the contacts it listed, and every change of a group by hand is audited with the field. So the
// since-date of a stored group is the latest of (a) the dates of the rosters that listed the
// contact and (b) the days its group was set by hand. Entries written before rosters had a date
// count by the day they were written (a list is never imported before it is published).
//
// The audit log is readable by admins only (row-level security, migration 0017), so these two
// reads run as the owner: they return nothing of the log but a day per contact the caller has
// already matched (and is allowed to edit), and one day per body. They run before the import's
// transaction, which cannot wait on another connection on PGlite.
import { sql } from "drizzle-orm";
import { db, rowsOf, type Db, type Tx } from "@/db/client";
import { runAs } from "@/db/actor";
import type { RosterBody } from "@/lib/import/roster/groups";

/** What planRoster needs to know of the past: each matched contact's group since-date, and the newest roster's date. */
export type RosterDates = { since: Map<string, string>; latest: string | null };
export const noDates: RosterDates = { since: new Map(), latest: null };

/** Both reads, as the owner, for these contacts (see above). */
export function rosterDates(body: RosterBody, contactIds: string[]): Promise<RosterDates> {
  return runAs("owner", async () => ({ since: await groupSinceDates(db, body, contactIds), latest: await latestRosterDate(db, body) }));
}

const day = (ts: ReturnType<typeof sql>) => sql`to_char(${ts} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
const rosterDate = sql`coalesce(a.changes->'asOf'->>'after', ${day(sql`a.at`)})`;
/** An id array of a roster entry ("created", "updated", "listedIds"), or [] when absent. */
const idsOf = (key: string) => sql`(CASE WHEN jsonb_typeof(a.changes->${key}->'after') = 'array' THEN a.changes->${key}->'after' ELSE '[]'::jsonb END)`;

/** The since-date (YYYY-MM-DD) of each contact's stored group; contacts with none are absent. */
export async function groupSinceDates(q: Db | Tx, body: RosterBody, contactIds: string[]): Promise<Map<string, string>> {
  const since = new Map<string, string>();
  if (contactIds.length === 0) return since;
  const ids = sql.param(contactIds);
  // One pass over the body's roster entries (a few per year), their id arrays unnested.
  const rosters = rowsOf<{ id: string; since: string }>(
    await q.execute(sql`
      SELECT x.id, max(${rosterDate}) AS since
      FROM audit_entries a,
        jsonb_array_elements_text(${idsOf("listedIds")} || ${idsOf("created")} || ${idsOf("updated")}) AS x(id)
      WHERE a.entity = 'roster' AND a.changes->'body'->>'after' = ${body} AND x.id = ANY(${ids}::text[])
      GROUP BY x.id`),
  );
  // Hand edits: the contact's own entries (audit_entries_entity_idx) that touched its group.
  const edits = rowsOf<{ id: string; since: string }>(
    await q.execute(sql`
      SELECT a.entity_id AS id, ${day(sql`max(a.at)`)} AS since
      FROM audit_entries a
      WHERE a.entity = 'contact' AND a.entity_id = ANY(${ids}::text[]) AND (a.changes->'politicalGroup') IS NOT NULL
      GROUP BY a.entity_id`),
  );
  for (const { id, since: d } of [...rosters, ...edits]) if (!since.has(id) || since.get(id)! < d) since.set(id, d);
  return since;
}

/** The date of the newest roster of the body imported so far, or null before the first. */
export async function latestRosterDate(q: Db | Tx, body: RosterBody): Promise<string | null> {
  const [row] = rowsOf<{ latest: string | null }>(
    await q.execute(sql`SELECT max(${rosterDate}) AS latest FROM audit_entries a WHERE a.entity = 'roster' AND a.changes->'body'->>'after' = ${body}`),
  );
  return row?.latest ?? null;
}
