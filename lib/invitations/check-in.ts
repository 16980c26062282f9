import "server-only";
import { and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts, invitations, organizations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { insertContacts } from "@/lib/contacts/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { textMatch } from "@/lib/search/match";
import { lockEvent, readEvent, refuseCancelled } from "./event";
import { lockInvitation } from "./mutations";

// On the day: find a guest by name, tick them in (or undo), add someone who came uninvited.

export const CHECK_IN_PAGE_SIZE = 50;
/** The printed sheet is one document: a larger event is cut here and says so. */
export const SHEET_LIMIT = 2_000;

const affiliation = sql<string | null>`coalesce(${organizations.name}, ${contacts.title})`;

export const listCheckIn = dataAccess(async function listCheckIn(user: Acting | null | undefined, eventId: string, params: { q: string; page: number }) {
  authorize(user, "read");
  await readEvent(user, eventId);
  const filters: SQL[] = [eq(invitations.eventId, eventId)];
  const match = textMatch(contacts.searchText, params.q);
  if (match) filters.push(match.where);
  const where = and(...filters);
  const [rows, [{ total }], [counts]] = await Promise.all([
    db
      .select({
        id: invitations.id,
        name: contacts.fullName,
        affiliation,
        answer: invitations.answer,
        attendance: invitations.attendance,
        checkedInAt: invitations.checkedInAt,
        walkIn: invitations.walkIn,
      })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(where)
      .orderBy(...(match ? [match.rank] : []), asc(contacts.fullName), asc(invitations.id))
      .limit(CHECK_IN_PAGE_SIZE)
      .offset((params.page - 1) * CHECK_IN_PAGE_SIZE),
    db.select({ total: count() }).from(invitations).innerJoin(contacts, eq(contacts.id, invitations.contactId)).where(where),
    db
      .select({
        expected: sql<number>`(count(*) FILTER (WHERE ${invitations.answer} = 'accepted' AND NOT ${invitations.walkIn}))::int`,
        attended: sql<number>`(count(*) FILTER (WHERE ${invitations.attendance} = 'attended'))::int`,
        walkIns: sql<number>`(count(*) FILTER (WHERE ${invitations.walkIn}))::int`,
      })
      .from(invitations)
      .where(eq(invitations.eventId, eventId)),
  ]);
  return { rows, total, page: params.page, pageSize: CHECK_IN_PAGE_SIZE, counts };
});
export type CheckInRow = Awaited<ReturnType<typeof listCheckIn>>["rows"][number];

/** Ticks a guest in (now) or undoes it. Idempotent: ticking twice keeps the first time. */
export const setAttendance = dataAccess(async function setAttendance(user: Acting | null | undefined, input: { eventId: string; invitationId: string; attended: boolean }) {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const before = await lockInvitation(tx, user, input.eventId, input.invitationId);
    const [after] = await tx
      .update(invitations)
      .set(
        input.attended
          ? { attendance: "attended", checkedInAt: before.checkedInAt ?? sql`now()`, ...bump(invitations) }
          : { attendance: "unknown", checkedInAt: null, ...bump(invitations) },
      )
      .where(eq(invitations.id, before.id))
      .returning();
    const [{ name }] = await tx.select({ name: contacts.fullName }).from(contacts).where(eq(contacts.id, after.contactId));
    await writeAudit(tx, user, {
      action: input.attended ? "check_in" : "check_in_undo",
      entity: "invitation",
      entityId: after.id,
      summary: name,
      before: { attendance: before.attendance, checkedInAt: before.checkedInAt },
      after: { attendance: after.attendance, checkedInAt: after.checkedInAt },
    });
    return { id: after.id, attendance: after.attendance };
  });
});

/**
 * Someone came without an invitation: a new contact (searchable like any other, its source the
 * event) and an invitation marked walk-in and attended, in one transaction.
 */
export const addWalkIn = dataAccess(async function addWalkIn(
  user: Acting | null | undefined,
  input: { eventId: string; values: { fullName: string; affiliation: string | null; email: string | null } },
): Promise<{ contactId: string; invitationId: string }> {
  authorize(user, "event.write");
  const { fullName, affiliation: title, email } = input.values;
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, user, input.eventId);
    refuseCancelled(event);
    const [contactId] = await insertContacts(tx, user, [{ fullName, title, source: `walk-in: ${event.title}`.slice(0, 300), emails: email ? [email] : [] }], {
      audit: () => `${fullName} (walk-in)`,
    });
    const [invitation] = await tx
      .insert(invitations)
      .values({ eventId: event.id, contactId, walkIn: true, attendance: "attended", checkedInAt: sql`now()`, createdById: user.id })
      .returning();
    await writeAudit(tx, user, { action: "walk_in", entity: "invitation", entityId: invitation.id, summary: `${fullName} → ${event.title}`, before: null, after: invitation });
    return { contactId, invitationId: invitation.id };
  });
});

/** The printable sheet: everyone expected or present (not those who declined), alphabetically. */
export const attendanceSheet = dataAccess(async function attendanceSheet(user: Acting | null | undefined, eventId: string) {
  authorize(user, "read");
  const event = await readEvent(user, eventId);
  const rows = await db
    .select({ id: invitations.id, name: contacts.fullName, affiliation, attended: sql<boolean>`${invitations.attendance} = 'attended'` })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
    .where(and(eq(invitations.eventId, eventId), ne(invitations.answer, "declined")))
    .orderBy(asc(contacts.fullName), asc(invitations.id))
    .limit(SHEET_LIMIT + 1);
  return { event, rows: rows.slice(0, SHEET_LIMIT), truncated: rows.length > SHEET_LIMIT };
});
