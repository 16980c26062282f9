import "server-only";
import { and, asc, count, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contactLists, contacts, invitations, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { textMatch } from "@/lib/search/match";
import { readEvent, rsvpOpen } from "./event";
import { defaultTemplate } from "./merge";
import type { InvitationListParams } from "./schema";

export const INVITATION_PAGE_SIZE = 50;

/** The guest's first e-mail address, the primary one first. */
export const guestEmail = sql<string | null>`(SELECT e.email FROM contact_emails e WHERE e.contact_id = "contacts"."id"
  ORDER BY e.is_primary DESC, e.created_at, e.email LIMIT 1)`;

/** The event of the invitation screens, with the template to edit (the default when none is saved). */
export const getInvitationEvent = dataAccess(async function getInvitationEvent(user: Acting | null | undefined, eventId: string) {
  authorize(user, "read");
  const event = await readEvent(user, eventId);
  const started = !!event.startsAt && event.startsAt.getTime() <= Date.now();
  return { ...event, template: event.invitationTemplate.trim() ? event.invitationTemplate : defaultTemplate(event), rsvpOpen: rsvpOpen(event), started };
});

export const listInvitations = dataAccess(async function listInvitations(user: Acting | null | undefined, eventId: string, params: InvitationListParams) {
  authorize(user, "read");
  await readEvent(user, eventId);
  const filters: SQL[] = [eq(invitations.eventId, eventId)];
  if (params.answer !== "all") filters.push(eq(invitations.answer, params.answer));
  if (params.attendance !== "all") filters.push(eq(invitations.attendance, params.attendance));
  if (params.sent === "sent") filters.push(isNotNull(invitations.sentAt));
  if (params.sent === "unsent") filters.push(isNull(invitations.sentAt));
  const match = textMatch(contacts.searchText, params.q);
  if (match) filters.push(match.where);
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: invitations.id,
        contactId: contacts.id,
        name: contacts.fullName,
        title: contacts.title,
        organization: organizations.name,
        email: guestEmail,
        sentAt: invitations.sentAt,
        channel: invitations.channel,
        messageText: invitations.messageText,
        answer: invitations.answer,
        answeredAt: invitations.answeredAt,
        answerNote: invitations.answerNote,
        attendance: invitations.attendance,
        walkIn: invitations.walkIn,
        version: invitations.version,
      })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(where)
      .orderBy(...(match ? [match.rank] : []), asc(contacts.fullName), asc(invitations.id))
      .limit(INVITATION_PAGE_SIZE)
      .offset((params.page - 1) * INVITATION_PAGE_SIZE),
    db.select({ total: count() }).from(invitations).innerJoin(contacts, eq(contacts.id, invitations.contactId)).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: INVITATION_PAGE_SIZE };
});
export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>["rows"][number];

/** Up to 10 contacts matching a search who are not invited yet: the invitation picker. */
export const findContactsToInvite = dataAccess(async function findContactsToInvite(user: Acting | null | undefined, eventId: string, q: string) {
  authorize(user, "read");
  await readEvent(user, eventId);
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  return db
    .select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title, doNotContact: contacts.doNotContact })
    .from(contacts)
    .where(
      and(
        match.where,
        isNull(contacts.mergedIntoId),
        sql`NOT EXISTS (SELECT 1 FROM invitations i WHERE i.event_id = ${eventId} AND i.contact_id = "contacts"."id")`,
      ),
    )
    .orderBy(match.rank, asc(contacts.fullName))
    .limit(10);
});

export const listChoices = dataAccess(async function listChoices(user: Acting | null | undefined) {
  authorize(user, "read");
  return db.select({ id: contactLists.id, name: contactLists.name }).from(contactLists).orderBy(asc(contactLists.name)).limit(1_000);
});

/** A few guests to preview the template as they would receive it. */
export const previewGuests = dataAccess(async function previewGuests(user: Acting | null | undefined, eventId: string) {
  authorize(user, "read");
  await readEvent(user, eventId);
  return db
    .select({ id: invitations.id, name: contacts.fullName, title: contacts.title, salutation: contacts.salutation })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .where(eq(invitations.eventId, eventId))
    .orderBy(asc(contacts.fullName))
    .limit(100);
});
