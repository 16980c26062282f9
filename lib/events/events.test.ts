import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, caseAssignments, cases, contacts, eventTasks, organizations } from "@/db/schema";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { addParticipant, addPartner, changeEventStatus, createEvent, deleteEvent, removeParticipant, removePartner, updateEvent } from "./mutations";
import { calendarEvents } from "./calendar-queries";
import { getEvent, getEventForEdit } from "./detail";
import { upcomingForFeed } from "./ics-queries";
import { listEvents } from "./list";
import { eventFormSchema, eventListSchema, taskFormSchema, type EventFormInput } from "./schema";
import { myOpenTasks } from "./task-queries";
import { addUsualTasks, createTask, deleteTask, setTaskDone, updateTask } from "./tasks";
import { taskTemplates } from "./task-templates";

const input = (title: string, over: Partial<EventFormInput> = {}): EventFormInput => ({
    kind: "side_event", forum: "osce_pa_session", title, description: "Side-event at the 28th OSCE PA Annual Session, co-hosted with FIDU.",
    startDate: "2019-07-04", startTime: "12:30", endDate: "", endTime: "14:30", allDay: false, timeZone: "Europe/Luxembourg",
    venue: "European Convention Centre", room: "Room E (Level 1)", city: "Luxembourg", country: "LU", onlineUrl: "", capacity: "80",
    coordinatorId: "", campaignId: "", caseIds: [], ...over,
  });
const luxembourg = (title: string, over: Partial<EventFormInput> = {}) => eventFormSchema.parse(input(title, over));

let coordinator: TestUser;
let manager: TestUser;
let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [coordinator, manager, officer, viewer] = await Promise.all((["coordinator", "manager", "officer", "viewer"] as const).map((r) => createTestUser(r)));
});

