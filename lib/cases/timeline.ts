import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { authorize } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { requireVisibleCase } from "./visibility";

export const CASE_TIMELINE_PAGE_SIZE = 20;

export type CaseTimelineKind =
  | "status"
  | "appeal"
  | "appeal_dispatch"
  | "appeal_reply"
  | "letter"
  | "letter_signed"
  | "letter_dispatched"
  | "letter_reply"
  | "event";

export type CaseTimelineEntry = {
  key: string;
  at: Date;
  /** a plain calendar day (status change, reply, signature): shown without a time */
  dateOnly: boolean;
  kind: CaseTimelineKind;
  title: string;
  detail: string | null;
  href: string | null;
};

type Row = Omit<CaseTimelineEntry, "at"> & { at: Date | string; total: string | number };

/**
 * What happened to a case, newest first, as ONE query: a UNION ALL over its status history and
 * the appeals, letters and events linked to it (with their dispatches, replies and signatures).
 * Dispatches count per appeal and day, so an appeal sent to 300 addressees is one entry. The
 * total comes from a window over the same union. Plain dates count as midnight UTC of that day.
 * The case is checked first: a hidden case has no timeline, exactly like a missing one. An appeal,
 * letter or event about this case and another one the user may not see is left out whole.
 */
export const getCaseTimeline = dataAccess(async function getCaseTimeline(user: Acting, caseId: string, page = 1) {
  authorize(user, "read");
  await requireVisibleCase(user, caseId);
  const offset = (page - 1) * CASE_TIMELINE_PAGE_SIZE;
  // Only ever given a literal alias.column from this file.
  const day = (column: `${string}.${string}`) => sql.raw(`${column}::timestamp AT TIME ZONE 'UTC'`);
  const result = await db.execute(sql`
    WITH linked_appeals AS (
      SELECT a.* FROM appeal_cases ac JOIN appeals a ON a.id = ac.appeal_id
       WHERE ac.case_id = ${caseId} AND ${appealVisibleTo(user, sql`a`)}
    ), linked_letters AS (
      SELECT l.* FROM letter_cases lc JOIN letters l ON l.id = lc.letter_id
       WHERE lc.case_id = ${caseId} AND ${letterVisibleTo(user, sql`l`)}
    ), entries AS (
      SELECT 'status:' || h.id AS key, ${day("h.changed_on")} AS at, true AS date_only, 'status' AS kind,
             h.status::text AS title, h.note AS detail, NULL::text AS href
        FROM case_status_history h WHERE h.case_id = ${caseId}
      UNION ALL
      SELECT 'appeal:' || a.id, a.created_at, false, 'appeal', a.title, a.type::text || ' · ' || a.status::text, '/appeals/' || a.id
        FROM linked_appeals a
      UNION ALL
      SELECT 'dispatch:' || a.id || ':' || (d.sent_on AT TIME ZONE 'UTC')::date, min(d.sent_on), false, 'appeal_dispatch', a.title,
             count(*)::text || CASE WHEN count(*) = 1 THEN ' recipient' ELSE ' recipients' END, '/appeals/' || a.id
        FROM linked_appeals a
        JOIN appeal_recipients r ON r.appeal_id = a.id
        JOIN appeal_dispatches d ON d.recipient_id = r.id AND d.error IS NULL
       GROUP BY a.id, a.title, (d.sent_on AT TIME ZONE 'UTC')::date
      UNION ALL
      SELECT 'reply:' || rp.id, ${day("rp.received_on")}, true, 'appeal_reply', a.title,
             rp.from_name || COALESCE(': ' || NULLIF(rp.summary, ''), ''), '/appeals/' || a.id
        FROM linked_appeals a JOIN appeal_replies rp ON rp.appeal_id = a.id
      UNION ALL
      SELECT 'letter:' || l.id, l.created_at, false, 'letter', l.title, l.kind::text, '/letters/' || l.id
        FROM linked_letters l
      UNION ALL
      SELECT 'signed:' || s.id, ${day("s.signed_on")}, true, 'letter_signed', l.title, c.full_name, '/letters/' || l.id
        FROM linked_letters l
        JOIN letter_signatories s ON s.letter_id = l.id AND s.signed_on IS NOT NULL
        JOIN contacts c ON c.id = s.contact_id
      UNION ALL
      SELECT 'letter-sent:' || l.id, ${day("l.dispatched_on")}, true, 'letter_dispatched', l.title, l.reference_number, '/letters/' || l.id
        FROM linked_letters l WHERE l.dispatched_on IS NOT NULL
      UNION ALL
      SELECT 'letter-reply:' || l.id, ${day("l.reply_received_on")}, true, 'letter_reply', l.title,
             NULLIF(concat_ws(': ', l.reply_from, NULLIF(l.reply_summary, '')), ''), '/letters/' || l.id
        FROM linked_letters l WHERE l.reply_received_on IS NOT NULL
      UNION ALL
      SELECT 'event:' || e.id, COALESCE(e.starts_at, e.created_at), e.starts_at IS NULL OR e.all_day, 'event', e.title,
             e.kind::text || ' · ' || e.status::text, '/events/' || e.id
        FROM event_cases ec JOIN events e ON e.id = ec.event_id
       WHERE ec.case_id = ${caseId} AND ${eventVisibleTo(user, sql`e`)}
    )
    SELECT key, at, date_only AS "dateOnly", kind, title, detail, href, count(*) OVER () AS total
      FROM entries
     ORDER BY at DESC, key
     LIMIT ${CASE_TIMELINE_PAGE_SIZE} OFFSET ${offset}
  `);
  const rows = rowsOf<Row>(result);
  const entries: CaseTimelineEntry[] = rows.map((r) => ({
    key: r.key,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    dateOnly: r.dateOnly,
    kind: r.kind,
    title: r.title,
    detail: r.detail,
    href: r.href,
  }));
  return { entries, total: rows.length ? Number(rows[0].total) : 0, page, pageSize: CASE_TIMELINE_PAGE_SIZE };
});
