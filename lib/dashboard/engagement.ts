import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { aboutVisibleCases } from "@/lib/cases/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { can } from "@/lib/auth/policy";
import { parliamentaryBodies, type ParliamentaryBody } from "@/lib/contacts/schema";
import { cachedFigure, type Stored } from "./cache";
import { addDays } from "./schema";
import { bounds, monthCover, type Scope } from "./scope";

export const TOP = 10;

export type TopContact = { id: string; name: string; body: ParliamentaryBody | null; dispatches: number; signatures: number; attendances: number; total: number };
export type TopBody = { body: ParliamentaryBody; dispatches: number; signatures: number; attendances: number; total: number };

/** Filters on the contact itself: its country and parliamentary body; merged records are gone. */
function contactScope(f: Scope, alias: SQL): SQL {
  const parts: SQL[] = [sql`${alias}.merged_into_id IS NULL`];
  if (f.country) parts.push(sql`${alias}.country = ${f.country}`);
  if (f.body !== "all") parts.push(sql`${alias}.parliamentary_body = ${f.body}::parliamentary_body`);
  return sql.join(parts, sql` AND `);
}

/** The same filters on a summary row that carries its contact's (engagement_months, engagement_totals). */
function rowScope(f: Scope, alias: SQL): SQL {
  const parts: SQL[] = [sql`${alias}.active`];
  if (f.country) parts.push(sql`${alias}.country = ${f.country}`);
  if (f.body !== "all") parts.push(sql`${alias}.parliamentary_body = ${f.body}::parliamentary_body`);
  return sql.join(parts, sql` AND `);
}

/**
 * Who we worked with most in the range: appeal dispatches that went out (not failed), letters
 * signed, events attended — each of the campaign when one is chosen; appeals, letters and events
 * the user may not see are left out. Read from the summary tables of migration 0021, kept by
 * triggers at every change (db/sql/engagement.sql), so a view never aggregates the interactions
 * themselves. The figure is cached until the next change it depends on (`cachedFigure`), with
 * more contacts than it shows (the POOL first); after a change only the contacts whose rows
 * changed since, and those, are scored again (`refreshRanking`).
 */
export const topEngaged = dataAccess(async function topEngaged(user: Acting, f: Scope) {
  const key = JSON.stringify([f.from, f.to, f.campaign, f.country, f.body, await visibilityClass(user)]);
  const ranking = await cachedFigure<Ranking, Side>(
    "engagement",
    key,
    () => rankEngaged(user, f),
    (previous, since, sideKey) => refreshRanking(user, f, previous, since, sideKey),
  );
  return { contacts: ranking.pool.slice(0, TOP), bodies: ranking.bodies };
});

/**
 * Who may see which dispatches: managers and admins all, users assigned to restricted cases their
 * own view (named by those cases, so a new assignment is a new view), everyone else the same
 * public view (one cache entry shared by them).
 */
async function visibilityClass(user: Acting): Promise<string> {
  if (can(user.role, "case.readRestricted")) return "all";
  const [row] = rowsOf<{ assigned: string | null }>(
    await db.execute(sql`SELECT md5(string_agg(ca.case_id::text, ',' ORDER BY ca.case_id)) AS assigned
      FROM case_assignments ca JOIN cases ON cases.id = ca.case_id WHERE ca.user_id = ${user.id} AND cases.restricted`),
  );
  return row.assigned ? `user:${user.id}:${row.assigned}` : "public";
}

/**
 * The first contacts of the ranking (up to POOL of them, in order) and the bodies. `complete`:
 * the pool holds every contact counting anything in the range. Every contact outside the pool
 * ranks after its last one.
 */
type Ranking = { pool: TopContact[]; complete: boolean; bodies: TopBody[] };

/** How many contacts a cached ranking keeps: enough that a few changes rarely empty it below TOP. */
const POOL = 30;
/** The most changed rows a refresh reads; more, and the ranking is recomputed. */
const RESCORE = 2000;

/** Contacts ranked by their upper bound in the first pass (see `computeTopEngaged`). */
const PROBE = 200;
/** Ranges of at least this many months are ranked by the all-time bound first. */
const LONG_RANGE = 24;
/** The most contacts a second pass scores before summing the range's rows directly is cheaper. */
const SECOND_PASS = 5000;

