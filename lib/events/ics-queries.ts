import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { eventVisibleTo } from "./visibility";

// What the calendar files carry (formatted by ./ics.ts): one event's .ics and the user's feed.

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
