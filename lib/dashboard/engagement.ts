import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { can } from "@/lib/auth/policy";
import type { ParliamentaryBody } from "@/lib/contacts/schema";
import { cachedFigure } from "./cache";
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
 * signed, events attended — each of the campaign when one is chosen; appeals, letters and events
 * the user may not see are left out. One pass, grouped twice (per contact, per body) with GROUPING
 * SETS and ranked in SQL. At a million contacts this takes seconds (every interaction of the range
 * is grouped), so the result is cached until the next change it depends on (`cachedFigure`).
 */
export const topEngaged = dataAccess(async function topEngaged(user: Acting, f: Scope) {
  const key = JSON.stringify([f.from, f.to, f.campaign, f.country, f.body, await visibilityClass(user)]);
  return cachedFigure("engagement", key, () => computeTopEngaged(user, f));
});

/**
 * Who may see which dispatches: managers and admins all, users assigned to a restricted case
 * their own view, everyone else the same public view (one cache entry shared by them).
 */
async function visibilityClass(user: Acting): Promise<string> {
  if (can(user.role, "case.readRestricted")) return "all";
  const [row] = rowsOf<{ assigned: boolean }>(
    await db.execute(sql`SELECT EXISTS (SELECT 1 FROM case_assignments ca JOIN cases ON cases.id = ca.case_id
      WHERE ca.user_id = ${user.id} AND cases.restricted) AS assigned`),
  );
  return row.assigned ? `user:${user.id}` : "public";
}

export const computeTopEngaged = dataAccess(async function computeTopEngaged(user: Acting, f: Scope) {
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
           AND ${letterVisibleTo(user, sql`l`)}
        UNION ALL
        SELECT i.contact_id, 0, 0, 1
          FROM invitations i JOIN events ev ON ev.id = i.event_id
         WHERE i.attendance = 'attended' AND ev.starts_at >= ${start}::timestamptz AND ev.starts_at < ${end}::timestamptz
           ${campaign(sql`ev.campaign_id`)} AND ${eventVisibleTo(user, sql`ev`)}),
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
});

/**
 * Parliamentarians we have been in touch with before but not since the cutoff day (today minus N
 * months, whatever the range), of the country and body chosen: a sum over last_contact_days, the
 * count of parliamentarians by the day they were last contacted, kept by triggers on contacts
 * (migration 0015) as contacts.last_contacted_at moves (migration 0014). The contacts list's "not
 * contacted since" filter is the same rule on the contacts themselves.
 */
export async function dormantParliamentarians(f: Scope, now: Date) {
  const since = dormantSince(f.months, now);
  const parts: SQL[] = [sql`h.day < ${since}::date`];
  if (f.country) parts.push(sql`h.country = ${f.country}`);
  if (f.body !== "all") parts.push(sql`h.parliamentary_body = ${f.body}::parliamentary_body`);
  const [row] = rowsOf<{ count: number }>(
    await db.execute(sql`SELECT coalesce(sum(h.contacts), 0)::int AS "count" FROM last_contact_days h WHERE ${sql.join(parts, sql` AND `)}`),
  );
  return { count: row.count, since };
}

/** The first day that counts as recent: today (UTC) minus N months. */
export function dormantSince(months: number, now: Date): string {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString().slice(0, 10);
}