/**
 * A summary row (alias) the user may count: rows from an appeal, letter or event about a restricted
 * case carry its id and follow the record's own rule (as the policy of migration 0021 does
 * beneath); all other rows carry none.
 */
function visibleRows(user: Acting, m: SQL): SQL {
  if (can(user.role, "case.readRestricted")) return sql`true`;
  return sql`((${m}.appeal_id IS NULL OR ${aboutVisibleCases(user, "appeal_cases", sql`${m}.appeal_id`)})
    AND (${m}.letter_id IS NULL OR ${aboutVisibleCases(user, "letter_cases", sql`${m}.letter_id`)})
    AND (${m}.event_id IS NULL OR ${aboutVisibleCases(user, "event_cases", sql`${m}.event_id`)}))`;
}

/**
 * The interactions in the days of the range's whole months that lie outside it, per contact: what
 * the monthly rows count and the range does not (none when the range starts on the 1st and ends
 * today, bar interactions dated in the days ahead). The same rules as the summary tables, read
 * from the sources by date index.
 */
function edgeInteractions(user: Acting, f: Scope, contacts?: string[]): SQL {
  const { start, end } = bounds(f);
  const { first, after, firstStart, afterStart } = monthCover(f);
  const campaign = (column: SQL) => (f.campaign ? sql`AND ${column} = ${f.campaign}::uuid` : sql``);
  const outside = (column: SQL, lo: string, from: string, to: string, hi: string, type: SQL) =>
    sql`((${column} >= ${lo}::${type} AND ${column} < ${from}::${type}) OR (${column} >= ${to}::${type} AND ${column} < ${hi}::${type}))`;
  const sent = outside(sql`d.sent_on`, firstStart, start, end, afterStart, sql`timestamptz`);
  const signed = outside(sql`s.signed_on`, first, f.from, addDays(f.to, 1), after, sql`date`);
  const held = outside(sql`ev.starts_at`, firstStart, start, end, afterStart, sql`timestamptz`);
  const appealOk = sql`(SELECT 1 FROM appeals WHERE appeals.id = r.appeal_id ${campaign(sql`appeals.campaign_id`)} AND ${appealVisibleTo(user)} OFFSET 0)`;
  const letterOk = sql`(SELECT 1 FROM letters l WHERE l.id = s.letter_id ${campaign(sql`l.campaign_id`)} AND ${letterVisibleTo(user, sql`l`)} OFFSET 0)`;
  const attended = sql`i.attendance = 'attended' AND ${held} ${campaign(sql`ev.campaign_id`)} AND ${eventVisibleTo(user, sql`ev`)}`;
  // Some contacts' (a refresh): read from each contact's recipients, signatures and invitations.
  if (contacts) {
    const ids = sql`${sql.param(contacts)}::uuid[]`;
    return sql`
      SELECT r.contact_id, 1 AS d, 0 AS s, 0 AS a
        FROM appeal_recipients r JOIN appeal_dispatches d ON d.recipient_id = r.id CROSS JOIN LATERAL ${appealOk} a
       WHERE r.contact_id = ANY (${ids}) AND ${sent} AND d.error IS NULL
      UNION ALL
      SELECT s.contact_id, 0, 1, 0 FROM letter_signatories s CROSS JOIN LATERAL ${letterOk} l
       WHERE s.contact_id = ANY (${ids}) AND s.status = 'signed' AND ${signed}
      UNION ALL
      SELECT i.contact_id, 0, 0, 1 FROM invitations i JOIN events ev ON ev.id = i.event_id
       WHERE i.contact_id = ANY (${ids}) AND ${attended}`;
  }
  // Everyone's: few rows by the date indexes, each joined to its recipient, appeal or letter by
  // key; the lateral subqueries (OFFSET 0) keep the planner from scanning whole tables to join them.
  return sql`
    SELECT r.contact_id, 1 AS d, 0 AS s, 0 AS a
      FROM appeal_dispatches d
     CROSS JOIN LATERAL (SELECT r.contact_id, r.appeal_id FROM appeal_recipients r WHERE r.id = d.recipient_id AND r.contact_id IS NOT NULL OFFSET 0) r
     CROSS JOIN LATERAL ${appealOk} a
     WHERE ${sent} AND d.error IS NULL
    UNION ALL
    SELECT s.contact_id, 0, 1, 0
      FROM letter_signatories s CROSS JOIN LATERAL ${letterOk} l
     WHERE s.status = 'signed' AND ${signed}
    UNION ALL
    SELECT i.contact_id, 0, 0, 1
      FROM invitations i JOIN events ev ON ev.id = i.event_id
     WHERE ${attended}`;
}

