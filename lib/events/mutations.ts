import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contacts, eventCases, eventParticipants, eventPartners, events, organizations, users } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { lockEvent } from "./lock";
import type { EventFormValues, EventStatus, ParticipantRole } from "./schema";
import { transitionRefusal } from "./transitions";
import { addDays, zonedTimeToInstant } from "./zoned";
import { searchText } from "@/lib/search/search-text";

/**
 * The instants of the wall-clock times typed for the venue. All-day events run from midnight of
 * the first day to midnight after the last (exclusive), at the venue.
 */
export function eventInstants(v: Pick<EventFormValues, "startDate" | "startTime" | "endDate" | "endTime" | "allDay" | "timeZone">) {
  if (!v.startDate) return { startsAt: null, endsAt: null };
  if (v.allDay) {
    return { startsAt: zonedTimeToInstant(`${v.startDate}T00:00`, v.timeZone), endsAt: zonedTimeToInstant(`${addDays(v.endDate ?? v.startDate, 1)}T00:00`, v.timeZone) };
  }
  const startsAt = zonedTimeToInstant(`${v.startDate}T${v.startTime ?? "00:00"}`, v.timeZone);
  const endsAt = v.endTime ? zonedTimeToInstant(`${v.endDate ?? v.startDate}T${v.endTime}`, v.timeZone) : null;
  if (endsAt && endsAt <= startsAt) throw new ValidationError("The end must be after the start.", "endTime");
  return { startsAt, endsAt };
}

/** Refuses a case the user may not see exactly like a missing one: the id reveals nothing. */
async function checkCases(tx: Tx, user: Acting, caseIds: string[]) {
  const ids = [...new Set(caseIds)];
  if (!ids.length) return ids;
  const visible = await tx.execute(
    sql`SELECT count(*)::int AS n FROM cases WHERE cases.id IN (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)}) AND ${caseVisibleTo(user)}`,
  );
  if (Number(rowsOf<{ n: number }>(visible)[0]?.n ?? 0) !== ids.length) throw new ValidationError("A chosen case was not found, or you may not see it.", "caseIds");
  return ids;
}

/** The coordinator must be an active user who may edit events. */
async function checkCoordinator(tx: Tx, coordinatorId: string | null) {
  if (!coordinatorId) return;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, coordinatorId), eq(users.active, true), inArray(users.role, [...policy["event.write"]])));
  if (!row) throw new ValidationError("Choose a coordinator from the list: someone who may edit events.", "coordinatorId");
}

function columnsOf(v: EventFormValues) {
  return {
    kind: v.kind,
    forum: v.forum,
    title: v.title,
    description: v.description,
    allDay: v.allDay,
    timeZone: v.timeZone,
    venue: v.venue,
    room: v.room,
    city: v.city,
    country: v.country,
    onlineUrl: v.onlineUrl,
    capacity: v.capacity,
    coordinatorId: v.coordinatorId,
    campaignId: v.campaignId,
    ...eventInstants(v),
    searchText: searchText.event(v),
  };
}

/** New events start as ideas; the detail page moves them on (lib/events/transitions.ts). */
export const createEvent = dataAccess(async function createEvent(user: Acting, values: EventFormValues): Promise<{ id: string }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const linked = await checkCases(tx, user, values.caseIds);
    await checkCoordinator(tx, values.coordinatorId);
    const [row] = await tx
      .insert(events)
      .values({ ...columnsOf(values), status: "idea", createdById: user.id })
      .returning();
    if (linked.length) await tx.insert(eventCases).values(linked.map((caseId) => ({ eventId: row.id, caseId })));
    await writeAudit(tx, user, { action: "create", entity: "event", entityId: row.id, summary: row.title, before: null, after: { ...row, caseIds: linked } });
    return { id: row.id };
  });
});

export const updateEvent = dataAccess(async function updateEvent(user: Acting, input: { id: string; version: number; values: EventFormValues }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, user, input.id, input.version);
    const linked = await checkCases(tx, user, input.values.caseIds);
    await checkCoordinator(tx, input.values.coordinatorId);
    const [after] = await tx.update(events).set({ ...columnsOf(input.values), ...bump(events) }).where(eq(events.id, input.id)).returning();
    // Only the links the user can see are replaced: a hidden case linked by a manager stays.
    // The user sees every case of an event they may edit; links are still replaced only where the
    // case is visible to them, so a hidden link could never be dropped unseen.
    await tx.execute(sql`DELETE FROM event_cases ec USING cases WHERE ec.event_id = ${input.id} AND cases.id = ec.case_id AND ${caseVisibleTo(user)}`);
    if (linked.length) await tx.insert(eventCases).values(linked.map((caseId) => ({ eventId: input.id, caseId }))).onConflictDoNothing();
    await writeAudit(tx, user, { action: "update", entity: "event", entityId: after.id, summary: after.title, before, after: { ...after, caseIds: linked } });
    return { id: after.id, version: after.version };
  });
});

