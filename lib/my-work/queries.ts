import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { appeals, contacts, events, eventTasks, incomingAppeals, invitations, users } from "@/db/schema";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { eventIdVisibleTo, eventVisibleTo } from "@/lib/events/visibility";
import { todayIn } from "@/lib/events/zoned";
import { INCOMING_CAPABILITY } from "@/lib/incoming/queries";
import { openIncomingStatuses } from "@/lib/incoming/schema";
import { incomingVisibleTo } from "@/lib/incoming/visibility";

/** Each section lists up to this many; its count is the whole. */
export const MY_WORK_LIMIT = 10;
/** RSVPs answered within this many days count as "came in recently". */
export const RSVP_DAYS = 14;

/** The latest review of an appeal is a return: a draft sent back to its author with a comment (never reviewed: false, not null). */
const returned = sql<boolean>`(SELECT r.decision FROM appeal_reviews r WHERE r.appeal_id = "appeals"."id" ORDER BY r.created_at DESC, r.id DESC LIMIT 1) IS NOT DISTINCT FROM 'returned'`;

async function section<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>) {
  const [r, [t]] = await Promise.all([rows, total]);
  return { rows: r, total: t.n };
}

/** The user's drafts that no reviewer has sent back (those are listed as returned). */
function myDrafts(user: Acting) {
  const where = and(eq(appeals.ownerId, user.id), eq(appeals.status, "draft"), sql`NOT ${returned}`, appealVisibleTo(user))!;
  return section(
    db
      .select({ id: appeals.id, title: appeals.title, type: appeals.type, updatedAt: appeals.updatedAt })
      .from(appeals)
      .where(where)
      .orderBy(desc(appeals.updatedAt), appeals.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(appeals).where(where),
  );
}

/** Drafts of the user whose latest review returned them, with the reviewer's comment. */
function returnedToMe(user: Acting) {
  const where = and(eq(appeals.ownerId, user.id), eq(appeals.status, "draft"), returned, appealVisibleTo(user))!;
  // sql.raw with column names from this closed list only.
  const latest = (column: "comment" | "created_at" | "reviewer_id") =>
    sql.raw(`(SELECT r.${column} FROM appeal_reviews r WHERE r.appeal_id = "appeals"."id" ORDER BY r.created_at DESC, r.id DESC LIMIT 1)`);
  return section(
    db
      .select({
        id: appeals.id,
        title: appeals.title,
        comment: sql<string | null>`${latest("comment")}`,
        returnedAt: sql<Date>`${latest("created_at")}`.mapWith(appeals.updatedAt),
        reviewerName: sql<string | null>`(SELECT u.name FROM users u WHERE u.id = ${latest("reviewer_id")})`,
      })
      .from(appeals)
      .where(where)
      .orderBy(desc(appeals.updatedAt), appeals.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(appeals).where(where),
  );
}

/**
 * The user's appeals a reviewer approved and nobody has sent yet: ready to print, download or
 * e-mail. Who approved and when come from the latest review (appeal_reviews), as for returns.
 */
function approvedForMe(user: Acting) {
  const where = and(eq(appeals.ownerId, user.id), eq(appeals.status, "approved"), appealVisibleTo(user))!;
  const latest = (column: "created_at" | "reviewer_id") =>
    sql.raw(`(SELECT r.${column} FROM appeal_reviews r WHERE r.appeal_id = "appeals"."id" AND r.decision = 'approved' ORDER BY r.created_at DESC, r.id DESC LIMIT 1)`);
  return section(
    db
      .select({
        id: appeals.id,
        title: appeals.title,
        approvedAt: sql<Date | null>`coalesce(${latest("created_at")}, ${appeals.approvedAt})`.mapWith(appeals.updatedAt),
        reviewerName: sql<string | null>`(SELECT u.name FROM users u WHERE u.id = coalesce(${latest("reviewer_id")}, ${appeals.approvedById}))`,
      })
      .from(appeals)
      .where(where)
      .orderBy(sql`${appeals.approvedAt} DESC NULLS LAST`, appeals.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(appeals).where(where),
  );
}

/** Appeals in review, the longest waiting first: managers' and admins' approvals. */
function approvalsWaiting(user: Acting) {
  const where = and(eq(appeals.status, "in_review"), appealVisibleTo(user))!;
  const owner = alias(users, "owner");
  return section(
    db
      .select({ id: appeals.id, title: appeals.title, submittedAt: appeals.submittedAt, ownerName: owner.name })
      .from(appeals)
      .leftJoin(owner, eq(owner.id, appeals.ownerId))
      .where(where)
      .orderBy(sql`${appeals.submittedAt} ASC NULLS LAST`, appeals.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(appeals).where(where),
  );
}

/** The user's event tasks due before today (the office's day) and not done, of events the user may see. */
function overdueTasks(user: Acting, today: string) {
  // Tested on the task's event_id: the count reads event_tasks alone.
  const visible = eventIdVisibleTo(user, sql`"event_tasks"."event_id"`);
  const where = and(eq(eventTasks.ownerId, user.id), isNull(eventTasks.doneAt), lt(eventTasks.dueOn, today), visible)!;
  return section(
    db
      .select({ id: eventTasks.id, title: eventTasks.title, dueOn: eventTasks.dueOn, eventId: events.id, eventTitle: events.title })
      .from(eventTasks)
      .innerJoin(events, eq(events.id, eventTasks.eventId))
      .where(where)
      .orderBy(asc(eventTasks.dueOn), eventTasks.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(eventTasks).where(where),
  );
}

/**
 * Answers from guests in the last RSVP_DAYS days to events the user coordinates (and may see: a
 * coordinator can lose sight of an event later linked to a restricted case), newest first.
 */
function recentRsvps(user: Acting, now: Date) {
  const since = new Date(now.getTime() - RSVP_DAYS * 24 * 3600 * 1000);
  const where = and(eq(events.coordinatorId, user.id), gte(invitations.answeredAt, since), sql`${invitations.answer} <> 'pending'`, eventVisibleTo(user))!;
  return section(
    db
      .select({
        id: invitations.id,
        answer: invitations.answer,
        answeredAt: invitations.answeredAt,
        guestName: contacts.fullName,
        eventId: events.id,
        eventTitle: events.title,
      })
      .from(invitations)
      .innerJoin(events, eq(events.id, invitations.eventId))
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .where(where)
      .orderBy(desc(invitations.answeredAt), invitations.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(invitations).innerJoin(events, eq(events.id, invitations.eventId)).where(where),
  );
}

/** Open incoming appeals (new, under review) assigned to the user, the earliest due first. */
function incomingForMe(user: Acting) {
  const where = and(eq(incomingAppeals.assignedToId, user.id), inArray(incomingAppeals.status, [...openIncomingStatuses]), incomingVisibleTo(user))!;
  return section(
    db
      .select({
        id: incomingAppeals.id,
        senderName: incomingAppeals.senderName,
        requestSummary: incomingAppeals.requestSummary,
        receivedOn: incomingAppeals.receivedOn,
        dueOn: incomingAppeals.dueOn,
        status: incomingAppeals.status,
      })
      .from(incomingAppeals)
      .where(where)
      .orderBy(sql`${incomingAppeals.dueOn} ASC NULLS LAST`, desc(incomingAppeals.receivedOn), incomingAppeals.id)
      .limit(MY_WORK_LIMIT),
    db.select({ n: count() }).from(incomingAppeals).where(where),
  );
}

/**
 * Everything waiting for the signed-in user, by section. Sections the user's role has no part
 * in are null: approvals for those who approve, incoming appeals for those who may read them.
 */
export const getMyWork = dataAccess(async function getMyWork(user: Acting, now = new Date()) {
  authorize(user, "read");
  const today = todayIn(undefined, now);
  const [drafts, returnedAppeals, approved, approvals, tasks, rsvps, incoming] = await Promise.all([
    myDrafts(user),
    returnedToMe(user),
    approvedForMe(user),
    can(user.role, "appeal.approve") ? approvalsWaiting(user) : null,
    overdueTasks(user, today),
    recentRsvps(user, now),
    can(user.role, INCOMING_CAPABILITY) ? incomingForMe(user) : null,
  ]);
  return { drafts, returned: returnedAppeals, approved, approvals, tasks, rsvps, incoming, today, now };
});
export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
