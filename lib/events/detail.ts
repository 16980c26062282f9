import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { campaigns, cases, contacts, eventCases, eventParticipants, eventPartners, events, organizations, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";
import type { EventFormInput } from "./schema";
import { eventVisibleTo } from "./visibility";
import { wallClock } from "./zoned";

// One event: its page, its edit form's values and the form's choices.

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
