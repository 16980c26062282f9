import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import type { ParliamentaryBody } from "@/lib/contacts/schema";
import { bounds, type Scope } from "./scope";

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

/**
 * Who we worked with most in the range: appeal dispatches that went out (not failed), letters
 * signed, events attended — each of the campaign when one is chosen; dispatches of appeals the
 * user may not see are left out. One pass, grouped twice (per contact, per body) with GROUPING
 * SETS and ranked in SQL.
 */
export async function topEngaged(user: Acting, f: Scope) {
  const { start, end } = bounds(f);
  const campaign = (column: SQL) => (f.campaign ? sql`AND ${column} = ${f.campaign}::uuid` : sql``);
  const rows = rowsOf<TopContact & { grouped: number }>(
    await db.execute(sql`
      WITH e AS (
        SELECT r.contact_id, 1 AS d, 0 AS s, 0 AS a
          FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id JOIN appeals ON appeals.id = r.appeal_id
         WHERE d.sent_on >= ${start}::timestamptz AND d.sent_on < ${end}::timestamptz AND d.error IS NULL
           AND r.contact_id IS NOT NULL ${campaign(sql`appeals.campaign_id`)} AND ${appealVisibleTo(user)}
        UNION ALL
        SELECT s.contact_id, 0, 1, 0
          FROM letter_signatories s JOIN letters l ON l.id = s.letter_id
         WHERE s.status = 'signed' AND s.signed_on BETWEEN ${f.from}::date AND ${f.to}::date ${campaign(sql`l.campaign_id`)}
        UNION ALL
        SELECT i.contact_id, 0, 0, 1
          FROM invitations i JOIN events ev ON ev.id = i.event_id
         WHERE i.attendance = 'attended' AND ev.starts_at >= ${start}::timestamptz AND ev.starts_at < ${end}::timestamptz
           ${campaign(sql`ev.campaign_id`)}),
      g AS (
        SELECT grouping(c.id) AS grouped, c.id, c.full_name AS name, c.parliamentary_body AS body,
               sum(e.d)::int AS dispatches, sum(e.s)::int AS signatures, sum(e.a)::int AS attendances, count(*)::int AS total
          FROM e JOIN contacts c ON c.id = e.contact_id
         WHERE ${contactScope(f, sql`c`)}
         GROUP BY GROUPING SETS ((c.id, c.full_name, c.parliamentary_body), (c.parliamentary_body))
        HAVING grouping(c.id) = 0 OR c.parliamentary_body IS NOT NULL),
      ranked AS (SELECT g.*, row_number() OVER (PARTITION BY grouped ORDER BY total DESC, name, body) AS rank FROM g)
      SELECT grouped, id, name, body, dispatches, signatures, attendances, total FROM ranked WHERE rank <= ${TOP}
       ORDER BY grouped, rank`),
  );
  return {
    contacts: rows
      .filter((r) => r.grouped === 0)
      .map(({ id, name, body, dispatches, signatures, attendances, total }): TopContact => ({ id, name, body, dispatches, signatures, attendances, total })),
    bodies: rows.filter((r) => r.grouped === 1).map(({ body, dispatches, signatures, attendances, total }): TopBody => ({ body: body!, dispatches, signatures, attendances, total })),
  };
}

/** Any contact with the person: an activity, an appeal dispatch, an invitation, a letter's ask. */
function interactions(since: string | null): SQL {
  const after = (column: SQL) => (since ? sql`AND ${column} >= ${since}::timestamptz` : sql``);
  return sql`(EXISTS (SELECT 1 FROM activities x WHERE x.contact_id = c.id ${after(sql`x.occurred_at`)})
    OR EXISTS (SELECT 1 FROM appeal_recipients xr JOIN appeal_dispatches xd ON xd.recipient_id = xr.id WHERE xr.contact_id = c.id ${after(sql`xd.sent_on`)})
    OR EXISTS (SELECT 1 FROM invitations xi WHERE xi.contact_id = c.id ${after(sql`xi.invited_at`)})
    OR EXISTS (SELECT 1 FROM letter_signatories xs WHERE xs.contact_id = c.id
                 AND greatest(xs.asked_on, xs.followed_up_on, xs.responded_on, xs.signed_on) IS NOT NULL
                 ${since ? sql`AND greatest(xs.asked_on, xs.followed_up_on, xs.responded_on, xs.signed_on) >= ${since}::timestamptz::date` : sql``}))`;
}

/**
 * Parliamentarians we have been in touch with before but not in the last N months (from today,
 * whatever the range), of the country and body chosen.
 */
export async function dormantParliamentarians(f: Scope, now: Date) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - f.months);
  const [row] = rowsOf<{ count: number }>(
    await db.execute(sql`
      SELECT count(*)::int AS "count" FROM contacts c
       WHERE c.parliamentary_body IS NOT NULL AND ${contactScope(f, sql`c`)}
         AND ${interactions(null)} AND NOT ${interactions(cutoff.toISOString())}`),
  );
  return { count: row.count, since: cutoff.toISOString().slice(0, 10) };
}
