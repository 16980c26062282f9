import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, type Db, type Tx } from "@/db/client";
import { events } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { aboutVisibleCases } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";

/**
 * An event about a restricted case (a hearing on the person, a side-event for their release) is as
 * hidden as the case, like an appeal (lib/appeals/visibility.ts): visible only when every case it
 * is about is visible to the user. Every query that lists, counts, searches, exports or opens
 * events (and their tasks, people, invitations, funnel, check-in and report) adds this predicate;
 * a hidden event answers exactly like a missing one. `alias` names the events table in the query
 * when it is not "events".
 */
export function eventVisibleTo(user: Acting, alias: SQL = sql`"events"`): SQL {
  return eventIdVisibleTo(user, sql`${alias}."id"`);
}

/**
 * The same rule for an event known by its id: a task's or invitation's event_id, or a parameter.
 * Lets a query of an event's child rows filter without joining the events table.
 */
export function eventIdVisibleTo(user: Acting, eventId: SQL): SQL {
  return aboutVisibleCases(user, "event_cases", eventId);
}

/** Throws NotFoundError unless the event exists and the user may see it. */
export async function requireVisibleEvent(user: Acting, id: string, executor: Tx | Db = db) {
  const [row] = await executor.select({ id: events.id }).from(events).where(and(eq(events.id, id), eventVisibleTo(user)));
  if (!row) throw new NotFoundError();
}
