import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { caseAssignments, campaigns, cases, contacts, eventCases, eventParticipants, events, eventTasks, invitations } from "@/db/schema";
import { campaignRecords, campaignTimeline } from "@/lib/campaigns/overview";
import { getCaseTimeline } from "@/lib/cases/timeline";
import { getContactTimeline } from "@/lib/contacts/timeline";
import { dashboardData } from "@/lib/dashboard/queries";
import { dashboardSchema } from "@/lib/dashboard/schema";
import { NotFoundError } from "@/lib/errors";
import { attendanceSheet, addWalkIn, listCheckIn, setAttendance } from "@/lib/invitations/check-in";
import { eventFunnel } from "@/lib/invitations/funnel";
import { guestToken } from "@/lib/invitations/links";
import { inviteContacts, updateTemplate } from "@/lib/invitations/mutations";
import { findContactsToInvite, getInvitationEvent, listInvitations, previewGuests } from "@/lib/invitations/queries";
import { saveReport, unmarkedNoShows } from "@/lib/invitations/report";
import { invitationListSchema } from "@/lib/invitations/schema";
import { invitationEmailPlan } from "@/lib/invitations/smtp";
import { getMyWork } from "@/lib/my-work/queries";
import { searchEverywhere } from "@/lib/search/everywhere";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, setRowSecurity, type TestUser, unique } from "@/tests/helpers";
import { addParticipant, changeEventStatus, updateEvent } from "./mutations";
import { calendarEvents } from "./calendar-queries";
import { getEvent } from "./detail";
import { eventForCalendarFile, upcomingForFeed } from "./ics-queries";
import { listEvents } from "./list";
import { eventFormSchema, eventListSchema, taskFormSchema } from "./schema";
import { listEventTasks, myOpenTasks } from "./task-queries";
import { createTask, setTaskDone } from "./tasks";

// Every check runs twice: with the database's row-level security, and with it switched off for
// this test database, so that only the application's own SQL filters (eventVisibleTo) stand
// between the user and the event. (Word searches, the palette's, find rows of row-secured tables
// through app_search_ids, which applies the policy's rule itself, switched off or not: the lists
// are therefore checked through their campaign filter, not a search.)
type Who = "viewer" | "coordinator" | "officer" | "assignedOfficer" | "assignedCoordinator" | "manager";
const users = {} as Record<Who, TestUser>;
let word: string;
let campaignId: string;
let openCaseId: string;
let contactId: string;
/** The day both events take place, a month from now. */
let day: string;
/** The event about the restricted case (coordinated by the unassigned coordinator), and one about the open case only. */
const hidden = { id: "", invitationId: "", taskId: "" };
const shown = { id: "" };

beforeAll(async () => {
  for (const who of ["viewer", "coordinator", "officer", "manager"] as const) users[who] = await createTestUser(who);
  users.assignedOfficer = await createTestUser("officer");
  users.assignedCoordinator = await createTestUser("coordinator");
  const [openCase, restricted] = await db
    .insert(cases)
    .values([{ primaryName: unique("Open person") }, { primaryName: unique("Restricted person"), restricted: true }])
    .returning({ id: cases.id });
  openCaseId = openCase.id;
  await db.insert(caseAssignments).values([users.assignedOfficer, users.assignedCoordinator].map((u) => ({ caseId: restricted.id, userId: u.id })));
  [{ id: campaignId }] = await db.insert(campaigns).values({ name: unique("Campaign of events"), status: "active" }).returning({ id: campaigns.id });
  const guestName = unique("Invited MEP");
  [{ id: contactId }] = await db.insert(contacts).values({ fullName: guestName, searchText: normalizeForSearch(guestName) }).returning({ id: contacts.id });

  word = unique("Hearing").replace(" ", "");
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  startsAt.setUTCHours(12, 0, 0, 0);
  day = startsAt.toISOString().slice(0, 10);
  const event = (title: string) => ({
    kind: "side_event" as const, title, searchText: normalizeForSearch(title), campaignId, status: "planned" as const,
    startsAt, timeZone: "Europe/Paris", coordinatorId: users.coordinator.id,
  });
  const [a, b] = await db.insert(events).values([event(`Hearing ${word} restricted`), event(`Hearing ${word} open`)]).returning({ id: events.id });
  hidden.id = a.id;
  shown.id = b.id;
  await db.insert(eventCases).values([
    { eventId: hidden.id, caseId: openCase.id },
    { eventId: hidden.id, caseId: restricted.id },
    { eventId: shown.id, caseId: openCase.id },
  ]);
  const answeredAt = new Date(Date.now() - 86_400_000);
  const invited = await db
    .insert(invitations)
    .values([hidden.id, shown.id].map((eventId) => ({ eventId, contactId, answer: "accepted" as const, answeredAt, sentAt: answeredAt })))
    .returning({ id: invitations.id, eventId: invitations.eventId });
  hidden.invitationId = invited.find((i) => i.eventId === hidden.id)!.id;
  await db.insert(eventParticipants).values([hidden.id, shown.id].map((eventId) => ({ eventId, contactId, role: "speaker" as const })));
  // An overdue task on each event for everyone: "My tasks" and My work list them.
  const tasks = await db
    .insert(eventTasks)
    .values([hidden.id, shown.id].flatMap((eventId) => Object.values(users).map((u) => ({ eventId, title: "Book the room", ownerId: u.id, dueOn: "2020-01-01" }))))
    .returning({ id: eventTasks.id, eventId: eventTasks.eventId, ownerId: eventTasks.ownerId });
  hidden.taskId = tasks.find((t) => t.eventId === hidden.id && t.ownerId === users.coordinator.id)!.id;
});