/**
 * The edge interactions per contact within the filters, read once per figure: ids and counts, with
 * each contact's body. Kept with the cached figure, so a refresh reads only the changed contacts'.
 */
type Edges = { ids: string[]; bodies: (ParliamentaryBody | null)[]; d: number[]; s: number[]; a: number[] };

/** Everyone's edge interactions, or those of `contacts`. */
async function edgesOf(user: Acting, f: Scope, contacts?: string[]): Promise<Edges> {
  const rows = rowsOf<{ id: string; body: ParliamentaryBody | null; d: number; s: number; a: number }>(
    await db.execute(sql`
      SELECT c.id, c.parliamentary_body AS body, sum(e.d)::int AS d, sum(e.s)::int AS s, sum(e.a)::int AS a
        FROM (${edgeInteractions(user, f, contacts)}) e JOIN contacts c ON c.id = e.contact_id
       WHERE ${contactScope(f, sql`c`)} GROUP BY 1, 2`),
  );
  return { ids: rows.map((r) => r.id), bodies: rows.map((r) => r.body), d: rows.map((r) => r.d), s: rows.map((r) => r.s), a: rows.map((r) => r.a) };
}

/** Two sets of edge entries as one. */
function edgesWith(a: Edges, b: Edges): Edges {
  return { ids: [...a.ids, ...b.ids], bodies: [...a.bodies, ...b.bodies], d: [...a.d, ...b.d], s: [...a.s, ...b.s], a: [...a.a, ...b.a] };
}

/**
 * The range's counts per contact of `candidates` (a query of contact ids; all contacts with
 * interactions in the range when null) within the filters, ranked: the POOL first, none ranking
 * after `notAfter` when given. Contacts whose months count less than `atLeast` (a count the
 * POOL-th contact is known to reach) are dropped as they are summed; the rows carry the contact's
 * body, country and "not merged", so the filters apply as they are read. Only the contacts
 * counting at least as much as the POOL-th are then read and ranked by name, one index read each.
 */
async function rankContacts(user: Acting, f: Scope, edges: Edges, candidates: SQL | null, atLeast = 1, notAfter?: TopContact): Promise<TopContact[]> {
  const { first, after } = monthCover(f);
  // Rows of unrestricted records apart from the others: those are read from an index alone.
  const rows = sql.join(
    [
      sql`m.month >= ${first}::date AND m.month < ${after}::date AND ${rowScope(f, sql`m`)}`,
      ...(f.campaign ? [sql`m.campaign_id = ${f.campaign}::uuid`] : []),
      ...(candidates ? [sql`m.contact_id IN (${candidates})`] : []),
    ],
    sql` AND `,
  );
  return rowsOf<TopContact>(
    await db.execute(sql`
      WITH months AS (
        SELECT x.contact_id, sum(x.dispatches) AS d, sum(x.signatures) AS s, sum(x.attendances) AS a
          FROM (SELECT m.contact_id, m.dispatches, m.signatures, m.attendances FROM engagement_months m
                 WHERE ${rows} AND m.appeal_id IS NULL AND m.letter_id IS NULL AND m.event_id IS NULL
                UNION ALL
                SELECT m.contact_id, m.dispatches, m.signatures, m.attendances FROM engagement_months m
                 WHERE ${rows} AND (m.appeal_id IS NOT NULL OR m.letter_id IS NOT NULL OR m.event_id IS NOT NULL) AND ${visibleRows(user, sql`m`)}) x
         GROUP BY 1 HAVING sum(x.dispatches + x.signatures + x.attendances) >= ${atLeast}::int),
      edge AS (SELECT * FROM unnest(${sql.param(edges.ids)}::uuid[], ${sql.param(edges.d)}::int[], ${sql.param(edges.s)}::int[], ${sql.param(edges.a)}::int[]) AS e(contact_id, d, s, a)),
      scored AS MATERIALIZED (
        SELECT x.* FROM (
          SELECT m.contact_id, (m.d - coalesce(e.d, 0))::int AS dispatches, (m.s - coalesce(e.s, 0))::int AS signatures,
                 (m.a - coalesce(e.a, 0))::int AS attendances, (m.d + m.s + m.a - coalesce(e.d + e.s + e.a, 0))::int AS total
            FROM months m LEFT JOIN edge e ON e.contact_id = m.contact_id) x
         WHERE x.total > 0),
      last AS (SELECT total FROM scored ORDER BY total DESC OFFSET ${POOL - 1} LIMIT 1)
      SELECT c.id, c.name, c.body, s.dispatches, s.signatures, s.attendances, s.total
        FROM (SELECT * FROM scored WHERE total >= coalesce((SELECT total FROM last), 1)) s
       CROSS JOIN LATERAL (SELECT c.id, c.full_name AS name, c.parliamentary_body AS body FROM contacts c
                            WHERE c.id = s.contact_id AND ${contactScope(f, sql`c`)} OFFSET 0) c
       WHERE ${notAfter ? rankedNotAfter(notAfter) : sql`true`}
       ORDER BY s.total DESC, c.name, c.body LIMIT ${POOL}`),
  );
}

