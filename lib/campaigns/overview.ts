import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { appeals, caseCampaigns, cases, events, letters } from "@/db/schema";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";

/** The functions that show a campaign's linked records on its page. */
export type CampaignOverviewPart = "campaignRecords" | "campaignTimeline" | "listGoals" | "listTeam";

/**
 * Every table with a `campaign_id`, and which parts of the campaign page show its rows:
 * campaignRecords and campaignTimeline here, listGoals (goals.ts) and listTeam (team.ts).
 * lib/campaigns/overview-registry.test.ts reads the database catalog: a table with a
 * `campaign_id` (or a foreign key to campaigns) that is neither here nor in
 * `campaignOverviewLeavesOut` fails it, and so does a listed part that does not show a linked row.
 */
export const campaignOverviewSources = {
  case_campaigns: ["campaignRecords", "campaignTimeline"],
  appeals: ["campaignRecords", "campaignTimeline"],
  letters: ["campaignRecords", "campaignTimeline"],
  events: ["campaignRecords", "campaignTimeline"],
  campaign_goals: ["listGoals"],
  campaign_members: ["listTeam"],
} as const satisfies Record<string, readonly CampaignOverviewPart[]>;

/** Tables with a `campaign_id` that the campaign page does not show, each with its reason. */
export const campaignOverviewLeavesOut = {
  appeal_facts: "the dashboard's one-row-per-appeal summary (db/schema/dashboard.ts): a copy of appeals.campaign_id kept by triggers; the appeals are shown",
  engagement_months:
    "the dashboard's per-contact, per-month engagement counts (migration 0021), kept by triggers from dispatches, signatures and attendances; the records themselves are shown",
  engagement_body_months: "the same counts per parliamentary body and country (migration 0021); the records themselves are shown",
  appeal_months: "the dashboard's monthly appeal counts (migration 0021), kept by triggers; the appeals are shown",
  activities:
    "an activity belongs to a contact's timeline; its campaign_id is neither set nor read by the app yet (no form offers it), so there is nothing to show",
} as const satisfies Record<string, string>;

/** How many of each linked record the campaign page shows; the rest is one link away. */
export const LATEST = 10;
export const CAMPAIGN_TIMELINE_PAGE_SIZE = 20;

// In a one-table select drizzle writes columns unqualified: the outer letter is spelled out.
const signaturesOf = sql<number>`coalesce(${letters.reportedSignatures},
  (SELECT count(*) FROM letter_signatories s WHERE s.letter_id = "letters"."id" AND s.status = 'signed'))::int`;

/**
 * The campaign's cases, appeals, letters and events: the latest ten of each with their totals.
 * Cases the user may not see, and the appeals, letters and events about them, are neither listed
 * nor counted.
 */
export const campaignRecords = dataAccess(async function campaignRecords(user: Acting, campaignId: string) {
  authorize(user, "read");
  const caseWhere = and(eq(caseCampaigns.campaignId, campaignId), caseVisibleTo(user))!;
  const appealWhere = and(eq(appeals.campaignId, campaignId), appealVisibleTo(user))!;
  const letterWhere = and(eq(letters.campaignId, campaignId), letterVisibleTo(user))!;
  const eventWhere = and(eq(events.campaignId, campaignId), eventVisibleTo(user))!;
  const [caseRows, [caseTotal], appealRows, [appealTotal], letterRows, [letterTotal], eventRows, [eventTotal]] = await Promise.all([
    db
      .select({ id: cases.id, primaryName: cases.primaryName, status: cases.status, country: cases.country, restricted: cases.restricted })
      .from(caseCampaigns)
      .innerJoin(cases, eq(cases.id, caseCampaigns.caseId))
      .where(caseWhere)
      .orderBy(desc(cases.updatedAt), cases.id)
      .limit(LATEST),
    db.select({ n: count() }).from(caseCampaigns).innerJoin(cases, eq(cases.id, caseCampaigns.caseId)).where(caseWhere),
    db
      .select({ id: appeals.id, title: appeals.title, type: appeals.type, status: appeals.status, sentAt: appeals.sentAt, updatedAt: appeals.updatedAt })
      .from(appeals)
      .where(appealWhere)
      .orderBy(desc(appeals.updatedAt), appeals.id)
      .limit(LATEST),
    db.select({ n: count() }).from(appeals).where(appealWhere),
    db
      .select({ id: letters.id, title: letters.title, kind: letters.kind, status: letters.status, targetSignatures: letters.targetSignatures, signatures: signaturesOf })
      .from(letters)
      .where(letterWhere)
      .orderBy(desc(letters.updatedAt), letters.id)
      .limit(LATEST),
    db.select({ n: count() }).from(letters).where(letterWhere),
    db
      .select({ id: events.id, title: events.title, kind: events.kind, status: events.status, startsAt: events.startsAt, endsAt: events.endsAt, allDay: events.allDay, timeZone: events.timeZone })
      .from(events)
      .where(eventWhere)
      .orderBy(sql`${events.startsAt} DESC NULLS FIRST`, events.id)
      .limit(LATEST),
    db.select({ n: count() }).from(events).where(eventWhere),
  ]);
  return {
    cases: { rows: caseRows, total: caseTotal.n },
    appeals: { rows: appealRows, total: appealTotal.n },
    letters: { rows: letterRows, total: letterTotal.n },
    events: { rows: eventRows, total: eventTotal.n },
  };
});
export type CampaignRecords = Awaited<ReturnType<typeof campaignRecords>>;