/** true when the call succeeds, false when it answers "not found"; anything else fails the test. */
const found = (call: Promise<unknown>) =>
  call.then(
    () => true,
    (e) => {
      if (e instanceof NotFoundError) return false;
      throw e;
    },
  );

/** Of these event ids, those among ours, sorted. */
const ours = (ids: string[]) => ids.filter((id) => id === hidden.id || id === shown.id).sort();

/** Every surface that shows events, as one user sees it. */
async function surfaces(user: TestUser) {
  const list = await listEvents(user, eventListSchema.parse({ campaign: campaignId, when: "all" }));
  const palette = await searchEverywhere(user, word, { kinds: ["event"] });
  const dashboard = await dashboardData(user, dashboardSchema.parse({ campaign: campaignId, from: day, to: day }));
  const records = await campaignRecords(user, campaignId);
  const work = await getMyWork(user);
  const hrefs = async (page: Promise<{ entries: Array<{ href: string | null }> }>) => (await page).entries.map((e) => e.href);
  return {
    listed: ours(list.rows.map((r) => r.id)),
    counted: list.total,
    calendar: ours((await calendarEvents(user, day.slice(0, 7))).map((e) => e.id)),
    feed: ours((await upcomingForFeed(user)).map((e) => e.id)),
    detail: await found(getEvent(user, hidden.id)),
    ics: await found(eventForCalendarFile(user, hidden.id)),
    tasks: await found(listEventTasks(user, hidden.id)),
    myTasks: ours((await myOpenTasks(user)).map((t) => t.eventId)),
    invitationEvent: await found(getInvitationEvent(user, hidden.id)),
    invitations: await found(listInvitations(user, hidden.id, invitationListSchema.parse({}))),
    inviteSearch: await found(findContactsToInvite(user, hidden.id, "Invited MEP")),
    preview: await found(previewGuests(user, hidden.id)),
    checkIn: await found(listCheckIn(user, hidden.id, { q: "", page: 1 })),
    sheet: await found(attendanceSheet(user, hidden.id)),
    funnel: await found(eventFunnel(user, hidden.id)),
    noShows: await found(unmarkedNoShows(user, hidden.id)),
    palette: ours(palette.groups.flatMap((g) => g.hits.map((h) => h.id))),
    contactTimeline: await hrefs(getContactTimeline(user, contactId)),
    caseTimeline: await hrefs(getCaseTimeline(user, openCaseId)),
    campaignTimeline: await hrefs(campaignTimeline(user, campaignId)),
    campaignEvents: ours(records.events.rows.map((r) => r.id)),
    campaignEventCount: records.events.total,
    myWorkTasks: ours(work.tasks.rows.map((t) => t.eventId)),
    myWorkTaskCount: work.tasks.total,
    myWorkRsvps: ours(work.rsvps.rows.map((r) => r.eventId)),
    dashboardEvents: dashboard.events.total,
    dashboardMonths: dashboard.eventMonths.reduce((n, m) => n + m.past + m.upcoming, 0),
  };
}

