import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { events } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit, type Actor } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { eventVisibleTo } from "@/lib/events/visibility";
import { NotFoundError, ValidationError } from "@/lib/errors";

// The event as the invitation screens need it, read from the events table directly so this domain
// does not depend on the events section's data-access layer. An event about a case the user may
// not see answers like a missing one (NotFoundError), so its guests, texts, check-in, funnel and
// report are out of reach too: every screen of the domain reads or locks the event first.

const coHosts = sql<string[]>`coalesce((SELECT array_agg(c.full_name ORDER BY c.full_name) FROM event_participants p
  JOIN contacts c ON c.id = p.contact_id WHERE p.event_id = "events"."id" AND p.role = 'co_host'), '{}')`;

const columns = {
  id: events.id,
  title: events.title,
  kind: events.kind,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  timeZone: events.timeZone,
  venue: events.venue,
  room: events.room,
  city: events.city,
  capacity: events.capacity,
  status: events.status,
  report: events.report,
  invitationTemplate: events.invitationTemplate,
  version: events.version,
  coHosts,
};

export type InvitationEventRow = Awaited<ReturnType<typeof readEvent>>;

export async function readEvent(user: Acting, id: string, executor: Pick<Tx, "select"> = db) {
  const [row] = await executor.select(columns).from(events).where(and(eq(events.id, id), eventVisibleTo(user)));
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Locks the event: invitations of one event are added, sent and counted one request at a time.
 * When given, checks the version the user saw is still current.
 */
export async function lockEvent(tx: Tx, user: Acting, id: string, version?: number) {
  await lockVersioned(tx, events, id, version, { where: eventVisibleTo(user) });
  return readEvent(user, id, tx);
}

export function refuseCancelled(event: { status: string }) {
  if (event.status === "cancelled") throw new ValidationError("This event is cancelled.");
}

/** Guests answer until the event starts; an event without a date is still open. */
export function rsvpOpen(event: { status: string; startsAt: Date | null }, now = new Date()): boolean {
  return event.status !== "cancelled" && (!event.startsAt || event.startsAt.getTime() > now.getTime());
}

/**
 * The first invitation sent moves a planned or confirmed event to "invitations sent". Written
 * directly, audited, with the event's version bumped like any edit of it.
 */
export async function markInvitationsSent(tx: Tx, actor: Actor, eventId: string): Promise<void> {
  const [after] = await tx
    .update(events)
    .set({ status: "invitations_sent", ...bump(events) })
    .where(sql`${events.id} = ${eventId} AND ${events.status} IN ('planned', 'confirmed')`)
    .returning({ id: events.id, title: events.title, status: events.status });
  if (after) {
    await writeAudit(tx, actor, { action: "status", entity: "event", entityId: eventId, summary: `${after.title}: invitations sent`, after: { status: after.status } });
  }
}
