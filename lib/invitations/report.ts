import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { contactLists, events, invitations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { lockEvent, readEvent } from "./event";
import { searchText } from "@/lib/search/search-text";

// After the event: the short report, the no-shows, and the follow-up list.

export const saveReport = dataAccess(async function saveReport(user: Acting | null | undefined, input: { eventId: string; version: number; values: { report: string } }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, user, input.eventId, input.version);
    const [after] = await tx
      .update(events)
      .set({ report: input.values.report || null, ...bump(events) })
      .where(eq(events.id, input.eventId))
      .returning({ id: events.id, version: events.version, report: events.report });
    await writeAudit(tx, user, { action: "update_report", entity: "event", entityId: after.id, summary: before.title, before: { report: before.report }, after: { report: after.report } });
    return { id: after.id, version: after.version };
  });
});

/** How many guests "Mark no-shows" would change now. */
export const unmarkedNoShows = dataAccess(async function unmarkedNoShows(user: Acting | null | undefined, eventId: string): Promise<number> {
  authorize(user, "read");
  await readEvent(user, eventId);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.eventId, eventId), eq(invitations.answer, "accepted"), eq(invitations.attendance, "unknown")));
  return n;
});

/** Everyone who accepted and was not ticked in becomes a no-show, in one UPDATE; only once the event has begun. */
export const markNoShows = dataAccess(async function markNoShows(user: Acting | null | undefined, input: { eventId: string }): Promise<{ marked: number }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    if (!event.startsAt || event.startsAt.getTime() > Date.now()) throw new ValidationError("No-shows can be marked once the event has begun.");
    const marked = await tx
      .update(invitations)
      .set({ attendance: "no_show", ...bump(invitations) })
      .where(and(eq(invitations.eventId, event.id), eq(invitations.answer, "accepted"), eq(invitations.attendance, "unknown")))
      .returning({ id: invitations.id });
    await writeAudit(tx, user, {
      action: "mark_no_shows",
      entity: "event",
      entityId: event.id,
      summary: `${event.title}: ${marked.length} no-show${marked.length === 1 ? "" : "s"}`,
      after: { invitationIds: marked.map((m) => m.id) },
    });
    return { marked: marked.length };
  });
});

/**
 * A new contact list "Follow-up: <title>" of everyone who came and everyone who accepted but did
 * not come, filled with one INSERT … SELECT. Merged records are followed to the contact they were
 * merged into. Audited like a list created by hand (entity contact_list).
 */
export const createFollowUpList = dataAccess(async function createFollowUpList(user: Acting | null | undefined, input: { eventId: string }): Promise<{ id: string; members: number }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const name = `Follow-up: ${event.title}`.slice(0, 200);
    const description = "Guests who attended, and those who accepted but did not come.";
    const [list] = await tx
      .insert(contactLists)
      .values({ name, description, source: `event:${event.id}`, searchText: searchText.list({ name, description }), createdById: user.id })
      .returning();
    const [{ members }] = rowsOf<{ members: number }>(
      await tx.execute(sql`
        WITH added AS (
          INSERT INTO contact_list_members (list_id, contact_id, added_by_id)
          SELECT DISTINCT ${list.id}::uuid, coalesce(c.merged_into_id, c.id), ${user.id}::uuid
          FROM invitations i JOIN contacts c ON c.id = i.contact_id
          WHERE i.event_id = ${event.id} AND (i.attendance = 'attended' OR i.answer = 'accepted')
          ON CONFLICT DO NOTHING
          RETURNING 1
        )
        SELECT count(*)::int AS members FROM added`),
    );
    await writeAudit(tx, user, {
      action: "create",
      entity: "contact_list",
      entityId: list.id,
      summary: `${list.name} (${members} member${members === 1 ? "" : "s"})`,
      before: null,
      after: { ...list, members },
    });
    return { id: list.id, members };
  });
});