describe.each([
  ["with the database's row security", true],
  ["by the application's own filters alone", false],
])("an event about a restricted case, %s", (_how, rowSecurity) => {
  beforeAll(async () => {
    if (!rowSecurity) await setRowSecurity(false);
  });
  afterAll(async () => {
    await setRowSecurity(true);
  });

  it("is hidden whole from viewers, officers and unassigned coordinators: lists, calendar, feed, detail, tasks, guests, palette, timelines, campaign, my work, dashboard", async () => {
    const href = `/events/${hidden.id}`;
    for (const who of ["viewer", "officer", "coordinator"] as const) {
      const seen = await surfaces(users[who]);
      expect(seen, who).toEqual({
        listed: [shown.id],
        counted: 1,
        calendar: [shown.id],
        feed: [shown.id],
        detail: false,
        ics: false,
        tasks: false,
        myTasks: [shown.id],
        invitationEvent: false,
        invitations: false,
        inviteSearch: false,
        preview: false,
        checkIn: false,
        sheet: false,
        funnel: false,
        noShows: false,
        palette: [shown.id],
        contactTimeline: expect.not.arrayContaining([href]),
        caseTimeline: expect.not.arrayContaining([href]),
        campaignTimeline: expect.not.arrayContaining([href]),
        campaignEvents: [shown.id],
        campaignEventCount: 1,
        myWorkTasks: [shown.id],
        myWorkTaskCount: 1,
        // The unassigned coordinator coordinates both, and hears only of the one they may see.
        myWorkRsvps: who === "coordinator" ? [shown.id] : [],
        dashboardEvents: 1,
        dashboardMonths: 1,
      });
      // The event that names no hidden case is still everywhere.
      for (const hrefs of [seen.contactTimeline, seen.caseTimeline, seen.campaignTimeline]) expect(hrefs, who).toContain(`/events/${shown.id}`);
    }
  });

  it("is shown to managers and to officers and coordinators assigned to the case", async () => {
    const both = [hidden.id, shown.id].sort();
    for (const who of ["manager", "assignedOfficer", "assignedCoordinator"] as const) {
      const seen = await surfaces(users[who]);
      expect(seen, who).toMatchObject({
        listed: both, counted: 2, calendar: both, feed: both, detail: true, ics: true, tasks: true, myTasks: both, invitationEvent: true,
        invitations: true, inviteSearch: true, preview: true, checkIn: true, sheet: true, funnel: true, noShows: true, palette: both,
        campaignEvents: both, campaignEventCount: 2, myWorkTasks: both, myWorkTaskCount: 2, dashboardEvents: 2, dashboardMonths: 2,
      });
      for (const hrefs of [seen.contactTimeline, seen.caseTimeline, seen.campaignTimeline]) expect(hrefs, who).toContain(`/events/${hidden.id}`);
    }
  });

  it("cannot be edited, nor its tasks, guests, check-in or report, by a coordinator who may not see it: answered like a missing event", async () => {
    const { coordinator } = users;
    const form = eventFormSchema.parse({
      kind: "side_event", forum: "other", title: "Renamed", description: "", startDate: "", startTime: "", endDate: "", endTime: "", allDay: false,
      timeZone: "Europe/Paris", venue: "", room: "", city: "", country: "", onlineUrl: "", capacity: "", coordinatorId: "", campaignId: "", caseIds: [],
    });
    const task = taskFormSchema.parse({ title: "Catering", category: "catering", ownerId: "", dueOn: "", notes: "" });
    const eventId = hidden.id;
    const invitation = { eventId, invitationId: hidden.invitationId };
    for (const call of [
      () => updateEvent(coordinator, { id: eventId, version: 1, values: form }),
      () => changeEventStatus(coordinator, { id: eventId, version: 1, to: "confirmed" }),
      () => addParticipant(coordinator, { eventId, contactId, role: "co_host" }),
      () => createTask(coordinator, { eventId, values: task }),
      () => setTaskDone(coordinator, { id: hidden.taskId, version: 1, done: true }),
      () => inviteContacts(coordinator, { eventId, contactIds: [contactId] }),
      () => updateTemplate(coordinator, { eventId, version: 1, values: { template: "Dear {{salutation}}" } }),
      () => invitationEmailPlan(coordinator, eventId),
      () => setAttendance(coordinator, { ...invitation, attended: true }),
      () => guestToken(coordinator, invitation),
      () => addWalkIn(coordinator, { eventId, values: { fullName: "Walk-in", affiliation: null, email: null } }),
      () => saveReport(coordinator, { eventId, version: 1, values: { report: "Went well." } }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await getEvent(users.manager, eventId)).version).toBe(1);
  });
});
