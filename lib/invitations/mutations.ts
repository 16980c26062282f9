import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contacts, events, invitations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { eventIdVisibleTo } from "@/lib/events/visibility";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { lockEvent, markInvitationsSent, refuseCancelled } from "./event";
import { defaultTemplate, invitationText } from "./merge";
import { INVITE_LIMIT } from "./schema";
import { issueToken } from "./token";
import type { DispatchChannel } from "@/db/enums";

export type InviteResult = { added: number; alreadyInvited: number; doNotContact: number; merged: number };

/**
 * Gives each of these invitations its RSVP token (only its hash is stored), in one UPDATE.
 * Called when invitations are created; `ensureToken` covers older ones without a token.
 */
export async function issueTokens(tx: Tx, invitationIds: string[]): Promise<void> {
  if (!invitationIds.length) return;
  const now = new Date();
  const issued = invitationIds.map((id) => ({ id, ...issueToken(id, now) }));
  await tx.execute(sql`
    UPDATE invitations i SET rsvp_token_hash = v.hash, rsvp_token_created_at = ${issued[0].createdAt.toISOString()}::timestamptz
    FROM unnest(${sql.param(issued.map((t) => t.id))}::uuid[], ${sql.param(issued.map((t) => t.hash))}::text[]) AS v(id, hash)
    WHERE i.id = v.id`);
}

/**
 * Invites every contact matching `where` with one INSERT … SELECT … ON CONFLICT DO NOTHING.
 * Contacts already invited are skipped; those marked do-not-contact and merged records are left
 * out; all three are counted for the notice.
 */
async function inviteMatching(user: Acting, eventId: string, where: SQL, summary: string): Promise<InviteResult> {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, eventId);
    refuseCancelled(event);
    const [{ found, doNotContact, merged }] = await tx
      .select({
        found: sql<number>`count(*)::int`,
        merged: sql<number>`(count(*) FILTER (WHERE ${contacts.mergedIntoId} IS NOT NULL))::int`,
        doNotContact: sql<number>`(count(*) FILTER (WHERE ${contacts.mergedIntoId} IS NULL AND ${contacts.doNotContact}))::int`,
      })
      .from(contacts)
      .where(where);
    const eligible = found - merged - doNotContact;
    if (eligible > INVITE_LIMIT) {
      throw new ValidationError(`${eligible.toLocaleString("en")} contacts match, more than the ${INVITE_LIMIT.toLocaleString("en")} that can be invited at once.`);
    }
    const inserted = rowsOf<{ id: string }>(
      await tx.execute(sql`
        INSERT INTO invitations (event_id, contact_id, created_by_id)
        SELECT ${eventId}::uuid, c.id, ${user.id}::uuid
        FROM contacts c
        WHERE c.id IN (SELECT ${contacts.id} FROM ${contacts} WHERE ${where}) AND c.merged_into_id IS NULL AND NOT c.do_not_contact
        ON CONFLICT (event_id, contact_id) DO NOTHING
        RETURNING id`),
    );
    await issueTokens(
      tx,
      inserted.map((r) => r.id),
    );
    const result = { added: inserted.length, alreadyInvited: eligible - inserted.length, doNotContact, merged };
    await writeAudit(tx, user, {
      action: "invite",
      entity: "event",
      entityId: eventId,
      summary: `${event.title}: ${summary}; ${result.added} invited, ${result.alreadyInvited} already invited, ${doNotContact} do not contact, ${merged} merged`,
      before: null,
      after: result,
    });
    return result;
  });
}

export const inviteContacts = dataAccess(async function inviteContacts(user: Acting | null | undefined, input: { eventId: string; contactIds: string[] }): Promise<InviteResult> {
  authorize(user, "event.write");
  const ids = [...new Set(input.contactIds)];
  return inviteMatching(user, input.eventId, inArray(contacts.id, ids), `${ids.length} contact${ids.length === 1 ? "" : "s"} chosen`);
});

/** Everyone on a list at once. */
export const inviteList = dataAccess(async function inviteList(user: Acting | null | undefined, input: { eventId: string; listId: string }): Promise<InviteResult> {
  authorize(user, "event.write");
  const [list] = rowsOf<{ name: string }>(await db.execute(sql`SELECT name FROM contact_lists WHERE id = ${input.listId}`));
  if (!list) throw new NotFoundError("This list no longer exists.");
  const where = sql`EXISTS (SELECT 1 FROM contact_list_members m WHERE m.list_id = ${input.listId} AND m.contact_id = "contacts"."id")`;
  return inviteMatching(user, input.eventId, where, `from list “${list.name}”`);
});

/**
 * Locks one invitation of this event, when the user may see the event (else: like a missing one),
 * and, when given, checks the version the user saw is still current.
 */
export function lockInvitation(tx: Tx, user: Acting, eventId: string, invitationId: string, version?: number) {
  return lockVersioned(tx, invitations, invitationId, version, {
    where: and(eq(invitations.eventId, eventId), eventIdVisibleTo(user, sql`"invitations"."event_id"`)),
  });
}

const nameOf = async (tx: Tx, contactId: string) =>
  (await tx.select({ name: contacts.fullName }).from(contacts).where(eq(contacts.id, contactId)))[0]?.name ?? "a guest";