export const changeEventStatus = dataAccess(async function changeEventStatus(user: Acting, input: { id: string; version: number; to: EventStatus }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, user, input.id, input.version);
    const refusal = transitionRefusal(before, input.to);
    if (refusal) throw new ValidationError(refusal);
    const [after] = await tx.update(events).set({ status: input.to, ...bump(events) }).where(eq(events.id, input.id)).returning();
    await writeAudit(tx, user, { action: "status", entity: "event", entityId: after.id, summary: `${after.title}: ${before.status} → ${after.status}`, before, after });
    return { id: after.id, version: after.version, status: after.status };
  });
});

/** Deletes the event with its people, tasks and invitations (a manager's or admin's call). */
export const deleteEvent = dataAccess(async function deleteEvent(user: Acting, input: { id: string; version: number }) {
  authorize(user, "delete");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, user, input.id, input.version);
    await tx.delete(events).where(eq(events.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "event", entityId: before.id, summary: before.title, before, after: null });
    return { id: before.id };
  });
});

async function liveContact(tx: Tx, contactId: string) {
  const [contact] = await tx
    .select({ id: contacts.id, fullName: contacts.fullName })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), sql`${contacts.mergedIntoId} IS NULL`));
  if (!contact) throw new NotFoundError("That contact was not found.");
  return contact;
}

/** Adds a co-host or speaker; "moderator" sets the event's one moderator. */
export const addParticipant = dataAccess(async function addParticipant(user: Acting, input: { eventId: string; contactId: string; role: ParticipantRole }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const contact = await liveContact(tx, input.contactId);
    if (input.role === "moderator") {
      await tx.update(events).set({ moderatorContactId: contact.id, ...bump(events) }).where(eq(events.id, event.id));
    } else {
      await tx.insert(eventParticipants).values({ eventId: event.id, contactId: contact.id, role: input.role }).onConflictDoNothing();
    }
    await writeAudit(tx, user, { action: "add_participant", entity: "event", entityId: event.id, summary: `${contact.fullName} as ${input.role} of ${event.title}` });
    return { eventId: event.id };
  });
});

export const removeParticipant = dataAccess(async function removeParticipant(user: Acting, input: { eventId: string; contactId: string; role: ParticipantRole }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    if (input.role === "moderator") {
      if (event.moderatorContactId !== input.contactId) throw new NotFoundError("That contact is not the moderator.");
      await tx.update(events).set({ moderatorContactId: null, ...bump(events) }).where(eq(events.id, event.id));
    } else {
      const removed = await tx
        .delete(eventParticipants)
        .where(and(eq(eventParticipants.eventId, event.id), eq(eventParticipants.contactId, input.contactId), eq(eventParticipants.role, input.role)))
        .returning();
      if (!removed.length) throw new NotFoundError("That person is not listed with that role.");
    }
    await writeAudit(tx, user, { action: "remove_participant", entity: "event", entityId: event.id, summary: `${input.role} removed from ${event.title}`, before: { contactId: input.contactId, role: input.role }, after: null });
    return { eventId: event.id };
  });
});

export const addPartner = dataAccess(async function addPartner(user: Acting, input: { eventId: string; organizationId: string }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const [org] = await tx.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.id, input.organizationId));
    if (!org) throw new NotFoundError("That organization was not found.");
    await tx.insert(eventPartners).values({ eventId: event.id, organizationId: org.id }).onConflictDoNothing();
    await writeAudit(tx, user, { action: "add_partner", entity: "event", entityId: event.id, summary: `${org.name} as partner of ${event.title}` });
    return { eventId: event.id };
  });
});

export const removePartner = dataAccess(async function removePartner(user: Acting, input: { eventId: string; organizationId: string }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const removed = await tx
      .delete(eventPartners)
      .where(and(eq(eventPartners.eventId, event.id), eq(eventPartners.organizationId, input.organizationId)))
      .returning();
    if (!removed.length) throw new NotFoundError("That organization is not a partner of this event.");
    await writeAudit(tx, user, { action: "remove_partner", entity: "event", entityId: event.id, summary: `Partner removed from ${event.title}`, before: { organizationId: input.organizationId }, after: null });
    return { eventId: event.id };
  });
});
