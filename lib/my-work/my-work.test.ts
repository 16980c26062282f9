import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appealReviews, appeals, caseAssignments, cases, contacts, events, eventTasks, incomingAppeals, invitations } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { addDays, todayIn } from "@/lib/events/zoned";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { getMyWork } from "./queries";

const users = {} as Record<Role, TestUser>;
let other: TestUser;
const titles = {} as Record<string, string>;
const ids = {} as Record<string, string>;

async function appeal(key: string, owner: TestUser, status: "draft" | "in_review" | "approved", more: Partial<typeof appeals.$inferInsert> = {}) {
  titles[key] = unique(key);
  const [row] = await db.insert(appeals).values({ type: "urgent_appeal", title: titles[key], status, ownerId: owner.id, ...more }).returning({ id: appeals.id });
  ids[key] = row.id;
  return row.id;
}

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
  other = await createTestUser("officer");
  const { officer, manager, coordinator } = users;

  await appeal("plain draft", officer, "draft");
  const returnedId = await appeal("returned draft", officer, "draft");
  const resubmitted = await appeal("returned then resubmitted", officer, "in_review", { submittedAt: new Date("2026-01-05T10:00:00Z") });
  const approvedAfterReturn = await appeal("returned once, approved after", officer, "approved");
  await appeal("someone else's draft", other, "draft");
  await appeal("older in review", other, "in_review", { submittedAt: new Date("2026-01-01T10:00:00Z") });
  await db.insert(appealReviews).values([
    { appealId: returnedId, decision: "returned", comment: "Cite the Supreme Court decision.", reviewerId: manager.id },
    { appealId: resubmitted, decision: "returned", comment: "Old comment", reviewerId: manager.id },
    { appealId: approvedAfterReturn, decision: "returned", comment: "x", reviewerId: manager.id, createdAt: new Date("2026-01-01T00:00:00Z") },
    { appealId: approvedAfterReturn, decision: "approved", reviewerId: manager.id, createdAt: new Date("2026-01-02T00:00:00Z") },
  ]);
  // An appeal in review about a restricted case: only those who may see the case see it waiting.
  const [hidden] = await db.insert(cases).values({ primaryName: unique("Hidden"), restricted: true }).returning({ id: cases.id });
  await appeal("hidden in review", other, "in_review", { submittedAt: new Date("2026-01-03T10:00:00Z") });
  await db.insert(appealCases).values({ appealId: ids["hidden in review"], caseId: hidden.id });

  // Approved and waiting to be sent: the officer's, another officer's, and two of the officer's
  // (one approved, one returned) about a restricted case they are not assigned to.
  const ready = await appeal("approved, ready to send", officer, "approved", { approvedAt: new Date("2026-01-04T09:00:00Z"), approvedById: manager.id });
  const othersReady = await appeal("someone else's approved", other, "approved", { approvedAt: new Date("2026-01-04T09:00:00Z"), approvedById: manager.id });
  await appeal("already sent", officer, "approved", { status: "sent", approvedAt: new Date("2026-01-01T09:00:00Z"), approvedById: manager.id });
  const [secret] = await db.insert(cases).values({ primaryName: unique("Secret"), restricted: true }).returning({ id: cases.id });
  const hiddenReady = await appeal("hidden approved", officer, "approved", { approvedAt: new Date("2026-01-05T09:00:00Z"), approvedById: manager.id });
  const hiddenReturned = await appeal("hidden returned", officer, "draft");
  await db.insert(appealCases).values([
    { appealId: hiddenReady, caseId: secret.id },
    { appealId: hiddenReturned, caseId: secret.id },
  ]);
  ids.secretCase = secret.id;
  await db.insert(appealReviews).values([
    { appealId: ready, decision: "approved", reviewerId: manager.id, createdAt: new Date("2026-01-04T09:00:00Z") },
    { appealId: othersReady, decision: "approved", reviewerId: manager.id },
    { appealId: hiddenReady, decision: "approved", reviewerId: manager.id },
    { appealId: hiddenReturned, decision: "returned", comment: "Secret comment", reviewerId: manager.id },
  ]);

  const today = todayIn();
  const [event, elsewhere] = await db
    .insert(events)
    .values([
      { kind: "side_event", title: unique("Side-event at PACE"), status: "planned", coordinatorId: coordinator.id },
      { kind: "webinar", title: unique("Someone else's webinar"), status: "planned", coordinatorId: manager.id },
    ])
    .returning({ id: events.id });
  await db.insert(eventTasks).values([
    { eventId: event.id, title: unique("Book the room"), ownerId: coordinator.id, dueOn: addDays(today, -3) },
    { eventId: event.id, title: unique("Due today"), ownerId: coordinator.id, dueOn: today },
    { eventId: event.id, title: unique("Done late"), ownerId: coordinator.id, dueOn: addDays(today, -5), doneAt: new Date() },
    { eventId: event.id, title: unique("Undated"), ownerId: coordinator.id },
    { eventId: event.id, title: unique("Manager's task"), ownerId: manager.id, dueOn: addDays(today, -1) },
  ]);
  const guests = await db
    .insert(contacts)
    .values(Array.from({ length: 4 }, (_, i) => ({ kind: "person" as const, fullName: unique(`Guest ${i}`) })))
    .returning({ id: contacts.id });
  const day = 24 * 3600 * 1000;
  await db.insert(invitations).values([
    { eventId: event.id, contactId: guests[0].id, answer: "accepted", answeredAt: new Date(Date.now() - 2 * day) },
    { eventId: event.id, contactId: guests[1].id, answer: "declined", answeredAt: new Date(Date.now() - 20 * day) },
    { eventId: event.id, contactId: guests[2].id, answer: "pending" },
    { eventId: elsewhere.id, contactId: guests[3].id, answer: "accepted", answeredAt: new Date(Date.now() - day) },
  ]);
  ids.recentGuest = guests[0].id;

  await db.insert(incomingAppeals).values([
    { senderName: unique("Mine, new"), receivedOn: "2026-01-02", channel: "email", originalText: "Help", status: "new", assignedToId: officer.id },
    { senderName: unique("Mine, declined"), receivedOn: "2026-01-01", channel: "email", originalText: "Help", status: "declined", assignedToId: officer.id },
    { senderName: unique("Someone else's"), receivedOn: "2026-01-03", channel: "post", originalText: "Help", status: "under_review", assignedToId: other.id },
  ]);
});