/** Withdraws an invitation that has not gone out yet; once sent, it stays on record. */
export const removeInvitation = dataAccess(async function removeInvitation(user: Acting | null | undefined, input: { eventId: string; invitationId: string }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const row = await lockInvitation(tx, user, input.eventId, input.invitationId);
    if (row.sentAt) throw new ValidationError("This invitation has been sent: it stays on record.");
    await tx.delete(invitations).where(eq(invitations.id, row.id));
    const name = await nameOf(tx, row.contactId);
    await writeAudit(tx, user, { action: "uninvite", entity: "invitation", entityId: row.id, summary: name, before: row, after: null });
    return { id: row.id };
  });
});

export const updateTemplate = dataAccess(async function updateTemplate(user: Acting | null | undefined, input: { eventId: string; version: number; values: { template: string } }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, user, input.eventId, input.version);
    const [after] = await tx
      .update(events)
      .set({ invitationTemplate: input.values.template, ...bump(events) })
      .where(eq(events.id, input.eventId))
      .returning({ id: events.id, version: events.version, invitationTemplate: events.invitationTemplate });
    await writeAudit(tx, user, {
      action: "update_template",
      entity: "event",
      entityId: after.id,
      summary: before.title,
      before: { invitationTemplate: before.invitationTemplate },
      after: { invitationTemplate: after.invitationTemplate },
    });
    return { id: after.id, version: after.version };
  });
});

/**
 * Writes each guest's text from the event's template (the default wording when it has none), in
 * one UPDATE. Only guests not yet sent to, unless `force`: a text already sent stays as it was.
 */
export const generateTexts = dataAccess(async function generateTexts(
  user: Acting | null | undefined,
  input: { eventId: string; force: boolean },
): Promise<{ generated: number }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    const text = event.invitationTemplate.trim() ? event.invitationTemplate : defaultTemplate(event);
    const guests = await tx
      .select({ id: invitations.id, name: contacts.fullName, title: contacts.title, salutation: contacts.salutation })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .where(and(eq(invitations.eventId, input.eventId), eq(invitations.walkIn, false), input.force ? undefined : isNull(invitations.sentAt)));
    if (guests.length) {
      await tx.execute(sql`
        UPDATE invitations i SET message_text = v.text, updated_at = now(), version = i.version + 1
        FROM unnest(${sql.param(guests.map((g) => g.id))}::uuid[], ${sql.param(guests.map((g) => invitationText(text, event, g)))}::text[]) AS v(id, text)
        WHERE i.id = v.id`);
    }
    await writeAudit(tx, user, {
      action: "generate_texts",
      entity: "event",
      entityId: event.id,
      summary: `${event.title}: ${guests.length} invitation text${guests.length === 1 ? "" : "s"}${input.force ? " (all, sent ones too)" : ""}`,
    });
    return { generated: guests.length };
  });
});

/** One guest's text, edited by hand. */
export const updateMessage = dataAccess(async function updateMessage(
  user: Acting | null | undefined,
  input: { eventId: string; invitationId: string; version: number; values: { messageText: string } },
) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockInvitation(tx, user, input.eventId, input.invitationId, input.version);
    const [after] = await tx
      .update(invitations)
      .set({ messageText: input.values.messageText, ...bump(invitations) })
      .where(eq(invitations.id, before.id))
      .returning();
    await writeAudit(tx, user, { action: "update_text", entity: "invitation", entityId: after.id, summary: await nameOf(tx, after.contactId), before, after });
    return { id: after.id, version: after.version };
  });
});

/** A date picked in the form: today means now; an earlier day, noon UTC of that day. */
function sentInstant(sentOn: string): Date {
  const today = new Date().toISOString().slice(0, 10);
  return sentOn === today ? new Date() : new Date(`${sentOn}T12:00:00Z`);
}

/** Records that these invitations went out, by hand, on a day and through a channel. */
export const markSent = dataAccess(async function markSent(
  user: Acting | null | undefined,
  input: { eventId: string; invitationIds: string[]; sentOn: string; channel: DispatchChannel },
): Promise<{ marked: number }> {
  authorize(user, "event.write");
  if (input.sentOn > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)) throw new ValidationError("The date cannot be in the future.", "sentOn");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    refuseCancelled(event);
    const ids = [...new Set(input.invitationIds)];
    const marked = await tx
      .update(invitations)
      .set({ sentAt: sentInstant(input.sentOn), channel: input.channel, ...bump(invitations) })
      .where(and(eq(invitations.eventId, input.eventId), inArray(invitations.id, ids), eq(invitations.walkIn, false)))
      .returning({ id: invitations.id, hasToken: sql<boolean>`${invitations.rsvpTokenHash} IS NOT NULL` });
    if (!marked.length) throw new NotFoundError();
    await issueTokens(
      tx,
      marked.filter((m) => !m.hasToken).map((m) => m.id),
    );
    await writeAudit(tx, user, {
      action: "mark_sent",
      entity: "event",
      entityId: event.id,
      summary: `${event.title}: ${marked.length} invitation${marked.length === 1 ? "" : "s"} sent on ${input.sentOn} by ${input.channel}`,
      after: { invitationIds: marked.map((m) => m.id), sentOn: input.sentOn, channel: input.channel },
    });
    await markInvitationsSent(tx, user, event.id);
    return { marked: marked.length };
  });
});
