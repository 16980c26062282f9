import "server-only";
import { and, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { eventFunnel, events } from "@/db/schema";
import { eventFilters } from "@/lib/events/list";
import { eventListSchema } from "@/lib/events/schema";
import type { Acting } from "@/lib/auth/authorize";
import { bodyForum } from "./schema";
import type { Scope } from "./scope";

/**
 * The events list's own filters (when=all, from, to, campaign, country, forum), so a figure and
 * the list it links to count the same events: the range is the start date at the venue, and
 * events about a case the user may not see are left out of both.
 */
export function eventListParams(f: Scope, when: "all" | "upcoming" = "all") {
  // Upcoming is from now on, whatever the range: a range ending today would otherwise never
  // count the event of next month.
  const range = when === "all" ? { from: f.from, to: f.to } : {};
  return eventListSchema.parse({
    when,
    ...range,
    campaign: f.campaign,
    country: f.country,
    forum: f.body === "all" ? "" : bodyForum[f.body],
  });
}

const eventScope = (user: Acting, f: Scope, now: Date) => and(...eventFilters(user, eventListParams(f), now))!;
// As in lib/events/list.ts: the start date in the venue's zone, and when the event is over.
const localStartDate = sql`(${events.startsAt} AT TIME ZONE (CASE ${events.timeZone} WHEN 'Europe/Strasbourg' THEN 'Europe/Paris' WHEN 'Europe/Geneva' THEN 'Europe/Zurich' ELSE ${events.timeZone} END))::date`;
const isPast = (now: Date) => sql`coalesce(${events.endsAt}, ${events.startsAt}) < ${now.toISOString()}::timestamptz`;

export type EventKpis = {
  /** events in the range, and of those the ones over by now */
  total: number;
  past: number;
  /** not over yet, from now on whatever the range (the events list's "Upcoming"), of which not dated yet */
  upcoming: number;
  undated: number;
  /** invitations answered (accepted, declined or tentative) to events in the range */
  answered: number;
  accepted: number;
  /** accepted guests who attended */
  attended: number;
  acceptanceRate: number | null;
  attendanceRate: number | null;
};

/**
 * Events in the range and those of them past; the upcoming ones from now on, outside the range
 * too; and the invitations' acceptance and attendance for the events in the range.
 */
export async function eventKpis(user: Acting, f: Scope, now: Date): Promise<EventKpis> {
  const where = eventScope(user, f, now);
  const ahead = and(...eventFilters(user, eventListParams(f, "upcoming"), now))!;
  // One statement, two aggregates: a dashboard view runs each statement as its own transaction.
  // The range's events are read once, with their funnels (each event's funnel is a summary row
  // kept by triggers on invitations, migration 0015): over ten years, every event of the table.
  const [row] = rowsOf<EventKpis>(
    await db.execute(sql`
      SELECT c.total, c.past, u.upcoming, u.undated, c.answered, c.accepted, c.attended, c."acceptanceRate", c."attendanceRate"
        FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${isPast(now)}))::int AS past,
                     coalesce(sum(${eventFunnel.answered}), 0)::int AS answered, coalesce(sum(${eventFunnel.accepted}), 0)::int AS accepted,
                     coalesce(sum(${eventFunnel.attended}), 0)::int AS attended,
                     sum(${eventFunnel.accepted})::float8 / nullif(sum(${eventFunnel.answered}), 0) AS "acceptanceRate",
                     sum(${eventFunnel.attended})::float8 / nullif(sum(${eventFunnel.accepted}), 0) AS "attendanceRate"
                FROM ${events} LEFT JOIN ${eventFunnel} ON ${eventFunnel.eventId} = ${events.id} WHERE ${where}) c,
             (SELECT count(*)::int AS upcoming, (count(*) FILTER (WHERE ${events.startsAt} IS NULL))::int AS undated FROM ${events} WHERE ${ahead}) u`),
  );
  return row;
}

export type EventMonth = { month: string; past: number; upcoming: number };

/** Events per month of the range (by the venue's date), past and upcoming; empty months included. */
export async function eventsPerMonth(user: Acting, f: Scope, now: Date): Promise<EventMonth[]> {
  const perMonth = db
    .select({
      month: sql`to_char(${localStartDate}, 'YYYY-MM')`.as("month"),
      past: sql`count(*) FILTER (WHERE ${isPast(now)})`.as("past"),
      upcoming: sql`count(*) FILTER (WHERE NOT ${isPast(now)})`.as("upcoming"),
    })
    .from(events)
    .where(eventScope(user, f, now))
    .groupBy(sql`1`);
  return rowsOf<EventMonth>(
    await db.execute(sql`
      SELECT m.month, coalesce(c.past, 0)::int AS past, coalesce(c.upcoming, 0)::int AS upcoming
        FROM (SELECT to_char(g, 'YYYY-MM') AS month
                FROM generate_series(date_trunc('month', ${f.from}::timestamp), ${f.to}::timestamp, interval '1 month') g) m
        LEFT JOIN (${perMonth}) c ON c.month = m.month
       ORDER BY m.month`),
  );
}