/**
 * A contact (s: scores, c: name and body) that ranks no later than `last` in the order of
 * `rankContacts`: count down, then name and body (no body last), compared by the database so
 * names follow its collation.
 */
function rankedNotAfter(last: TopContact): SQL {
  const body = sql`${last.body}::parliamentary_body`;
  return sql`(s.total > ${last.total} OR (s.total = ${last.total} AND (c.name < ${last.name}
    OR (c.name = ${last.name} AND (${body} IS NULL OR c.body <= ${body})))))`;
}

/**
 * Contacts within the filters whose all-time count (engagement_totals: unrestricted records only)
 * is at least `atLeast`, and those with a row of a restricted record the user may see in the
 * range: no other contact can count `atLeast` or more in the range.
 */
function boundedCandidates(user: Acting, f: Scope, atLeast: SQL): SQL {
  const { first, after } = monthCover(f);
  return sql`
    SELECT t.contact_id FROM engagement_totals t WHERE t.total >= ${atLeast} AND ${rowScope(f, sql`t`)}
    UNION
    SELECT m.contact_id FROM engagement_months m
     WHERE (m.appeal_id IS NOT NULL OR m.letter_id IS NOT NULL OR m.event_id IS NOT NULL)
       AND m.month >= ${first}::date AND m.month < ${after}::date AND ${rowScope(f, sql`m`)} AND ${visibleRows(user, sql`m`)}`;
}

/**
 * The figure, from the summary tables. Contacts over a long range (LONG_RANGE months or more): no
 * contact counts more in a range than all time, so the contacts with the highest all-time counts
 * are scored first (PROBE of them, the ties included); when the POOL-th best of them counts at
 * least the lowest all-time count read, no other contact can rank (a few hundred contacts' months
 * read). Otherwise a second pass scores every contact whose all-time count reaches that POOL-th
 * best, when they are few. Else, over a shorter range and with a campaign, the range's rows are
 * summed directly (dropping contacts below the POOL-th best when one is known). Bodies:
 * engagement_body_months, a few rows per month. lib/dashboard/engagement-reference.ts computes the
 * same figure from the interactions themselves; the tests and `npm run bench:dashboard` hold the
 * two equal.
 */
export const computeTopEngaged = dataAccess(async function computeTopEngaged(user: Acting, f: Scope) {
  const { value } = await rankEngaged(user, f);
  return { contacts: value.pool.slice(0, TOP), bodies: value.bodies };
});

async function rankEngaged(user: Acting, f: Scope): Promise<Stored<Ranking, Side>> {
  const edges = await edgesOf(user, f);
  const [pool, bodies] = await Promise.all([topContacts(user, f, edges), topBodies(user, f, edges)]);
  return { value: { pool, complete: pool.length < POOL, bodies }, side: sideOf(edges) };
}

