import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, eventTasks, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo, requireVisibleEvent } from "./visibility";

// Reading logistics tasks (the writes are in ./tasks.ts).

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
