import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";

export const TIMELINE_PAGE_SIZE = 20;

export type TimelineKind =
  | "activity_meeting"
  | "activity_call"
  | "activity_email"
  | "activity_note"
  | "appeal_dispatch"
  | "appeal_reply"
  | "letter_asked"
  | "letter_followed_up"
  | "letter_responded"
  | "letter_signed"
  | "invitation_invited"
  | "invitation_answered"
  | "invitation_attended"
  | "event_co_host"
  | "event_speaker"
  | "event_moderator";

export type TimelineEntry = {
  key: string;
  at: Date;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  href: string | null;
  author: string | null;
};

/**
 * An activity logged about a case (its case_id) tells what was done for that person, so it is as
 * hidden as the case: visible when it names no case or a case the user may see. `alias` names the
 * activities table in the query when it is not "activities".
 */
export function activityVisibleTo(user: Acting, alias: SQL = sql`"activities"`): SQL {
  if (can(user.role, "case.readRestricted")) return sql`true`;
  return sql`NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = ${alias}."case_id" AND NOT ${caseVisibleTo(user)})`;
}

type Row = { key: string; at: Date | string; kind: TimelineKind; title: string; detail: string | null; href: string | null; author: string | null; total: string | number };

/**
 * Everything done with a contact, newest first, as ONE query: a UNION ALL over activities, appeal
 * dispatches and replies, letter signatures (each dated step is an event), invitations and the
 * events the contact co-hosted, spoke at or moderated. The
 * total comes from a window over the same union, so a page is one round trip. Activities, appeals,
 * letters and events about a case the user may not see are left out whole (their subjects and
 * titles name the person). Plain dates
 * (replies, signature steps) count as midnight UTC of that day.
 */
export const getContactTimeline = dataAccess(async function getContactTimeline(user: Acting, contactId: string, page = 1) {
  authorize(user, "read");
  const offset = (page - 1) * TIMELINE_PAGE_SIZE;
  const result = await db.execute(sql`
    WITH entries AS (
      SELECT 'activity:' || a.id AS key, a.occurred_at AS at, 'activity_' || a.kind::text AS kind,
             a.subject AS title, NULLIF(a.body, '') AS detail, NULL::text AS href, u.name AS author
        FROM activities a LEFT JOIN users u ON u.id = a.author_id
       WHERE a.contact_id = ${contactId} AND ${activityVisibleTo(user, sql`a`)}
      UNION ALL
      SELECT 'dispatch:' || d.id, d.sent_on, 'appeal_dispatch', ap.title,
             d.channel::text || COALESCE(' — failed: ' || d.error, ''), '/appeals/' || ap.id, u.name
        FROM appeal_recipients r
        JOIN appeal_dispatches d ON d.recipient_id = r.id
        JOIN appeals ap ON ap.id = r.appeal_id
        LEFT JOIN users u ON u.id = d.created_by_id
       WHERE r.contact_id = ${contactId} AND ${appealVisibleTo(user, sql`ap`)}
      UNION ALL
      SELECT 'reply:' || rp.id, rp.received_on::timestamp AT TIME ZONE 'UTC', 'appeal_reply', ap.title,
             NULLIF(rp.summary, ''), '/appeals/' || ap.id, u.name
        FROM appeal_recipients r
        JOIN appeal_replies rp ON rp.recipient_id = r.id
        JOIN appeals ap ON ap.id = rp.appeal_id
        LEFT JOIN users u ON u.id = rp.created_by_id
       WHERE r.contact_id = ${contactId} AND ${appealVisibleTo(user, sql`ap`)}
      UNION ALL
      SELECT 'signatory:' || s.id || ':' || step.kind, step.on_day::timestamp AT TIME ZONE 'UTC', 'letter_' || step.kind,
             l.title, CASE WHEN step.kind = 'responded' THEN s.status::text END, '/letters/' || l.id, NULL
        FROM letter_signatories s
        JOIN letters l ON l.id = s.letter_id
        CROSS JOIN LATERAL (VALUES ('asked', s.asked_on), ('followed_up', s.followed_up_on),
                                   ('responded', s.responded_on), ('signed', s.signed_on)) AS step(kind, on_day)
       WHERE s.contact_id = ${contactId} AND step.on_day IS NOT NULL AND ${letterVisibleTo(user, sql`l`)}
      UNION ALL
      SELECT 'invitation:' || i.id || ':' || step.kind, step.at, 'invitation_' || step.kind, e.title,
             CASE WHEN step.kind = 'answered' THEN i.answer::text END, '/events/' || e.id,
             CASE WHEN step.kind = 'invited' THEN u.name END
        FROM invitations i
        JOIN events e ON e.id = i.event_id
        LEFT JOIN users u ON u.id = i.created_by_id
        CROSS JOIN LATERAL (VALUES
          ('invited', i.invited_at),
          ('answered', CASE WHEN i.answer <> 'pending' THEN COALESCE(i.answered_at, i.updated_at) END),
          ('attended', CASE WHEN i.attendance = 'attended' THEN COALESCE(i.checked_in_at, e.starts_at, i.updated_at) END)
        ) AS step(kind, at)
       WHERE i.contact_id = ${contactId} AND step.at IS NOT NULL AND ${eventVisibleTo(user, sql`e`)}
      UNION ALL
      -- Co-hosting, speaking and moderating, dated by the event (undated events are not history yet).
      SELECT 'participant:' || e.id || ':' || p.role, e.starts_at, 'event_' || p.role::text, e.title,
             NULLIF(p.note, ''), '/events/' || e.id, NULL
        FROM event_participants p
        JOIN events e ON e.id = p.event_id
       WHERE p.contact_id = ${contactId} AND p.role <> 'partner' AND e.starts_at IS NOT NULL AND ${eventVisibleTo(user, sql`e`)}
    )
    SELECT key, at, kind, title, detail, href, author, count(*) OVER () AS total
      FROM entries
     ORDER BY at DESC, key
     LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${offset}
  `);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const entries: TimelineEntry[] = rows.map((r) => ({
    key: r.key,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    kind: r.kind,
    title: r.title,
    detail: r.detail,
    href: r.href,
    author: r.author,
  }));
  return { entries, total: rows.length ? Number(rows[0].total) : 0, page, pageSize: TIMELINE_PAGE_SIZE };
});