/**
 * A cached ranking brought up to date: only the contacts whose summary rows changed since the
 * snapshot `since` (engagement_months.changed, migration 0024) or went (engagement_gone, migration
 * 0026) and those of the pool are scored again, and only the changed contacts' edge interactions
 * read again. Every other contact counts what it did and still ranks after the pool's last, so
 * the rescored contacts that rank no later than it are the start of the ranking; with TOP of them
 * (or the whole ranking in the pool) the figure is exact. Null when it cannot tell: too many
 * changes, or too few left in the pool (the ranking is then recomputed).
 *
 * The stored edges (the entry `sideKey`: tens of thousands of contacts over a range that cuts
 * months, at a million contacts) are read in the database, not here: the sums per body and the
 * entries of the changed contacts and of the pool, by id. When the changed contacts' edges are
 * what they were, the stored entry stays as it is; else the database writes it again with theirs.
 */
async function refreshRanking(user: Acting, f: Scope, ranking: Ranking, since: string, sideKey: string): Promise<Stored<Ranking, Side> | null> {
  const last = ranking.pool.at(-1);
  if (!ranking.complete && !last) return null;
  // In the order of engagement_months_changed_idx and engagement_gone_changed_idx, so only the
  // rows changed since are read.
  const changedRows = rowsOf<{ id: string }>(
    await db.execute(sql`
      (SELECT m.contact_id AS id FROM engagement_months m
        WHERE m.changed >= pg_snapshot_xmin(${since}::pg_snapshot) AND NOT pg_visible_in_snapshot(m.changed, ${since}::pg_snapshot)
        ORDER BY m.changed LIMIT ${RESCORE + 1})
      UNION ALL
      (SELECT g.contact_id FROM engagement_gone g
        WHERE g.changed >= pg_snapshot_xmin(${since}::pg_snapshot) AND NOT pg_visible_in_snapshot(g.changed, ${since}::pg_snapshot)
        ORDER BY g.changed LIMIT ${RESCORE + 1})`),
  );
  if (changedRows.length > RESCORE) return null;
  const changed = [...new Set(changedRows.map((r) => r.id))];
  const wanted = [...new Set([...changed, ...ranking.pool.map((c) => c.id)])];
  // One row per stored entry wanted ("old": a changed contact's, "pool"), one per body ("sum"),
  // and "side" when the entry is there in this form (else, as for an entry an older version of
  // this code wrote: recompute).
  const rows = rowsOf<{ kind: "side" | "sum" | "old" | "pool"; id: string; body: ParliamentaryBody | null; d: number; s: number; a: number }>(
    await db.execute(sql`
      WITH side AS MATERIALIZED (SELECT c.value->'entries' AS entries, c.value->'sums' AS sums FROM dashboard_cache c WHERE c.key = ${sideKey})
      SELECT 'side' AS kind, '' AS id, NULL AS body, 0 AS d, 0 AS s, 0 AS a FROM side WHERE jsonb_typeof(side.entries) = 'object' AND jsonb_typeof(side.sums) = 'array'
      UNION ALL
      SELECT 'sum', '', x->>0, (x->>1)::int, (x->>2)::int, (x->>3)::int FROM side CROSS JOIN LATERAL jsonb_array_elements(side.sums) x
      UNION ALL
      SELECT CASE WHEN u.id = ANY (${sql.param(changed)}::text[]) THEN 'old' ELSE 'pool' END, u.id,
             side.entries->u.id->>0, (side.entries->u.id->>1)::int, (side.entries->u.id->>2)::int, (side.entries->u.id->>3)::int
        FROM side CROSS JOIN LATERAL unnest(${sql.param(wanted)}::text[]) u(id) WHERE side.entries ? u.id`),
  );
  if (!rows.some((r) => r.kind === "side")) return null;
  const entries = (kind: string, sign = 1): Edges => {
    const of = rows.filter((r) => r.kind === kind);
    return { ids: of.map((r) => r.id), bodies: of.map((r) => r.body), d: of.map((r) => sign * r.d), s: of.map((r) => sign * r.s), a: of.map((r) => sign * r.a) };
  };
  const old = entries("old");
  const fresh = changed.length ? await edgesOf(user, f, changed) : entries("none");
  // Per body: the stored sums, less the changed contacts' old entries, with their new ones.
  const bodyEdges = edgesWith(entries("sum"), edgesWith(entries("old", -1), fresh));
  const candidates = new Set([...ranking.pool.map((c) => c.id), ...changed]);
  const [pool, bodies] = await Promise.all([
    candidates.size
      ? rankContacts(user, f, edgesWith(entries("pool"), fresh), sql`SELECT unnest(${sql.param([...candidates])}::uuid[])`, 1, ranking.complete ? undefined : last)
      : [],
    topBodies(user, f, bodyEdges),
  ]);
  if (!ranking.complete && pool.length < TOP) return null;
  const value = { pool, complete: ranking.complete && pool.length < POOL, bodies };
  if (sameEdges(old, fresh)) return { value, side: { patch: sql`value` } };
  // The stored entries less the changed contacts', with their new ones, and the sums again: in the
  // database, on the entry as it then is.
  const freshEntries = JSON.stringify(sideOf(fresh).entries);
  return {
    value,
    side: {
      patch: sql`(SELECT jsonb_build_object('entries', x.entries, 'sums', coalesce((
                 SELECT jsonb_agg(jsonb_build_array(b.body, b.d, b.s, b.a))
                   FROM (SELECT e.value->>0 AS body, sum((e.value->>1)::int) AS d, sum((e.value->>2)::int) AS s, sum((e.value->>3)::int) AS a
                           FROM jsonb_each(x.entries) e GROUP BY 1) b), '[]'::jsonb))
                 FROM (SELECT (dashboard_cache.value->'entries') - ${sql.param(changed)}::text[] || ${freshEntries}::jsonb AS entries) x)`,
    },
  };
}

