import { normalizeForSearch } from "@/lib/search/normalize";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactListMembers, contactLists, contacts, eventParticipants, events, invitations } from "@/db/schema";
import { zonedTimeToInstant } from "@/lib/events/zoned";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { addWalkIn, attendanceSheet, listCheckIn, setAttendance } from "./check-in";
import { eventFunnel } from "./funnel";
import { guestToken, resetGuestLink } from "./links";
import { defaultTemplate, invitationText, venueDate, venueTime } from "./merge";
import { generateTexts, inviteContacts, inviteList, markSent, removeInvitation, updateMessage, updateTemplate } from "./mutations";
import { findContactsToInvite, getInvitationEvent, listInvitations } from "./queries";
import { createFollowUpList, markNoShows, saveReport } from "./report";
import { answerRsvp, rsvpView } from "./rsvp";
import { invitationListSchema, templateFormSchema } from "./schema";
import { hashToken, rsvpToken } from "./token";

process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret-123";

const users = {} as Record<Role, TestUser>;
const allParams = invitationListSchema.parse({});

async function makeContact(name: string, extra: Partial<typeof contacts.$inferInsert> = {}) {
  const [row] = await db
    .insert(contacts)
    .values({ fullName: name, searchText: normalizeForSearch(name), ...extra })
    .returning({ id: contacts.id });
  return row.id;
}

/** A side-event on Thursday 4 July 2030, 12:30–14:30 at the venue in Luxembourg. */
async function makeEvent(values: Partial<typeof events.$inferInsert> = {}) {
  const [row] = await db
    .insert(events)
    .values({
      kind: "side_event",
      title: unique("Post-elections scenarios"),
      startsAt: zonedTimeToInstant("2030-07-04T12:30", "Europe/Luxembourg"),
      endsAt: zonedTimeToInstant("2030-07-04T14:30", "Europe/Luxembourg"),
      timeZone: "Europe/Luxembourg",
      venue: "European Convention Centre",
      room: "Room E (Level 1)",
      city: "Luxembourg",
      capacity: 120,
      status: "planned",
      ...values,
    })
    .returning();
  return row;
}

async function invitationOf(eventId: string, contactId: string) {
  const [row] = await db.select().from(invitations).where(and(eq(invitations.eventId, eventId), eq(invitations.contactId, contactId)));
  return row;
}

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
});

describe("inviting contacts and lists", () => {
  it("invites chosen contacts and a whole list once each, leaving out do-not-contact and merged records with counts", async () => {
    const event = await makeEvent();
    const anna = await makeContact(unique("Anna Guest"));
    const boris = await makeContact(unique("Boris Guest"));
    const dnc = await makeContact(unique("Dina Nocontact"), { doNotContact: true });
    const merged = await makeContact(unique("Mergy Old"), { mergedIntoId: boris });

    expect(await inviteContacts(users.coordinator, { eventId: event.id, contactIds: [anna, anna] })).toEqual({ added: 1, alreadyInvited: 0, doNotContact: 0, merged: 0 });

    const [list] = await db.insert(contactLists).values({ name: unique("Guests") }).returning({ id: contactLists.id });
    await db.insert(contactListMembers).values([anna, boris, dnc, merged].map((contactId) => ({ listId: list.id, contactId })));
    expect(await inviteList(users.manager, { eventId: event.id, listId: list.id })).toEqual({ added: 1, alreadyInvited: 1, doNotContact: 1, merged: 1 });
    // Again: nobody twice.
    expect(await inviteList(users.coordinator, { eventId: event.id, listId: list.id })).toEqual({ added: 0, alreadyInvited: 2, doNotContact: 1, merged: 1 });

    const rows = await db.select().from(invitations).where(eq(invitations.eventId, event.id));
    expect(rows.map((r) => r.contactId).sort()).toEqual([anna, boris].sort());
    for (const r of rows) expect(r).toMatchObject({ rsvpTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/), rsvpTokenCreatedAt: expect.any(Date), answer: "pending" });

    const listed = await listInvitations(users.viewer, event.id, allParams);
    expect(listed.total).toBe(2);
    const found = await findContactsToInvite(users.viewer, event.id, "guest");
    expect(found.map((c) => c.id)).not.toContain(anna);

    // Withdrawn while not sent; not once sent.
    const annaInv = await invitationOf(event.id, anna);
    const borisInv = await invitationOf(event.id, boris);
    await markSent(users.coordinator, { eventId: event.id, invitationIds: [borisInv.id], sentOn: new Date().toISOString().slice(0, 10), channel: "post" });
    await expect(removeInvitation(users.coordinator, { eventId: event.id, invitationId: borisInv.id })).rejects.toThrow(ValidationError);
    await removeInvitation(users.coordinator, { eventId: event.id, invitationId: annaInv.id });
    expect(await invitationOf(event.id, anna)).toBeUndefined();
  });

  it("refuses a cancelled event", async () => {
    const event = await makeEvent({ status: "cancelled" });
    const c = await makeContact(unique("Carla Guest"));
    await expect(inviteContacts(users.coordinator, { eventId: event.id, contactIds: [c] })).rejects.toThrow(ValidationError);
  });
});

