import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, appealCases, caseAssignments, cases, eventParticipants, events } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { createTestUser, setRowSecurity, type TestUser, unique } from "@/tests/helpers";
import { logActivity } from "./activities";
import { createContact } from "./mutations";
import { contactFormSchema } from "./schema";
import { getContactTimeline, TIMELINE_PAGE_SIZE } from "./timeline";
import { insertHistory } from "@/tests/fixtures/contact-history";
import { zonedTimeToInstant } from "@/lib/events/zoned";

let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
});

const newContact = async () => {
  const form = contactFormSchema.parse({
    kind: "person", honorific: "", firstName: "", lastName: "", fullName: unique("Timeline MEP"), nameNative: "", title: "", organizationId: "",
    newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "", language: "",
    parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "", doNotContact: false, doNotContactReason: "", emails: [], phones: [],
  });
  return (await createContact(officer, form)).id;
};

describe("contact timeline", () => {
  it("returns activities, dispatches, replies, letter steps and invitation steps in one query, newest first", async () => {
    const contactId = await newContact();
    const { appealId, letterId, eventId } = await insertHistory(officer.id, contactId);
    await logActivity(officer, { contactId, values: { kind: "call", occurredAt: "2023-03-01T10:30", timeZone: "Europe/Warsaw", subject: "Called about the hearing", body: "Agreed to raise it." } });
    await logActivity(officer, { contactId, values: { kind: "meeting", occurredAt: "2019-02-01T15:00", timeZone: "UTC", subject: "First meeting", body: "" } });

    const { entries, total } = await getContactTimeline(viewer, contactId);
    expect(total).toBe(9);
    expect(entries.map((e) => e.kind)).toEqual([
      "activity_call", "invitation_attended", "invitation_answered", "invitation_invited", "letter_signed",
      "letter_asked", "appeal_reply", "appeal_dispatch", "activity_meeting",
    ]);
    expect(entries[0]).toMatchObject({ title: "Called about the hearing", detail: "Agreed to raise it.", author: expect.stringContaining("Test officer"), href: null });
    expect(entries[0].at.toISOString()).toBe("2023-03-01T09:30:00.000Z"); // 10:30 in Warsaw (CET)
    expect(entries.find((e) => e.kind === "appeal_dispatch")).toMatchObject({ href: `/appeals/${appealId}`, title: "Halt the extradition of Zhanara Akhmetova", author: expect.stringContaining("Test officer") });
    expect(entries.find((e) => e.kind === "letter_signed")).toMatchObject({ href: `/letters/${letterId}` });
    expect(entries.find((e) => e.kind === "invitation_answered")).toMatchObject({ href: `/events/${eventId}`, detail: "accepted" });
  });

  it("leaves out appeals about a case the reader may not see", async () => {
    const contactId = await newContact();
    const { appealId } = await insertHistory(officer.id, contactId);
    const [hidden] = await db.insert(cases).values({ primaryName: unique("Hidden person"), restricted: true }).returning({ id: cases.id });
    await db.insert(appealCases).values({ appealId, caseId: hidden.id });
    const manager = await createTestUser("manager");

    const kinds = async (user: TestUser) => (await getContactTimeline(user, contactId)).entries.map((e) => e.kind);
    expect(await kinds(viewer)).not.toContain("appeal_dispatch");
    expect(await kinds(viewer)).not.toContain("appeal_reply");
    expect(await kinds(officer)).not.toContain("appeal_dispatch"); // not assigned to the case
    expect(await kinds(manager)).toEqual(expect.arrayContaining(["appeal_dispatch", "appeal_reply"]));
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: officer.id });
    expect(await kinds(officer)).toEqual(expect.arrayContaining(["appeal_dispatch", "appeal_reply"]));
  });

  it("shows the events a contact co-hosted or spoke at, dated by the event", async () => {
    const contactId = await newContact();
    const [event] = await db
      .insert(events)
      .values({ kind: "side_event", title: "Post-elections scenarios", startsAt: new Date("2019-07-04T10:30:00Z"), timeZone: "Europe/Luxembourg" })
      .returning({ id: events.id });
    await db.insert(eventParticipants).values([
      { eventId: event.id, contactId, role: "co_host" },
      { eventId: event.id, contactId, role: "speaker", note: "On the elections" },
    ]);
    const { entries } = await getContactTimeline(viewer, contactId);
    expect(entries.map((e) => [e.kind, e.href, e.at.toISOString()])).toEqual(
      expect.arrayContaining([
        ["event_co_host", `/events/${event.id}`, "2019-07-04T10:30:00.000Z"],
        ["event_speaker", `/events/${event.id}`, "2019-07-04T10:30:00.000Z"],
      ]),
    );
    expect(entries.find((e) => e.kind === "event_speaker")?.detail).toBe("On the elections");
  });

  it("pages the timeline in SQL", async () => {
    const contactId = await newContact();
    for (let i = 0; i < TIMELINE_PAGE_SIZE + 3; i++) {
      await logActivity(officer, { contactId, values: { kind: "note", occurredAt: `2024-01-${String(i + 1).padStart(2, "0")}T09:00`, timeZone: "UTC", subject: `Note ${i + 1}`, body: "" } });
    }
    const first = await getContactTimeline(viewer, contactId, 1);
    const second = await getContactTimeline(viewer, contactId, 2);
    expect(first.total).toBe(TIMELINE_PAGE_SIZE + 3);
    expect(first.entries).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(first.entries[0].title).toBe(`Note ${TIMELINE_PAGE_SIZE + 3}`);
    expect(second.entries.map((e) => e.title)).toEqual(["Note 3", "Note 2", "Note 1"]);
  });

  it("converts wall-clock times in a zone, across daylight saving", () => {
    expect(zonedTimeToInstant("2026-07-01T12:00", "Europe/Brussels").toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedTimeToInstant("2026-01-01T12:00", "Europe/Brussels").toISOString()).toBe("2026-01-01T11:00:00.000Z");
    expect(zonedTimeToInstant("2026-01-01T12:00", "Asia/Almaty").toISOString()).toBe("2026-01-01T07:00:00.000Z");
  });

  it("refuses logging to viewers and reading to nobody", async () => {
    const contactId = await newContact();
    await expect(logActivity(viewer, { contactId, values: { kind: "note", occurredAt: "2024-01-01T09:00", timeZone: "UTC", subject: "No", body: "" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getContactTimeline(null as unknown as TestUser, contactId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

// Run with the database's row-level security, and with it switched off for this test database,
// so that only the application's own filter (activityVisibleTo) stands between the user and it.
describe.each([
  ["with the database's row security", true],
  ["by the application's own filter alone", false],
])("an activity about a restricted case on the contact's timeline, %s", (_how, rowSecurity) => {
  beforeAll(async () => {
    if (!rowSecurity) await setRowSecurity(false);
  });
  afterAll(async () => {
    await setRowSecurity(true);
  });

  it("is hidden from viewers, coordinators and unassigned officers, in the entries and the total; shown to managers and assigned officers", async () => {
    const contactId = await newContact();
    const [open, hidden] = await db
      .insert(cases)
      .values([{ primaryName: unique("Open person") }, { primaryName: unique("Restricted person"), restricted: true }])
      .returning({ id: cases.id });
    const [coordinator, unassigned, assigned, manager] = await Promise.all(
      (["coordinator", "officer", "officer", "manager"] as const).map((role) => createTestUser(role)),
    );
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: assigned.id });
    const occurredAt = new Date("2025-05-05T10:00:00Z");
    await db.insert(activities).values([
      { contactId, kind: "meeting", occurredAt, subject: "Met about the restricted person", caseId: hidden.id, authorId: assigned.id },
      { contactId, kind: "call", occurredAt, subject: "Called about the open case", caseId: open.id, authorId: assigned.id },
      { contactId, kind: "note", occurredAt, subject: "A note about no case", authorId: assigned.id },
    ]);
    const seen = async (user: TestUser) => {
      const timeline = await getContactTimeline(user, contactId);
      return { subjects: timeline.entries.map((e) => e.title).sort(), total: timeline.total };
    };
    const visible = ["A note about no case", "Called about the open case"];
    for (const user of [viewer, coordinator, unassigned]) expect(await seen(user), user.role).toEqual({ subjects: visible, total: 2 });
    for (const user of [manager, assigned]) expect(await seen(user), user.role).toEqual({ subjects: [...visible, "Met about the restricted person"].sort(), total: 3 });
  });
});