/** Two sets of edge entries hold the same contacts with the same bodies and counts. */
function sameEdges(x: Edges, y: Edges): boolean {
  const of = (e: Edges) => e.ids.map((id, i) => JSON.stringify([id, e.bodies[i], e.d[i], e.s[i], e.a[i]])).sort().join();
  return of(x) === of(y);
}

/** One contact's edge interactions, or one body's sums: its body, dispatches, signatures, attendances. */
type EdgeEntry = [body: ParliamentaryBody | null, d: number, s: number, a: number];
/** The edges as stored with a cached figure: the sums per body, and each contact's entry by id. */
type Side = { sums: EdgeEntry[]; entries: Record<string, EdgeEntry> };

function sideOf(edges: Edges): Side {
  const entries: Record<string, EdgeEntry> = {};
  const sums = new Map<ParliamentaryBody | null, EdgeEntry>();
  edges.ids.forEach((id, i) => {
    const body = edges.bodies[i];
    entries[id] = [body, edges.d[i], edges.s[i], edges.a[i]];
    const sum = sums.get(body) ?? [body, 0, 0, 0];
    sums.set(body, [body, sum[1] + edges.d[i], sum[2] + edges.s[i], sum[3] + edges.a[i]]);
  });
  return { sums: [...sums.values()], entries };
}