describe("templates and merge fields", () => {
  it("writes the date and time in the venue's zone and names the co-hosts", async () => {
    const cohost = await makeContact(unique("Roberto Rampi"));
    const event = await makeEvent();
    await db.insert(eventParticipants).values({ eventId: event.id, contactId: cohost, role: "co_host" });
    const loaded = await getInvitationEvent(users.viewer, event.id);
    expect(loaded.coHosts).toHaveLength(1);
    // 12:30 in Luxembourg is 10:30 UTC in summer: the text says 12:30.
    expect(event.startsAt!.toISOString()).toBe("2030-07-04T10:30:00.000Z");
    expect(venueDate(event.startsAt, "Europe/Luxembourg")).toBe("Thursday 4 July 2030");
    expect(venueTime(event.startsAt, "Europe/Luxembourg")).toBe("12:30");
    expect(loaded.template).toBe(defaultTemplate(loaded));
    const text = invitationText(loaded.template, loaded, { name: "Heidi Hautala", title: "MEP", salutation: "Dear Ms Hautala" }, "https://x.test/rsvp/abc");
    expect(text).toContain("Dear Ms Hautala,");
    expect(text).toContain(`side-event “${event.title}” on Thursday 4 July 2030 at 12:30 (Luxembourg time), Room E (Level 1), European Convention Centre, Luxembourg, co-hosted by ${loaded.coHosts[0]}.`);
    expect(text).toContain("https://x.test/rsvp/abc");

    expect(templateFormSchema.safeParse({ template: "{{salutaton}}, come" }).error?.issues[0].message).toBe("Unknown merge field: {{salutaton}}.");
  });

  it("saves the template (version-checked), generates texts for unsent guests, keeps the link out of the stored text", async () => {
    const event = await makeEvent();
    const anna = await makeContact(unique("Anna Text"), { salutation: "Dear Anna" });
    const boris = await makeContact(unique("Boris Text"));
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: [anna, boris] });
    await expect(updateTemplate(users.coordinator, { eventId: event.id, version: 99, values: { template: "x" } })).rejects.toThrow(StaleError);
    const saved = await updateTemplate(users.coordinator, { eventId: event.id, version: event.version, values: { template: "{{salutation}}, see you at {{time}} ({{time_zone}}): {{rsvp_link}}" } });
    expect(saved.version).toBe(event.version + 1);

    const borisInv = await invitationOf(event.id, boris);
    await markSent(users.coordinator, { eventId: event.id, invitationIds: [borisInv.id], sentOn: "2024-01-02", channel: "post" });
    expect(await generateTexts(users.coordinator, { eventId: event.id, force: false })).toEqual({ generated: 1 });
    const annaInv = await invitationOf(event.id, anna);
    expect(annaInv.messageText).toBe("Dear Anna, see you at 12:30 (Luxembourg time): {{rsvp_link}}");
    expect((await invitationOf(event.id, boris)).messageText).toBeNull();
    expect(await generateTexts(users.coordinator, { eventId: event.id, force: true })).toEqual({ generated: 2 });
    expect((await invitationOf(event.id, boris)).messageText).toBe("Dear Sir or Madam, see you at 12:30 (Luxembourg time): {{rsvp_link}}");

    const current = await invitationOf(event.id, anna);
    const edited = await updateMessage(users.coordinator, { eventId: event.id, invitationId: annaInv.id, version: current.version, values: { messageText: "Dear Anna, personally: {{rsvp_link}}" } });
    await expect(updateMessage(users.coordinator, { eventId: event.id, invitationId: annaInv.id, version: current.version, values: { messageText: "again" } })).rejects.toThrow(StaleError);
    expect(edited.version).toBe(current.version + 1);
  });

  it("marks sent in bulk with date and channel and moves a planned event to invitations sent, audited", async () => {
    const event = await makeEvent();
    const ids = [await makeContact(unique("Sent One")), await makeContact(unique("Sent Two"))];
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: ids });
    const invs = await Promise.all(ids.map((c) => invitationOf(event.id, c)));
    expect(await markSent(users.coordinator, { eventId: event.id, invitationIds: invs.map((i) => i.id), sentOn: "2024-05-06", channel: "hand_delivery" })).toEqual({ marked: 2 });
    for (const c of ids) expect(await invitationOf(event.id, c)).toMatchObject({ channel: "hand_delivery", sentAt: new Date("2024-05-06T12:00:00Z") });
    const [after] = await db.select().from(events).where(eq(events.id, event.id));
    expect(after.status).toBe("invitations_sent");
    expect(after.version).toBe(event.version + 1);
    const audits = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, event.id), eq(auditEntries.action, "status")));
    expect(audits).toHaveLength(1);
  });
});