export type CampaignTimelineKind = "appeal_created" | "appeal_sent" | "letter_created" | "letter_signed" | "event" | "case_status";

export type CampaignTimelineEntry = {
  key: string;
  at: Date;
  /** a plain calendar day (status change, signature): shown without a time */
  dateOnly: boolean;
  kind: CampaignTimelineKind;
  title: string;
  detail: string | null;
  href: string;
};

type Row = Omit<CampaignTimelineEntry, "at"> & { at: Date | string; total: string | number };

/**
 * What happened in the campaign, newest first, as ONE query: a UNION ALL over its appeals
 * (created, sent), letters (created, signatures per letter and day), events and the status
 * changes of its cases. Cases the user may not see, and the appeals, letters and events about
 * them, leave no trace. Plain dates count
 * as midnight UTC of that day; the total comes from a window over the same union.
 */
export const campaignTimeline = dataAccess(async function campaignTimeline(user: Acting, campaignId: string, page = 1) {
  authorize(user, "read");
  const offset = (page - 1) * CAMPAIGN_TIMELINE_PAGE_SIZE;
  // Only ever given a literal alias.column from this file.
  const day = (column: `${string}.${string}`) => sql.raw(`${column}::timestamp AT TIME ZONE 'UTC'`);
  const result = await db.execute(sql`
    WITH visible_appeals AS (
      SELECT a.id, a.title, a.type, a.status, a.created_at, a.sent_at FROM appeals a
       WHERE a.campaign_id = ${campaignId} AND ${appealVisibleTo(user, sql`a`)}
    ), visible_letters AS (
      SELECT l.id, l.title, l.kind, l.created_at FROM letters l
       WHERE l.campaign_id = ${campaignId} AND ${letterVisibleTo(user, sql`l`)}
    ), entries AS (
      SELECT 'appeal:' || a.id AS key, a.created_at AS at, false AS date_only, 'appeal_created' AS kind,
             a.title AS title, a.type::text AS detail, '/appeals/' || a.id AS href
        FROM visible_appeals a
      UNION ALL
      SELECT 'appeal-sent:' || a.id, a.sent_at, false, 'appeal_sent', a.title, a.status::text, '/appeals/' || a.id
        FROM visible_appeals a WHERE a.sent_at IS NOT NULL
      UNION ALL
      SELECT 'letter:' || l.id, l.created_at, false, 'letter_created', l.title, l.kind::text, '/letters/' || l.id
        FROM visible_letters l
      UNION ALL
      SELECT 'signed:' || l.id || ':' || s.signed_on, ${day("s.signed_on")}, true, 'letter_signed', l.title,
             count(*)::text || CASE WHEN count(*) = 1 THEN ' signature' ELSE ' signatures' END, '/letters/' || l.id
        FROM visible_letters l JOIN letter_signatories s ON s.letter_id = l.id AND s.status = 'signed' AND s.signed_on IS NOT NULL
       GROUP BY l.id, l.title, s.signed_on
      UNION ALL
      SELECT 'event:' || e.id, COALESCE(e.starts_at, e.created_at), e.starts_at IS NULL OR e.all_day, 'event', e.title,
             e.kind::text || ' · ' || e.status::text, '/events/' || e.id
        FROM events e WHERE e.campaign_id = ${campaignId} AND ${eventVisibleTo(user, sql`e`)}
      UNION ALL
      SELECT 'status:' || h.id, ${day("h.changed_on")}, true, 'case_status', c.primary_name, h.status::text, '/cases/' || c.id
        FROM case_campaigns cc
        JOIN cases c ON c.id = cc.case_id
        JOIN case_status_history h ON h.case_id = c.id
       WHERE cc.campaign_id = ${campaignId} AND ${caseVisibleTo(user, sql`c`)}
    )
    SELECT key, at, date_only AS "dateOnly", kind, title, detail, href, count(*) OVER () AS total
      FROM entries
     ORDER BY at DESC, key
     LIMIT ${CAMPAIGN_TIMELINE_PAGE_SIZE} OFFSET ${offset}
  `);
  const rows = rowsOf<Row>(result);
  const entries: CampaignTimelineEntry[] = rows.map((r) => ({
    key: r.key,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    dateOnly: r.dateOnly,
    kind: r.kind,
    title: r.title,
    detail: r.detail,
    href: r.href,
  }));
  return { entries, total: rows.length ? Number(rows[0].total) : 0, page, pageSize: CAMPAIGN_TIMELINE_PAGE_SIZE };
});