describe("my work", () => {
  it("gives an officer their own drafts, the appeals returned to them and the incoming appeals assigned to them", async () => {
    const work = await getMyWork(users.officer);
    expect(work.drafts.rows.map((r) => r.title)).toEqual([titles["plain draft"]]);
    expect(work.drafts.total).toBe(1);
    expect(work.returned.rows).toEqual([expect.objectContaining({ title: titles["returned draft"], comment: "Cite the Supreme Court decision.", reviewerName: users.manager.name })]);
    expect(work.returned.total).toBe(1);
    expect(work.approvals).toBeNull(); // officers do not approve
    expect(work.incoming?.rows.map((r) => r.senderName)).toEqual([expect.stringMatching(/^Mine, new/)]);
    expect(work.tasks.total).toBe(0);
    expect(work.rsvps.total).toBe(0);
  });

  it("tells the author which of their appeals were approved (ready to send) or returned, and nobody else", async () => {
    const officer = await getMyWork(users.officer);
    expect(officer.approved.rows).toEqual([
      expect.objectContaining({ title: titles["approved, ready to send"], reviewerName: users.manager.name, approvedAt: new Date("2026-01-04T09:00:00Z") }),
      expect.objectContaining({ title: titles["returned once, approved after"] }),
    ]);
    expect(officer.approved.total).toBe(2);
    // The restricted ones stay out of sight, approved or returned, and out of the counts.
    for (const key of ["hidden approved", "hidden returned"]) {
      expect([...officer.approved.rows, ...officer.returned.rows].map((r) => r.title)).not.toContain(titles[key]);
    }
    expect(officer.returned.total).toBe(1);

    const others = await getMyWork(other);
    expect(others.approved.rows.map((r) => r.title)).toEqual([titles["someone else's approved"]]);
    expect(others.returned.total).toBe(0);
    for (const role of ["viewer", "manager", "admin", "coordinator"] as const) {
      const work = await getMyWork(users[role]);
      expect([work.approved.total, work.returned.total]).toEqual([0, 0]);
    }
  });

  it("shows the author a restricted appeal once they are assigned to its case", async () => {
    const stranger = await createTestUser("officer");
    await db.update(appeals).set({ ownerId: stranger.id }).where(sql`${appeals.id} IN (${ids["hidden approved"]}, ${ids["hidden returned"]})`);
    expect((await getMyWork(stranger)).approved.total).toBe(0);
    await db.insert(caseAssignments).values({ caseId: ids.secretCase, userId: stranger.id });
    const work = await getMyWork(stranger);
    expect(work.approved.rows.map((r) => r.title)).toEqual([titles["hidden approved"]]);
    expect(work.returned.rows).toEqual([expect.objectContaining({ title: titles["hidden returned"], comment: "Secret comment" })]);
  });

  it("gives managers the appeals in review, the longest waiting first, restricted ones to those who may see them", async () => {
    const work = await getMyWork(users.manager);
    const waiting = work.approvals!.rows.map((r) => r.title);
    expect(waiting.indexOf(titles["older in review"])).toBeLessThan(waiting.indexOf(titles["hidden in review"]));
    expect(waiting.indexOf(titles["hidden in review"])).toBeLessThan(waiting.indexOf(titles["returned then resubmitted"]));
    const direct = await db.execute(sql`SELECT count(*)::int AS n FROM appeals WHERE status = 'in_review'`);
    expect(work.approvals!.total).toBe((direct as unknown as { rows: { n: number }[] }).rows[0].n);
    expect(work.drafts.total).toBe(0);
    expect(work.returned.total).toBe(0);
    expect(work.tasks.rows.map((t) => t.title)).toEqual([expect.stringMatching(/^Manager's task/)]);
    expect(work.rsvps.rows).toHaveLength(1); // the webinar they coordinate
  });

  it("gives a coordinator their overdue tasks and the RSVPs of the last two weeks on their events, nothing of appeals or incoming", async () => {
    const work = await getMyWork(users.coordinator);
    expect(work.tasks.rows.map((t) => t.title)).toEqual([expect.stringMatching(/^Book the room/)]);
    expect(work.rsvps.rows).toEqual([expect.objectContaining({ answer: "accepted" })]);
    expect(work.rsvps.total).toBe(1);
    expect(work.incoming).toBeNull();
    expect(work.approvals).toBeNull();
    expect(work.drafts.total + work.returned.total).toBe(0);
  });

  it("shows a viewer empty sections and refuses nobody", async () => {
    const work = await getMyWork(users.viewer);
    expect([work.drafts.total, work.returned.total, work.tasks.total, work.rsvps.total]).toEqual([0, 0, 0, 0]);
    expect(work.approvals).toBeNull();
    expect(work.incoming).toBeNull();
    // @ts-expect-error: nobody is a null user
    await expect(getMyWork(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
