// "Most engaged" computed from the interactions themselves, in one pass, as the dashboard did
// before the summary tables of migration 0021: the reference the tests and `npm run
// bench:dashboard` hold lib/dashboard/engagement.ts's figure equal to. Seconds at a million
// contacts; never called by the app.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { TOP, type TopBody, type TopContact } from "./engagement";
import { bounds, type Scope } from "./scope";

/** Filters on the contact itself: its country and parliamentary body; merged records are gone. */
function contactScope(f: Scope, alias: SQL): SQL {
  const parts: SQL[] = [sql`${alias}.merged_into_id IS NULL`];
  if (f.country) parts.push(sql`${alias}.country = ${f.country}`);
  if (f.body !== "all") parts.push(sql`${alias}.parliamentary_body = ${f.body}::parliamentary_body`);
  return sql.join(parts, sql` AND `);
}

/** The figure from the sources: every interaction of the range grouped per contact and per body. */
export const recomputeTopEngaged = dataAccess(async function recomputeTopEngaged(user: Acting, f: Scope) {
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
