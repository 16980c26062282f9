import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { campaigns, cases, contacts, eventCases, eventParticipants, eventPartners, events, eventTasks, organizations, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import type { EventFormInput, EventListParams } from "./schema";
import { eventVisibleTo, requireVisibleEvent } from "./visibility";
import { addDays, wallClock } from "./zoned";

export const EVENT_PAGE_SIZE = 25;

const listColumns = {
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

/**
 * Events whose days at the venue fall in the month (e.g. "2019-07"), each with its local first
 * and last day, so the calendar can place it; multi-day events appear on each of their days.
 */
export const calendarEvents = dataAccess(async function calendarEvents(user: Acting, month: string) {
  authorize(user, "read");
  const first = `${month}-01`;
  const next = addDays(`${month}-28`, 7).slice(0, 7) + "-01";
  const rows = await db
    .select(listColumns)
    .from(events)
    .where(
      and(
        // A day of slack each side: the venue's date can differ from UTC's.
        lt(events.startsAt, new Date(`${addDays(next, 1)}T00:00:00Z`)),
        gte(sql`coalesce(${events.endsAt}, ${events.startsAt})`, new Date(`${addDays(first, -1)}T00:00:00Z`)),
        eventVisibleTo(user),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(500);
  return rows
    .map((e) => {
      const firstDay = wallClock(e.startsAt as Date, e.timeZone).date;
      // All-day ends are exclusive midnights; a timed event ends on the day its end falls on.
      const end = e.endsAt ? wallClock(new Date(e.endsAt.getTime() - (e.allDay ? 1 : 0)), e.timeZone).date : firstDay;
      return { ...e, startsAt: e.startsAt as Date, firstDay, lastDay: end < firstDay ? firstDay : end };
    })
    .filter((e) => e.lastDay >= first && e.firstDay < next);
});

export const getEvent = dataAccess(async function getEvent(user: Acting, id: string) {
  authorize(user, "read");
  const coordinator = alias(users, "coordinator");
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      id: events.id,
      kind: events.kind,
      forum: events.forum,
      title: events.title,
      description: events.description,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      timeZone: events.timeZone,
      venue: events.venue,
      room: events.room,
      city: events.city,
      country: events.country,
      onlineUrl: events.onlineUrl,
      capacity: events.capacity,
      coordinatorId: events.coordinatorId,
      coordinatorName: coordinator.name,
      moderatorContactId: events.moderatorContactId,
      moderatorName: contacts.fullName,
      campaignId: events.campaignId,
      campaignName: campaigns.name,
      report: events.report,
      createdByName: creator.name,
      createdAt: events.createdAt,
      updatedAt: events.updatedAt,
      version: events.version,
    })
    .from(events)
    .leftJoin(coordinator, eq(coordinator.id, events.coordinatorId))
    .leftJoin(creator, eq(creator.id, events.createdById))
    .leftJoin(contacts, eq(contacts.id, events.moderatorContactId))
    .leftJoin(campaigns, eq(campaigns.id, events.campaignId))
    .where(and(eq(events.id, id), eventVisibleTo(user)));
  // An event about a case the user may not see answers like a missing one.
  if (!row) throw new NotFoundError();
  const [participants, partners, caseRows] = await Promise.all([
    db
      .select({ contactId: contacts.id, name: contacts.fullName, title: contacts.title, role: eventParticipants.role })
      .from(eventParticipants)
      .innerJoin(contacts, eq(contacts.id, eventParticipants.contactId))
      .where(eq(eventParticipants.eventId, id))
      .orderBy(asc(eventParticipants.role), asc(contacts.fullName)),
    db
      .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
      .from(eventPartners)
      .innerJoin(organizations, eq(organizations.id, eventPartners.organizationId))
      .where(eq(eventPartners.eventId, id))
      .orderBy(asc(organizations.name)),
    // Every linked case is visible once the event is; the filter stays as a second guard.
    db
      .select({ id: cases.id, primaryName: cases.primaryName })
      .from(eventCases)
      .innerJoin(cases, eq(cases.id, eventCases.caseId))
      .where(and(eq(eventCases.eventId, id), caseVisibleTo(user)))
      .orderBy(asc(cases.primaryName)),
  ]);
  return { ...row, participants, partners, cases: caseRows };
});

/** The event as the edit form's raw input: wall clock at the venue. */
export const getEventForEdit = dataAccess(async function getEventForEdit(user: Acting, id: string): Promise<{ id: string; version: number; title: string; values: EventFormInput }> {
  authorize(user, "event.write");
  const e = await getEvent(user, id);
  const start = e.startsAt ? wallClock(e.startsAt, e.timeZone) : null;
  // All-day ends are exclusive: the form shows the last day itself.
  const end = e.endsAt ? wallClock(e.allDay ? new Date(e.endsAt.getTime() - 1) : e.endsAt, e.timeZone) : null;
  return {
    id: e.id,
    version: e.version,
    title: e.title,
    values: {
      kind: e.kind,
      forum: e.forum,
      title: e.title,
      description: e.description,
      startDate: start?.date ?? "",
      startTime: start && !e.allDay ? start.time : "",
      endDate: end && end.date !== start?.date ? end.date : "",
      endTime: end && !e.allDay ? end.time : "",
      allDay: e.allDay,
      timeZone: e.timeZone,
      venue: e.venue ?? "",
      room: e.room ?? "",
      city: e.city ?? "",
      country: e.country ?? "",
      onlineUrl: e.onlineUrl ?? "",
      capacity: e.capacity === null ? "" : String(e.capacity),
      coordinatorId: e.coordinatorId ?? "",
      campaignId: e.campaignId ?? "",
      caseIds: e.cases.map((c) => c.id),
    },
  };
});

/** Campaigns, visible cases, and the people who may coordinate (those who may edit events). */
export const eventFormOptions = dataAccess(async function eventFormOptions(user: Acting, currentCampaignId?: string | null) {
  authorize(user, "read");
  const [campaignRows, caseRows, coordinators] = await Promise.all([
    db
      .select({ id: campaigns.id, name: campaigns.name })
      .from(campaigns)
      .where(currentCampaignId ? sql`(${ne(campaigns.status, "archived")} OR ${eq(campaigns.id, currentCampaignId)})` : ne(campaigns.status, "archived"))
      .orderBy(asc(campaigns.name)),
    db.select({ id: cases.id, name: cases.primaryName }).from(cases).where(caseVisibleTo(user)).orderBy(asc(cases.primaryName)).limit(1_000),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, [...policy["event.write"]])))
      .orderBy(asc(users.name)),
  ]);
  return { campaigns: campaignRows, cases: caseRows, coordinators };
});