describe("events", () => {
  it("creates and edits an event in the venue's time zone, with the version check and the audit", async () => {
    const title = unique("Post-elections scenarios in Ukraine, Moldova and Kazakhstan");
    const { id } = await createEvent(coordinator, luxembourg(title, { coordinatorId: coordinator.id }));
    const event = await getEvent(viewer, id);
    // 12:30 in Luxembourg in July (CEST, +02:00) is 10:30 UTC.
    expect(event.startsAt?.toISOString()).toBe("2019-07-04T10:30:00.000Z");
    expect(event.endsAt?.toISOString()).toBe("2019-07-04T12:30:00.000Z");
    expect(event).toMatchObject({ status: "idea", version: 1, timeZone: "Europe/Luxembourg", capacity: 80, coordinatorName: coordinator.name });
    // And back: the edit form shows the wall clock at the venue.
    const edit = await getEventForEdit(coordinator, id);
    expect(edit.values).toMatchObject({ startDate: "2019-07-04", startTime: "12:30", endDate: "", endTime: "14:30", timeZone: "Europe/Luxembourg" });

    // In winter the same wall clock is one hour later in UTC (CET, +01:00).
    const { version } = await updateEvent(manager, { id, version: 1, values: luxembourg(title, { startDate: "2019-12-05", endTime: "14:00" }) });
    expect(version).toBe(2);
    expect((await getEvent(viewer, id)).startsAt?.toISOString()).toBe("2019-12-05T11:30:00.000Z");
    await expect(updateEvent(coordinator, { id, version: 1, values: luxembourg(title) })).rejects.toBeInstanceOf(StaleError);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "event"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);

    // Found by a word of the venue, with a typo.
    const found = await listEvents(viewer, eventListSchema.parse({ q: "convention centre luxembourg", when: "all" }));
    expect(found.rows.map((r) => r.id)).toContain(id);
    const typo = await listEvents(viewer, eventListSchema.parse({ q: "Moldova", when: "past", kind: "side_event", country: "LU" }));
    expect(typo.rows.map((r) => r.id)).toContain(id);
    expect((await listEvents(viewer, eventListSchema.parse({ q: title, when: "upcoming" }))).rows.map((r) => r.id)).not.toContain(id);
    const inRange = await listEvents(viewer, eventListSchema.parse({ when: "all", from: "2019-12-05", to: "2019-12-05", q: title }));
    expect(inRange.rows.map((r) => r.id)).toEqual([id]);
  });

  it("converts wall clocks across daylight-saving changes and keeps all-day dates whole", async () => {
    // 31 March 2019: Luxembourg went from +01:00 to +02:00 at 02:00.
    const before = await createEvent(coordinator, luxembourg(unique("Before the change"), { startDate: "2019-03-31", startTime: "01:30", endTime: "03:30" }));
    const e = await getEvent(viewer, before.id);
    expect(e.startsAt?.toISOString()).toBe("2019-03-31T00:30:00.000Z");
    expect(e.endsAt?.toISOString()).toBe("2019-03-31T01:30:00.000Z");
    const allDay = await createEvent(
      coordinator,
      luxembourg(unique("Advocacy mission"), { kind: "mission", allDay: true, startDate: "2019-06-12", startTime: "", endDate: "2019-06-14", endTime: "", timeZone: "America/New_York" }),
    );
    const m = await getEvent(viewer, allDay.id);
    expect(m.startsAt?.toISOString()).toBe("2019-06-12T04:00:00.000Z");
    expect(m.endsAt?.toISOString()).toBe("2019-06-15T04:00:00.000Z");
    expect((await getEventForEdit(coordinator, allDay.id)).values).toMatchObject({ startDate: "2019-06-12", endDate: "2019-06-14", startTime: "", endTime: "" });
    const june = await calendarEvents(viewer, "2019-06");
    expect(june.find((x) => x.id === allDay.id)).toMatchObject({ firstDay: "2019-06-12", lastDay: "2019-06-14" });
    expect(eventFormSchema.safeParse(input("x event", { timeZone: "Mars/Olympus" })).success).toBe(false);
    // Strasbourg is not an IANA zone: it keeps Paris time.
    expect(eventFormSchema.parse(input("x event", { timeZone: "Europe/Strasbourg" })).timeZone).toBe("Europe/Paris");
    expect(eventFormSchema.safeParse(input("x event")).success).toBe(true);
    expect(eventFormSchema.safeParse(input("x event", { endTime: "11:00" })).success).toBe(false);
    expect(eventFormSchema.safeParse(input("x event", { startTime: "" })).success).toBe(false);
  });

  it("moves through the statuses one step at a time, held only once started, reported only after held", async () => {
    const past = await createEvent(coordinator, luxembourg(unique("Past side-event")));
    let v = 1;
    await expect(changeEventStatus(coordinator, { id: past.id, version: v, to: "held" })).rejects.toBeInstanceOf(ValidationError);
    for (const to of ["planned", "confirmed", "invitations_sent", "held", "reported"] as const) {
      ({ version: v } = await changeEventStatus(coordinator, { id: past.id, version: v, to }));
    }
    expect((await getEvent(viewer, past.id)).status).toBe("reported");
    await expect(changeEventStatus(coordinator, { id: past.id, version: v, to: "cancelled" })).rejects.toBeInstanceOf(ValidationError);

    const nextYear = new Date().getUTCFullYear() + 1;
    const future = await createEvent(coordinator, luxembourg(unique("Future side-event"), { startDate: `${nextYear}-07-02` }));
    const { version } = await changeEventStatus(coordinator, { id: future.id, version: 1, to: "planned" });
    const { version: v3 } = await changeEventStatus(coordinator, { id: future.id, version, to: "confirmed" });
    await expect(changeEventStatus(coordinator, { id: future.id, version: v3, to: "held" })).rejects.toThrow(/once it has started/);
    await expect(changeEventStatus(coordinator, { id: future.id, version: v3, to: "reported" })).rejects.toBeInstanceOf(ValidationError);
    const { version: v4 } = await changeEventStatus(coordinator, { id: future.id, version: v3, to: "cancelled" });
    await changeEventStatus(coordinator, { id: future.id, version: v4, to: "planned" });
    const undated = await createEvent(coordinator, luxembourg(unique("Undated idea"), { startDate: "", startTime: "", endTime: "" }));
    await expect(changeEventStatus(coordinator, { id: undated.id, version: 1, to: "planned" })).rejects.toThrow(/start date/);
    expect((await upcomingForFeed(viewer)).map((e) => e.id)).toContain(future.id);
  });

  it("keeps tasks: usual ones per kind, done and undone, overdue ones on the owner's list", async () => {
    const { id } = await createEvent(coordinator, luxembourg(unique("Tasks side-event"), { coordinatorId: coordinator.id }));
    const first = await addUsualTasks(coordinator, { eventId: id });
    expect(first.added).toBe(taskTemplates.side_event.length);
    expect((await addUsualTasks(coordinator, { eventId: id })).added).toBe(0);
    const rows = await db.select().from(eventTasks).where(eq(eventTasks.eventId, id));
    expect(rows.find((t) => t.title === "Book the room")).toMatchObject({ dueOn: "2019-05-05", ownerId: coordinator.id, category: "room_booking" });

    const own = await createTask(manager, { eventId: id, values: taskFormSchema.parse({ title: "Badges for speakers", category: "accreditation", ownerId: manager.id, dueOn: "2019-06-01", notes: "" }) });
    const mine = await myOpenTasks(manager);
    expect(mine.map((t) => t.id)).toEqual([own.id]);
    const done = await setTaskDone(manager, { id: own.id, version: 1, done: true });
    expect(await myOpenTasks(manager)).toEqual([]);
    await expect(setTaskDone(manager, { id: own.id, version: done.version, done: true })).rejects.toBeInstanceOf(ValidationError);
    const undone = await setTaskDone(manager, { id: own.id, version: done.version, done: false });
    const edited = await updateTask(coordinator, { id: own.id, version: undone.version, values: taskFormSchema.parse({ title: "Badges", category: "accreditation", ownerId: "", dueOn: "", notes: "Ask the secretariat" }) });
    await expect(updateTask(coordinator, { id: own.id, version: undone.version, values: taskFormSchema.parse({ title: "Stale", category: "other", ownerId: "", dueOn: "", notes: "" }) })).rejects.toBeInstanceOf(StaleError);
    await deleteTask(coordinator, { id: own.id, version: edited.version });
    // The coordinator's usual tasks are all overdue (2019), earliest first.
    const coordinatorTasks = (await myOpenTasks(coordinator)).filter((t) => t.eventId === id);
    expect(coordinatorTasks[0].title).toBe("Book the room");
  });

  it("adds and removes co-hosts, speakers, the moderator and partners", async () => {
    const { id } = await createEvent(coordinator, luxembourg(unique("People side-event")));
    const [contact] = await db.insert(contacts).values({ kind: "person", fullName: unique("Roberto Rampi"), searchText: "roberto rampi" }).returning();
    const [org] = await db.insert(organizations).values({ name: unique("FIDU"), searchText: "fidu" }).returning();
    await addParticipant(coordinator, { eventId: id, contactId: contact.id, role: "co_host" });
    await addParticipant(coordinator, { eventId: id, contactId: contact.id, role: "speaker" });
    await addParticipant(coordinator, { eventId: id, contactId: contact.id, role: "moderator" });
    await addPartner(coordinator, { eventId: id, organizationId: org.id });
    let e = await getEvent(viewer, id);
    expect(e.participants.map((p) => p.role).sort()).toEqual(["co_host", "speaker"]);
    expect(e.moderatorName).toBe(contact.fullName);
    expect(e.partners.map((p) => p.id)).toEqual([org.id]);
    await removeParticipant(coordinator, { eventId: id, contactId: contact.id, role: "speaker" });
    await removeParticipant(coordinator, { eventId: id, contactId: contact.id, role: "moderator" });
    await removePartner(coordinator, { eventId: id, organizationId: org.id });
    e = await getEvent(viewer, id);
    expect(e.participants.map((p) => p.role)).toEqual(["co_host"]);
    expect(e.moderatorName).toBeNull();
    expect(e.partners).toEqual([]);
    await expect(removePartner(coordinator, { eventId: id, organizationId: org.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides an event about a restricted case whole from those who may not see the case, and refuses linking one", async () => {
    const [open] = await db.insert(cases).values({ primaryName: unique("Open case"), status: "imprisoned" }).returning();
    const [hidden] = await db.insert(cases).values({ primaryName: unique("Hidden case"), status: "detained", restricted: true }).returning();
    await expect(createEvent(coordinator, luxembourg(unique("x"), { caseIds: [hidden.id] }))).rejects.toThrow(/not found/);
    const title = unique("Cases side-event");
    const { id } = await createEvent(manager, luxembourg(title, { caseIds: [open.id, hidden.id] }));
    expect((await getEvent(manager, id)).cases.map((c) => c.id).sort()).toEqual([open.id, hidden.id].sort());

    // Viewers, officers and unassigned coordinators: no detail, no row, no count, no edit.
    const listed = async (user: TestUser) => (await listEvents(user, eventListSchema.parse({ q: title, when: "all" }))).total;
    for (const user of [viewer, officer, coordinator]) {
      await expect(getEvent(user, id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await listed(user)).toBe(0);
    }
    await expect(updateEvent(coordinator, { id, version: 1, values: luxembourg(title, { caseIds: [] }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeEventStatus(coordinator, { id, version: 1, to: "planned" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getEvent(manager, id)).cases.map((c) => c.id).sort()).toEqual([open.id, hidden.id].sort());

    // Assigned to the case, the coordinator sees and edits the event with both its cases.
    expect(await listed(manager)).toBe(1);
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: coordinator.id });
    expect(await listed(coordinator)).toBe(1);
    expect((await getEvent(coordinator, id)).cases.map((c) => c.id).sort()).toEqual([open.id, hidden.id].sort());
    await updateEvent(coordinator, { id, version: 1, values: luxembourg(title, { caseIds: [hidden.id] }) });
    expect((await getEvent(manager, id)).cases.map((c) => c.id)).toEqual([hidden.id]);
    await expect(getEvent(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses writes to officers and viewers, deletion to coordinators, and everything to nobody", async () => {
    const { id } = await createEvent(coordinator, luxembourg(unique("Refusals side-event")));
    const task = await createTask(coordinator, { eventId: id, values: taskFormSchema.parse({ title: "Room", category: "room_booking", ownerId: "", dueOn: "", notes: "" }) });
    for (const user of [officer, viewer]) {
      await expect(createEvent(user, luxembourg("x event"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateEvent(user, { id, version: 1, values: luxembourg("x event") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeEventStatus(user, { id, version: 1, to: "planned" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addUsualTasks(user, { eventId: id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setTaskDone(user, { id: task.id, version: 1, done: true })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteTask(user, { id: task.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addPartner(user, { eventId: id, organizationId: id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(deleteEvent(coordinator, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    // @ts-expect-error: an anonymous caller has no user at all
    await expect(getEvent(null, id)).rejects.toBeInstanceOf(ForbiddenError);
    // @ts-expect-error: idem
    await expect(createEvent(null, luxembourg("x event"))).rejects.toBeInstanceOf(ForbiddenError);
    // @ts-expect-error: idem
    await expect(myOpenTasks(undefined)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteEvent(manager, { id, version: 99 })).rejects.toBeInstanceOf(StaleError);
    await deleteEvent(manager, { id, version: 1 });
    await expect(getEvent(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