describe("RSVP tokens and answers", () => {
  it("a valid token shows only this guest's invitation; the answer can change until the start", async () => {
    const event = await makeEvent();
    const anna = await makeContact(unique("Anna Rsvp"));
    const boris = await makeContact(unique("Boris Rsvp"));
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: [anna, boris] });
    const annaInv = await invitationOf(event.id, anna);
    const { token } = await guestToken(users.coordinator, { eventId: event.id, invitationId: annaInv.id });
    expect(token).toBe(rsvpToken(annaInv.id, annaInv.rsvpTokenCreatedAt!));
    expect(hashToken(token)).toBe(annaInv.rsvpTokenHash);

    const view = await rsvpView(token);
    expect(view).toMatchObject({ eventTitle: event.title, date: "Thursday 4 July 2030", time: "12:30", timeZone: "Luxembourg time", room: "Room E (Level 1)", answer: "pending" });
    expect(view!.guestName).toMatch(/^Anna Rsvp/);
    expect(JSON.stringify(view)).not.toContain("Boris");

    await answerRsvp({ token, answer: "accepted", note: "With my assistant" });
    await answerRsvp({ token, answer: "tentative", note: null });
    expect(await invitationOf(event.id, anna)).toMatchObject({ answer: "tentative", answerNote: null, answeredAt: expect.any(Date) });
    expect(await invitationOf(event.id, boris)).toMatchObject({ answer: "pending" });
    const audits = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, annaInv.id), eq(auditEntries.action, "rsvp")));
    expect(audits).toHaveLength(2);
    expect(audits[0].actorId).toBeNull();

    // One token reaches exactly one invitation: Boris's token is different and answers for Boris only.
    const borisToken = (await guestToken(users.manager, { eventId: event.id, invitationId: (await invitationOf(event.id, boris)).id })).token;
    expect(borisToken).not.toBe(token);
    await answerRsvp({ token: borisToken, answer: "declined", note: null });
    expect(await invitationOf(event.id, anna)).toMatchObject({ answer: "tentative" });
    expect(await invitationOf(event.id, boris)).toMatchObject({ answer: "declined" });
  });

  it("a reset, tampered, malformed or unknown token, a started or cancelled event all give nothing", async () => {
    const event = await makeEvent();
    const anna = await makeContact(unique("Anna Reset"));
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: [anna] });
    const inv = await invitationOf(event.id, anna);
    const { token: old } = await guestToken(users.coordinator, { eventId: event.id, invitationId: inv.id });
    const { token: fresh } = await resetGuestLink(users.coordinator, { eventId: event.id, invitationId: inv.id });
    expect(fresh).not.toBe(old);
    expect(await rsvpView(old)).toBeNull();
    await expect(answerRsvp({ token: old, answer: "accepted", note: null })).rejects.toThrow(NotFoundError);
    expect(await rsvpView(fresh)).not.toBeNull();

    const tampered = `${fresh.slice(0, -1)}${fresh.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "short", "", `${fresh}x`, "../../etc/passwd"]) {
      expect(await rsvpView(bad)).toBeNull();
      await expect(answerRsvp({ token: bad, answer: "accepted", note: null })).rejects.toThrow("This link is not valid.");
    }

    await db.update(events).set({ status: "cancelled" }).where(eq(events.id, event.id));
    expect(await rsvpView(fresh)).toBeNull();
    await db.update(events).set({ status: "planned", startsAt: new Date(Date.now() - 60_000) }).where(eq(events.id, event.id));
    expect(await rsvpView(fresh)).toBeNull();
    await expect(answerRsvp({ token: fresh, answer: "accepted", note: null })).rejects.toThrow(NotFoundError);
    expect(await invitationOf(event.id, anna)).toMatchObject({ answer: "pending" });
  });
});

describe("funnel, check-in and after the event", () => {
  it("the funnel matches direct counts; check-in, walk-ins, no-shows and the follow-up list", async () => {
    const event = await makeEvent({ capacity: 50 });
    const names = ["Ada", "Ben", "Cleo", "Dan", "Eva"].map((n) => unique(`${n} Funnel`));
    const ids = await Promise.all(names.map((n) => makeContact(n)));
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: ids });
    const inv = await Promise.all(ids.map((c) => invitationOf(event.id, c)));
    await markSent(users.coordinator, { eventId: event.id, invitationIds: inv.slice(0, 4).map((i) => i.id), sentOn: "2024-01-01", channel: "email" });
    const tokenOf = async (i: number) => (await guestToken(users.coordinator, { eventId: event.id, invitationId: inv[i].id })).token;
    await answerRsvp({ token: await tokenOf(0), answer: "accepted", note: null });
    await answerRsvp({ token: await tokenOf(1), answer: "accepted", note: null });
    await answerRsvp({ token: await tokenOf(2), answer: "declined", note: null });
    await answerRsvp({ token: await tokenOf(3), answer: "tentative", note: null });

    // Check-in: Ada comes (ticked twice, undone, ticked again); a walk-in is added.
    await setAttendance(users.coordinator, { eventId: event.id, invitationId: inv[0].id, attended: true });
    await setAttendance(users.coordinator, { eventId: event.id, invitationId: inv[0].id, attended: false });
    await setAttendance(users.coordinator, { eventId: event.id, invitationId: inv[0].id, attended: true });
    const walkInName = unique("Walter Walkin");
    const walkIn = await addWalkIn(users.coordinator, { eventId: event.id, values: { fullName: walkInName, affiliation: "Free Press NGO", email: "walter@example.org" } });
    // The new contact is found by name like any other.
    expect((await listCheckIn(users.viewer, event.id, { q: walkInName, page: 1 })).rows.map((r) => r.name)).toEqual([walkInName]);
    expect(await db.select().from(invitations).where(eq(invitations.id, walkIn.invitationId))).toMatchObject([{ walkIn: true, attendance: "attended" }]);
    const search = await listCheckIn(users.viewer, event.id, { q: names[0].split(" ")[2], page: 1 });
    expect(search.rows.map((r) => r.name)).toEqual([names[0]]);
    expect(search.counts).toEqual({ expected: 2, attended: 2, walkIns: 1 });

    // No-shows only once the event has begun.
    await expect(markNoShows(users.coordinator, { eventId: event.id })).rejects.toThrow(ValidationError);
    await db.update(events).set({ startsAt: new Date(Date.now() - 3_600_000) }).where(eq(events.id, event.id));
    expect(await markNoShows(users.coordinator, { eventId: event.id })).toEqual({ marked: 1 });

    const funnel = await eventFunnel(users.viewer, event.id);
    const direct = async (where: ReturnType<typeof sql>) =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(invitations).where(and(eq(invitations.eventId, event.id), where)))[0].n;
    expect(funnel).toEqual({
      capacity: 50,
      invited: await direct(sql`NOT walk_in`),
      sent: await direct(sql`sent_at IS NOT NULL`),
      answered: await direct(sql`NOT walk_in AND answer <> 'pending'`),
      accepted: await direct(sql`answer = 'accepted'`),
      declined: await direct(sql`answer = 'declined'`),
      tentative: await direct(sql`answer = 'tentative'`),
      attended: await direct(sql`attendance = 'attended'`),
      noShow: await direct(sql`attendance = 'no_show'`),
      walkIns: 1,
    });
    expect(funnel).toMatchObject({ invited: 5, sent: 4, answered: 4, accepted: 2, declined: 1, tentative: 1, attended: 2, noShow: 1 });

    const sheet = await attendanceSheet(users.viewer, event.id);
    expect(sheet.rows.map((r) => r.name)).toEqual([names[0], names[1], names[3], names[4], walkInName].sort((a, b) => a.localeCompare(b)));

    // Follow-up: Ada (came), Ben (accepted, absent), the walk-in; not Cleo, Dan or Eva.
    const list = await createFollowUpList(users.coordinator, { eventId: event.id });
    expect(list.members).toBe(3);
    const [row] = await db.select().from(contactLists).where(eq(contactLists.id, list.id));
    expect(row.name).toBe(`Follow-up: ${event.title}`);
    const members = await db.select({ id: contactListMembers.contactId }).from(contactListMembers).where(eq(contactListMembers.listId, list.id));
    expect(members.map((m) => m.id).sort()).toEqual([ids[0], ids[1], walkIn.contactId].sort());

    // The first "sent" moved the event to invitations sent, a new version of it.
    const [{ version }] = await db.select({ version: events.version }).from(events).where(eq(events.id, event.id));
    const saved = await saveReport(users.coordinator, { eventId: event.id, version, values: { report: "## Went well\n\nFull room." } });
    await expect(saveReport(users.coordinator, { eventId: event.id, version, values: { report: "x" } })).rejects.toThrow(StaleError);
    expect(saved.version).toBe(version + 1);
  });
});

describe("who may do what", () => {
  it("refuses readers and nobody everything that writes; readers read", async () => {
    const event = await makeEvent();
    const c = await makeContact(unique("Role Guest"));
    await inviteContacts(users.admin, { eventId: event.id, contactIds: [c] });
    const inv = await invitationOf(event.id, c);
    const ref = { eventId: event.id, invitationId: inv.id };
    for (const user of [users.viewer, users.officer, null]) {
      await expect(inviteContacts(user, { eventId: event.id, contactIds: [c] })).rejects.toThrow(ForbiddenError);
      await expect(removeInvitation(user, ref)).rejects.toThrow(ForbiddenError);
      await expect(updateTemplate(user, { eventId: event.id, version: 1, values: { template: "" } })).rejects.toThrow(ForbiddenError);
      await expect(generateTexts(user, { eventId: event.id, force: true })).rejects.toThrow(ForbiddenError);
      await expect(markSent(user, { ...ref, invitationIds: [inv.id], sentOn: "2024-01-01", channel: "post" })).rejects.toThrow(ForbiddenError);
      await expect(guestToken(user, ref)).rejects.toThrow(ForbiddenError);
      await expect(resetGuestLink(user, ref)).rejects.toThrow(ForbiddenError);
      await expect(setAttendance(user, { ...ref, attended: true })).rejects.toThrow(ForbiddenError);
      await expect(addWalkIn(user, { eventId: event.id, values: { fullName: "X Y", affiliation: null, email: null } })).rejects.toThrow(ForbiddenError);
      await expect(saveReport(user, { eventId: event.id, version: 1, values: { report: "" } })).rejects.toThrow(ForbiddenError);
      await expect(markNoShows(user, { eventId: event.id })).rejects.toThrow(ForbiddenError);
      await expect(createFollowUpList(user, { eventId: event.id })).rejects.toThrow(ForbiddenError);
    }
    await expect(eventFunnel(null, event.id)).rejects.toThrow(ForbiddenError);
    await expect(listInvitations(null, event.id, allParams)).rejects.toThrow(ForbiddenError);
    expect((await listInvitations(users.viewer, event.id, allParams)).total).toBe(1);
    expect(await invitationOf(event.id, c)).toMatchObject({ sentAt: null, attendance: "unknown" });
  });
});
