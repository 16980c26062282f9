import "server-only";
import { eq, sql } from "drizzle-orm";
import { runAs } from "@/db/actor";
import { db, type Tx } from "@/db/client";
import { contacts, events, invitations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { rsvpOpen } from "./event";
import { venueDate, venueTime, zoneLabel } from "./merge";
import type { Answer } from "./schema";
import { hashToken, isWellFormedToken, tokenMatches } from "./token";

// The guest's side, without a session: the token in the link is the only credential. It is
// looked up by its SHA-256 (an index, no scan, no comparison of secrets in JavaScript), then
// checked against the token the server would issue for that invitation now, in constant time.
// Every reason a link fails — malformed, unknown, reset, event started or cancelled — gives the
// same answer, so a failing link tells nothing about why.

export const INVALID_LINK = "This link is not valid.";

export type RsvpView = {
  guestName: string;
  eventTitle: string;
  date: string;
  time: string;
  timeZone: string;
  venue: string | null;
  room: string | null;
  city: string | null;
  answer: Answer;
  answerNote: string | null;
};

/**
 * The guest's page reads and writes as the guest of this link (db/actor.ts): their invitation and
 * its event are readable even when the event is about a restricted case; nothing else is.
 */
function asGuest<T>(token: string, fn: () => Promise<T>): Promise<T> {
  return runAs({ rsvpTokenHash: hashToken(token) }, fn);
}

async function findByToken(token: string, executor: Pick<Tx, "select"> = db, lock = false) {
  if (!isWellFormedToken(token)) return null;
  const query = executor
    .select({
      id: invitations.id,
      rsvpTokenCreatedAt: invitations.rsvpTokenCreatedAt,
      answer: invitations.answer,
      answerNote: invitations.answerNote,
      guestName: contacts.fullName,
      eventId: events.id,
      eventTitle: events.title,
      status: events.status,
      startsAt: events.startsAt,
      allDay: events.allDay,
      timeZone: events.timeZone,
      venue: events.venue,
      room: events.room,
      city: events.city,
    })
    .from(invitations)
    .innerJoin(events, eq(events.id, invitations.eventId))
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .where(eq(invitations.rsvpTokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  if (!row?.rsvpTokenCreatedAt || !tokenMatches(token, row.id, row.rsvpTokenCreatedAt)) return null;
  if (!rsvpOpen(row)) return null;
  return row;
}

/** What the guest's page shows: only their name, the event and their answer; null when the link is not valid. */
export async function rsvpView(token: string): Promise<RsvpView | null> {
  const row = await asGuest(token, () => findByToken(token));
  if (!row) return null;
  return {
    guestName: row.guestName,
    eventTitle: row.eventTitle,
    date: venueDate(row.startsAt, row.timeZone),
    time: venueTime(row.startsAt, row.timeZone, row.allDay),
    timeZone: zoneLabel(row.timeZone),
    venue: row.venue,
    room: row.room,
    city: row.city,
    answer: row.answer,
    answerNote: row.answerNote,
  };
}

/** The guest answers, or changes the answer, until the event starts. Audited with no actor. */
export async function answerRsvp(input: { token: string; answer: Exclude<Answer, "pending">; note: string | null }): Promise<{ answer: Answer }> {
  return asGuest(input.token, () => db.transaction(async (tx) => {
    const row = await findByToken(input.token, tx, true);
    if (!row) throw new NotFoundError(INVALID_LINK);
    const [after] = await tx
      .update(invitations)
      .set({ answer: input.answer, answerNote: input.note, answeredAt: sql`now()`, ...bump(invitations) })
      .where(eq(invitations.id, row.id))
      .returning({ answer: invitations.answer, answerNote: invitations.answerNote });
    await writeAudit(tx, null, {
      action: "rsvp",
      entity: "invitation",
      entityId: row.id,
      summary: `${row.guestName} → ${row.eventTitle}: ${input.answer}`,
      before: { answer: row.answer, answerNote: row.answerNote },
      after,
    });
    return { answer: after.answer };
  }));
}
