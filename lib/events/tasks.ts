import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { eventTasks, users } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { lockEvent } from "./lock";
import type { EventKind, TaskFormValues } from "./schema";
import { usualTasksFor } from "./task-templates";
import { eventIdVisibleTo } from "./visibility";
import { wallClock } from "./zoned";

async function checkOwner(tx: Tx, ownerId: string | null) {
  if (!ownerId) return;
  const [row] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, ownerId));
  if (!row?.active) throw new ValidationError("Choose the owner from the list.", "ownerId");
}

/** Locks a task of an event the user may see: a hidden event's tasks answer like missing ones. */
function lockTask(tx: Tx, user: Acting, id: string, version: number) {
  return lockVersioned(tx, eventTasks, id, version, { where: eventIdVisibleTo(user, sql`"event_tasks"."event_id"`) });
}

export const createTask = dataAccess(async function createTask(user: Acting, input: { eventId: string; values: TaskFormValues }): Promise<{ id: string; eventId: string }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    await checkOwner(tx, input.values.ownerId);
    const [row] = await tx.insert(eventTasks).values({ ...input.values, eventId: event.id }).returning();
    await writeAudit(tx, user, { action: "create", entity: "event_task", entityId: row.id, summary: `${row.title} (${event.title})`, before: null, after: row });
    return { id: row.id, eventId: event.id };
  });
});

export const updateTask = dataAccess(async function updateTask(user: Acting, input: { id: string; version: number; values: TaskFormValues }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockTask(tx, user, input.id, input.version);
    await checkOwner(tx, input.values.ownerId);
    const [after] = await tx.update(eventTasks).set({ ...input.values, ...bump(eventTasks) }).where(eq(eventTasks.id, input.id)).returning();
    await writeAudit(tx, user, { action: "update", entity: "event_task", entityId: after.id, summary: after.title, before, after });
    return { id: after.id, eventId: after.eventId, version: after.version };
  });
});

/** Ticks a task done, or undoes that. */
export const setTaskDone = dataAccess(async function setTaskDone(user: Acting, input: { id: string; version: number; done: boolean }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockTask(tx, user, input.id, input.version);
    if (!!before.doneAt === input.done) throw new ValidationError(input.done ? "This task is already done." : "This task is not done.");
    const [after] = await tx
      .update(eventTasks)
      .set({ doneAt: input.done ? sql`now()` : null, ...bump(eventTasks) })
      .where(eq(eventTasks.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: input.done ? "done" : "undone", entity: "event_task", entityId: after.id, summary: after.title, before, after });
    return { id: after.id, eventId: after.eventId, version: after.version };
  });
});

export const deleteTask = dataAccess(async function deleteTask(user: Acting, input: { id: string; version: number }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockTask(tx, user, input.id, input.version);
    await tx.delete(eventTasks).where(eq(eventTasks.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "event_task", entityId: before.id, summary: before.title, before, after: null });
    return { id: before.id, eventId: before.eventId };
  });
});

/** Adds the usual tasks of the event's kind that it does not have yet; returns how many. */
export const addUsualTasks = dataAccess(async function addUsualTasks(user: Acting, input: { eventId: string }): Promise<{ eventId: string; added: number }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const existing = await tx.select({ title: eventTasks.title }).from(eventTasks).where(eq(eventTasks.eventId, event.id));
    const startDate = event.startsAt ? wallClock(event.startsAt, event.timeZone).date : null;
    const missing = usualTasksFor(event.kind as EventKind, startDate, existing.map((t) => t.title));
    if (missing.length) {
      const rows = await tx
        .insert(eventTasks)
        .values(missing.map((t) => ({ ...t, eventId: event.id, ownerId: event.coordinatorId })))
        .returning({ id: eventTasks.id });
      await writeAudit(tx, user, { action: "add_usual_tasks", entity: "event", entityId: event.id, summary: `${rows.length} usual tasks added to ${event.title}`, before: null, after: { titles: missing.map((t) => t.title) } });
    }
    return { eventId: event.id, added: missing.length };
  });
});