/** People a task can be given to: every active user. */
export const taskOwnerOptions = dataAccess(async function taskOwnerOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name));
});

export const listEventTasks = dataAccess(async function listEventTasks(user: Acting, eventId: string) {
  authorize(user, "read");
  await requireVisibleEvent(user, eventId);
  return db
    .select({
      id: eventTasks.id,
      title: eventTasks.title,
      category: eventTasks.category,
      ownerId: eventTasks.ownerId,
      ownerName: users.name,
      dueOn: eventTasks.dueOn,
      doneAt: eventTasks.doneAt,
      notes: eventTasks.notes,
      version: eventTasks.version,
    })
    .from(eventTasks)
    .leftJoin(users, eq(users.id, eventTasks.ownerId))
    .where(eq(eventTasks.eventId, eventId))
    .orderBy(sql`${eventTasks.doneAt} IS NOT NULL`, sql`${eventTasks.dueOn} ASC NULLS LAST`, asc(eventTasks.title));
});

/** The user's open tasks across events the user may see: overdue first (earliest due first), undated last. */
export const myOpenTasks = dataAccess(async function myOpenTasks(user: Acting) {
  authorize(user, "read");
  return db
    .select({
      id: eventTasks.id,
      title: eventTasks.title,
      category: eventTasks.category,
      dueOn: eventTasks.dueOn,
      notes: eventTasks.notes,
      version: eventTasks.version,
      eventId: events.id,
      eventTitle: events.title,
      eventStartsAt: events.startsAt,
      eventTimeZone: events.timeZone,
    })
    .from(eventTasks)
    .innerJoin(events, eq(events.id, eventTasks.eventId))
    .where(and(eq(eventTasks.ownerId, user.id), isNull(eventTasks.doneAt), eventVisibleTo(user)))
    .orderBy(sql`${eventTasks.dueOn} ASC NULLS LAST`, asc(events.title), asc(eventTasks.title))
    .limit(500);
});

/** Contacts matching a search, to add as co-host, speaker or moderator. */
export const findContactsForEvent = dataAccess(async function findContactsForEvent(user: Acting, q: string) {
  authorize(user, "read");
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  return db
    .select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title })
    .from(contacts)
    .where(and(match.where, isNull(contacts.mergedIntoId)))
    .orderBy(match.rank, asc(contacts.fullName))
    .limit(10);
});

/** Organizations matching a search that are not partners of the event yet. */
export const findOrganizationsForEvent = dataAccess(async function findOrganizationsForEvent(user: Acting, eventId: string, q: string) {
  authorize(user, "read");
  await requireVisibleEvent(user, eventId);
  const match = textMatch(organizations.searchText, q);
  if (!match) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(and(match.where, sql`NOT EXISTS (SELECT 1 FROM event_partners ep WHERE ep.event_id = ${eventId} AND ep.organization_id = "organizations"."id")`))
    .orderBy(match.rank, asc(organizations.name))
    .limit(10);
});

const icsColumns = {
  id: events.id,
  title: events.title,
  description: events.description,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  timeZone: events.timeZone,
  venue: events.venue,
  room: events.room,
  city: events.city,
  country: events.country,
  onlineUrl: events.onlineUrl,
  status: events.status,
  version: events.version,
  updatedAt: events.updatedAt,
};

export const eventForCalendarFile = dataAccess(async function eventForCalendarFile(user: Acting, id: string) {
  authorize(user, "read");
  const [row] = await db.select(icsColumns).from(events).where(and(eq(events.id, id), eventVisibleTo(user)));
  if (!row) throw new NotFoundError();
  return row;
});

/**
 * The signed-in user's feed: every dated event not over yet and not cancelled (events are
 * readable by every role, those about a case hidden from the user excepted), soonest first, at
 * most 500.
 */
export const upcomingForFeed = dataAccess(async function upcomingForFeed(user: Acting, now = new Date()) {
  authorize(user, "read");
  return db
    .select(icsColumns)
    .from(events)
    .where(and(sql`coalesce(${events.endsAt}, ${events.startsAt}) >= ${now}`, ne(events.status, "cancelled"), eventVisibleTo(user)))
    .orderBy(asc(events.startsAt))
    .limit(500);
});