async function topContacts(user: Acting, f: Scope, edges: Edges): Promise<TopContact[]> {
  // A campaign's rows are few; a range of less than LONG_RANGE months holds too little of anyone's
  // history for the all-time bound to rule many out: sum the range's rows directly.
  const { first, after } = monthCover(f);
  const months = (Number(after.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(after.slice(5, 7)) - Number(first.slice(5, 7));
  if (f.campaign || months < LONG_RANGE) return rankContacts(user, f, edges, null);
  const [{ bound }] = rowsOf<{ bound: number | null }>(
    await db.execute(sql`SELECT t.total AS bound FROM engagement_totals t WHERE ${rowScope(f, sql`t`)} ORDER BY t.total DESC OFFSET ${PROBE - 1} LIMIT 1`),
  ).concat([{ bound: null }]);
  // Fewer than PROBE contacts within the filters: score them all.
  if (bound === null) return rankContacts(user, f, edges, boundedCandidates(user, f, sql`1`));
  const probed = await rankContacts(user, f, edges, boundedCandidates(user, f, sql`${bound}::int`));
  const lastScore = probed.length < POOL ? 1 : probed[POOL - 1].total;
  if (lastScore >= bound) return probed;
  // A second pass over the contacts whose all-time count reaches the POOL-th best, when they are
  // few (a long range); else (a short range, where most contacts could still rank) the range's
  // rows summed directly.
  const [{ many }] = rowsOf<{ many: boolean }>(
    await db.execute(
      sql`SELECT count(*) > ${SECOND_PASS} AS many FROM (SELECT 1 FROM engagement_totals t WHERE t.total >= ${lastScore}::int AND ${rowScope(f, sql`t`)} LIMIT ${SECOND_PASS + 1}) x`,
    ),
  );
  return rankContacts(user, f, edges, many ? null : boundedCandidates(user, f, sql`${lastScore}::int`), lastScore);
}

async function topBodies(user: Acting, f: Scope, edges: Edges): Promise<TopBody[]> {
  const { first, after } = monthCover(f);
  const filters: SQL[] = [sql`b.month >= ${first}::date`, sql`b.month < ${after}::date`, visibleRows(user, sql`b`)];
  if (f.campaign) filters.push(sql`b.campaign_id = ${f.campaign}::uuid`);
  if (f.country) filters.push(sql`b.country = ${f.country}`);
  if (f.body !== "all") filters.push(sql`b.parliamentary_body = ${f.body}::parliamentary_body`);
  const months = rowsOf<TopBody>(
    await db.execute(sql`
      SELECT b.parliamentary_body AS body, sum(b.dispatches)::int AS dispatches, sum(b.signatures)::int AS signatures,
             sum(b.attendances)::int AS attendances, 0 AS total
        FROM engagement_body_months b WHERE ${sql.join(filters, sql` AND `)} GROUP BY 1`),
  );
  // Less the interactions of the edge days, body by body.
  const scored = months.map((m) => {
    const row = { ...m };
    edges.bodies.forEach((body, i) => {
      if (body !== m.body) return;
      row.dispatches -= edges.d[i];
      row.signatures -= edges.s[i];
      row.attendances -= edges.a[i];
    });
    return { ...row, total: row.dispatches + row.signatures + row.attendances };
  });
  const order = new Map(parliamentaryBodies.map((b, i) => [b, i]));
  return scored
    .filter((b) => b.total > 0)
    .sort((x, y) => y.total - x.total || order.get(x.body)! - order.get(y.body)!)
    .slice(0, TOP);
}

/**
 * Parliamentarians we have been in touch with before but not since the cutoff day (today minus N
 * months, whatever the range), of the country and body chosen: the count of parliamentarians by
 * when they were last contacted, kept by triggers on contacts (db/sql/dashboard.sql) as
 * contacts.last_contacted_at moves (migration 0014): the whole months before the cutoff's from
 * last_contact_months (migration 0026; country '*' is every country), that month's days before the
 * cutoff from last_contact_days. A few hundred rows at most, whatever the history's length. The
 * contacts list's "not contacted since" filter is the same rule on the contacts themselves.
 */
export async function dormantParliamentarians(f: Scope, now: Date) {
  const since = dormantSince(f.months, now);
  const month = `${since.slice(0, 7)}-01`;
  const body = (alias: SQL) => (f.body !== "all" ? sql` AND ${alias}.parliamentary_body = ${f.body}::parliamentary_body` : sql``);
  const days = f.country ? sql` AND d.country = ${f.country}` : sql``;
  const [row] = rowsOf<{ count: number }>(
    await db.execute(sql`
      SELECT (coalesce((SELECT sum(m.contacts) FROM last_contact_months m
                         WHERE m.country = ${f.country || "*"} AND m.month < ${month}::date${body(sql`m`)}), 0)
            + coalesce((SELECT sum(d.contacts) FROM last_contact_days d
                         WHERE d.day >= ${month}::date AND d.day < ${since}::date${days}${body(sql`d`)}), 0))::int AS "count"`),
  );
  return { count: row.count, since };
}

/** The first day that counts as recent: today (UTC) minus N months. */
export function dormantSince(months: number, now: Date): string {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString().slice(0, 10);
}
