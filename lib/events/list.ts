import "server-only";
import { and, asc, count, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, events } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { textMatch } from "@/lib/search/match";
import type { EventListParams } from "./schema";
import { eventVisibleTo } from "./visibility";
import { addDays } from "./zoned";

// The events list: its filters (shared with the dashboard's event figures), its page, its filter options.

export const EVENT_PAGE_SIZE = 25;

/** The columns of an event in a list or on the calendar. */
export const listColumns = {
  id: events.id,
  kind: events.kind,
  forum: events.forum,
  title: events.title,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  timeZone: events.timeZone,
  venue: events.venue,
  room: events.room,
  city: events.city,
  country: events.country,
};

/** The start date at the venue, for date-range filters ("from 1 July" means 1 July there). */
const localStartDate = sql`(${events.startsAt} AT TIME ZONE (CASE ${events.timeZone} WHEN 'Europe/Strasbourg' THEN 'Europe/Paris' WHEN 'Europe/Geneva' THEN 'Europe/Zurich' ELSE ${events.timeZone} END))::date`;

/**
 * The events list's filters, the restricted-case rule first: events about a case the user may not
 * see are neither listed nor counted, here or in the dashboard figures built from these filters.
 */
export function eventFilters(user: Acting, params: EventListParams, now = new Date()): SQL[] {
  const filters: SQL[] = [eventVisibleTo(user)];
  if (params.kind) filters.push(eq(events.kind, params.kind));
  if (params.forum) filters.push(eq(events.forum, params.forum));
  if (params.status !== "all") filters.push(eq(events.status, params.status));
  if (params.country) filters.push(eq(events.country, params.country));
  if (params.campaign) filters.push(eq(events.campaignId, params.campaign));
  // Upcoming: not over yet, or not dated yet (ideas being planned). Past: over.
  const lastMoment = sql`coalesce(${events.endsAt}, ${events.startsAt})`;
  if (params.when === "upcoming") filters.push(sql`(${lastMoment} >= ${now} OR ${events.startsAt} IS NULL)`);
  if (params.when === "past") filters.push(sql`${lastMoment} < ${now}`);
  // A coarse bound on the instant lets the starts_at index narrow the rows; the venue's date decides.
  if (params.from) filters.push(gte(events.startsAt, new Date(`${addDays(params.from, -1)}T00:00:00Z`)), sql`${localStartDate} >= ${params.from}::date`);
  if (params.to) filters.push(lt(events.startsAt, new Date(`${addDays(params.to, 2)}T00:00:00Z`)), sql`${localStartDate} <= ${params.to}::date`);
  const match = textMatch(events.searchText, params.q);
  if (match) filters.push(match.where);
  return filters;
}

export const listEvents = dataAccess(async function listEvents(user: Acting, params: EventListParams, now = new Date()) {
  authorize(user, "read");
  const where = and(...eventFilters(user, params, now));
  const match = textMatch(events.searchText, params.q);
  const soonest = [sql`${events.startsAt} ASC NULLS LAST`];
  const latest = [sql`${events.startsAt} DESC NULLS LAST`];
  const order = {
    auto: params.when === "upcoming" ? soonest : latest,
    soonest,
    latest,
    relevance: [...(match ? [match.rank] : []), ...latest],
  }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(events)
      .where(where)
      .orderBy(...order, asc(events.id))
      .limit(EVENT_PAGE_SIZE)
      .offset((params.page - 1) * EVENT_PAGE_SIZE),
    db.select({ total: count() }).from(events).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: EVENT_PAGE_SIZE };
});

export const eventFilterOptions = dataAccess(async function eventFilterOptions(user: Acting) {
  authorize(user, "read");
  const [countries, campaignRows] = await Promise.all([
    db
      .selectDistinct({ country: events.country })
      .from(events)
      .where(and(sql`${events.country} IS NOT NULL`, eventVisibleTo(user)))
      .orderBy(asc(events.country)),
    db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).orderBy(asc(campaigns.name)),
  ]);
  return { countries: countries.map((c) => c.country as string), campaigns: campaignRows };
});
