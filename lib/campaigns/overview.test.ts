import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  appealCases,
  appeals,
  auditEntries,
  campaignMembers,
  caseCampaigns,
  cases,
  caseStatusHistory,
  contacts,
  events,
  letters,
  letterSignatories,
} from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { createGoal, deleteGoal, listGoals, updateGoal } from "./goals";
import { archiveCampaign, createCampaign } from "./mutations";
import { campaignRecords, campaignTimeline } from "./overview";
import { campaignFormSchema } from "./schema";
import { addMember, listTeam, removeMember, teamCandidates } from "./team";
import { goalFormSchema, goalMetrics, type GoalMetric } from "./work-schema";

const users = {} as Record<Role, TestUser>;
const goal = (metric: GoalMetric, target = 20, label = `Goal ${metric}`) => goalFormSchema.parse({ metric, label, target: String(target), dueOn: "" });
const newCampaign = async () =>
  (await createCampaign(users.manager, campaignFormSchema.parse({ name: unique("Free Iskander Yerimbetov"), summary: "", description: "", status: "active", startsOn: "", endsOn: "" }))).id;

let campaignId: string;
let openCase: string;
let hiddenCase: string;
let hiddenAppeal: string;

/** A campaign with letters (signatures on file and published), appeals, events and cases, one restricted. */
beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
  campaignId = await newCampaign();
  const other = await newCampaign();

  const people = await db
    .insert(contacts)
    .values(Array.from({ length: 5 }, (_, i) => ({ kind: "person" as const, fullName: unique(`MEP ${i}`) })))
    .returning({ id: contacts.id });
  const [onFile, published, elsewhere] = await db
    .insert(letters)
    .values([
      { kind: "joint_letter", title: unique("Letter on file"), campaignId, status: "collecting" },
      { kind: "written_declaration", title: unique("Published count"), campaignId, reportedSignatures: 24, status: "dispatched" },
      { kind: "joint_letter", title: unique("Other campaign"), campaignId: other, status: "collecting" },
    ])
    .returning({ id: letters.id });
  await db.insert(letterSignatories).values([
    ...people.slice(0, 3).map((p) => ({ letterId: onFile.id, contactId: p.id, status: "signed" as const, signedOn: "2026-01-10" })),
    { letterId: onFile.id, contactId: people[3].id, status: "asked" as const },
    { letterId: published.id, contactId: people[0].id, status: "signed" as const, signedOn: "2026-01-11" },
    { letterId: elsewhere.id, contactId: people[4].id, status: "signed" as const, signedOn: "2026-01-12" },
  ]);

  const [open, hidden, stillHeld, otherReleased] = await db
    .insert(cases)
    .values([
      { primaryName: unique("Released open"), status: "released" },
      { primaryName: unique("Released hidden"), status: "released", restricted: true },
      { primaryName: unique("Still held"), status: "imprisoned" },
      { primaryName: unique("Released elsewhere"), status: "released" },
    ])
    .returning({ id: cases.id });
  openCase = open.id;
  hiddenCase = hidden.id;
  await db.insert(caseCampaigns).values([
    { caseId: open.id, campaignId },
    { caseId: hidden.id, campaignId },
    { caseId: stillHeld.id, campaignId },
    { caseId: otherReleased.id, campaignId: other },
  ]);
  await db.insert(caseStatusHistory).values([
    { caseId: open.id, status: "released", changedOn: "2026-02-01" },
    { caseId: hidden.id, status: "released", changedOn: "2026-02-02" },
  ]);

  const sentAt = new Date("2026-01-20T10:00:00Z");
  const rows = await db
    .insert(appeals)
    .values([
      { type: "urgent_appeal", title: unique("Sent open"), status: "sent", sentAt, campaignId },
      { type: "urgent_appeal", title: unique("Sent hidden"), status: "sent", sentAt, campaignId },
      { type: "letter_of_concern", title: unique("Draft"), status: "draft", campaignId },
      { type: "statement", title: unique("Sent elsewhere"), status: "sent", sentAt, campaignId: other },
    ])
    .returning({ id: appeals.id });
  hiddenAppeal = rows[1].id;
  await db.insert(appealCases).values([
    { appealId: rows[0].id, caseId: open.id },
    { appealId: rows[1].id, caseId: hidden.id },
  ]);

  await db.insert(events).values([
    { kind: "side_event", title: unique("Held"), status: "held", campaignId, startsAt: new Date("2025-10-01T12:00:00Z") },
    { kind: "hearing", title: unique("Reported"), status: "reported", campaignId, startsAt: new Date("2025-11-01T12:00:00Z") },
    { kind: "webinar", title: unique("Planned"), status: "planned", campaignId, startsAt: new Date("2027-01-01T12:00:00Z") },
    { kind: "webinar", title: unique("Held elsewhere"), status: "held", campaignId: other },
  ]);
});

/** What each metric should count, straight from the tables: the reference for the goals' progress. */
async function directCount(metric: GoalMetric, mayReadRestricted: boolean): Promise<number | null> {
  const q = async (query: ReturnType<typeof sql>) => Number(((await db.execute(query)) as unknown as { rows: { n: string }[] }).rows[0].n);
  switch (metric) {
    case "signatures": {
      const published = await q(sql`SELECT coalesce(sum(reported_signatures), 0) AS n FROM letters WHERE campaign_id = ${campaignId}`);
      const onFile = await q(sql`SELECT count(*) AS n FROM letter_signatories s JOIN letters l ON l.id = s.letter_id
        WHERE l.campaign_id = ${campaignId} AND l.reported_signatures IS NULL AND s.status = 'signed'`);
      return published + onFile;
    }
    case "appeals_sent":
      return q(sql`SELECT count(*) AS n FROM appeals a WHERE a.campaign_id = ${campaignId} AND a.sent_at IS NOT NULL
        AND (${mayReadRestricted} OR NOT EXISTS (SELECT 1 FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.appeal_id = a.id AND c.restricted))`);
    case "events_held":
      return q(sql`SELECT count(*) AS n FROM events WHERE campaign_id = ${campaignId} AND status IN ('held', 'reported')`);
    case "cases_released":
      return q(sql`SELECT count(*) AS n FROM case_campaigns cc JOIN cases c ON c.id = cc.case_id
        WHERE cc.campaign_id = ${campaignId} AND c.status = 'released' AND (${mayReadRestricted} OR NOT c.restricted)`);
    case "other":
      return null;
  }
}

describe("campaign goals", () => {
  it("counts each metric's progress as a direct count does, restricted cases only for those who may see them", async () => {
    for (const metric of goalMetrics) await createGoal(users.manager, { campaignId, values: goal(metric) });
    const byMetric = async (user: TestUser) => Object.fromEntries((await listGoals(user, campaignId)).map((g) => [g.metric, g.progress]));
    const forManager = await byMetric(users.manager);
    const forViewer = await byMetric(users.viewer);
    for (const metric of goalMetrics) {
      expect(forManager[metric], `${metric} for a manager`).toBe(await directCount(metric, true));
      expect(forViewer[metric], `${metric} for a viewer`).toBe(await directCount(metric, false));
    }
    // The figures themselves: 3 on file + 24 published; 2 sent (1 hidden); held + reported; 2 released (1 hidden).
    expect(forManager).toEqual({ signatures: 27, appeals_sent: 2, events_held: 2, cases_released: 2, other: null });
    expect(forViewer).toMatchObject({ appeals_sent: 1, cases_released: 1 });
  });

  it("adds, edits with the version check and deletes a goal, auditing each step", async () => {
    const { id } = await createGoal(users.manager, { campaignId, values: goal("events_held", 4, "Events on Magnitsky legislation") });
    const { version } = await updateGoal(users.admin, { id, version: 1, values: goal("events_held", 6, "Events on Magnitsky legislation") });
    expect(version).toBe(2);
    await expect(updateGoal(users.manager, { id, version: 1, values: goal("events_held", 9) })).rejects.toBeInstanceOf(StaleError);
    await expect(deleteGoal(users.manager, { id, version: 1 })).rejects.toBeInstanceOf(StaleError);
    expect((await listGoals(users.viewer, campaignId)).find((g) => g.id === id)).toMatchObject({ target: 6, progress: 2 });
    await deleteGoal(users.manager, { id, version: 2 });
    expect((await listGoals(users.viewer, campaignId)).find((g) => g.id === id)).toBeUndefined();
    await expect(deleteGoal(users.manager, { id, version: 2 })).rejects.toBeInstanceOf(NotFoundError);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "campaign_goal"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "delete"]);
    expect(audit[1]).toMatchObject({ actorId: users.admin.id, changes: { target: { before: 4, after: 6 } } });
  });

  it("refuses goals on an archived or unknown campaign", async () => {
    const archived = await newCampaign();
    await archiveCampaign(users.manager, { id: archived, version: 1 });
    await expect(createGoal(users.manager, { campaignId: archived, values: goal("signatures") })).rejects.toBeInstanceOf(ValidationError);
    await expect(createGoal(users.manager, { campaignId: crypto.randomUUID(), values: goal("signatures") })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses goal changes to roles without campaign.write, and to nobody", async () => {
    const { id } = await createGoal(users.manager, { campaignId, values: goal("other", 3) });
    for (const user of [users.viewer, users.officer, users.coordinator, null]) {
      // @ts-expect-error: nobody is a null user
      await expect(createGoal(user, { campaignId, values: goal("signatures") })).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: nobody is a null user
      await expect(updateGoal(user, { id, version: 1, values: goal("signatures") })).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: nobody is a null user
      await expect(deleteGoal(user, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // @ts-expect-error: nobody is a null user
    await expect(listGoals(null, campaignId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listGoals(users.viewer, campaignId)).find((g) => g.id === id)?.version).toBe(1);
  });
});

describe("campaign team", () => {
  it("adds and removes members with a role, audited; refuses duplicates and inactive people", async () => {
    const id = await newCampaign();
    expect((await teamCandidates(users.manager, id)).map((c) => c.id)).toContain(users.officer.id);
    await addMember(users.manager, { campaignId: id, userId: users.officer.id, role: "lead" });
    await expect(addMember(users.admin, { campaignId: id, userId: users.officer.id, role: "member" })).rejects.toBeInstanceOf(ValidationError);
    const inactive = await createTestUser("officer", { active: false });
    await expect(addMember(users.manager, { campaignId: id, userId: inactive.id, role: "member" })).rejects.toBeInstanceOf(ValidationError);
    expect(await listTeam(users.viewer, id)).toEqual([expect.objectContaining({ userId: users.officer.id, role: "lead", userRole: "officer" })]);
    expect((await teamCandidates(users.manager, id)).map((c) => c.id)).not.toContain(users.officer.id);

    await removeMember(users.admin, { campaignId: id, userId: users.officer.id });
    expect(await listTeam(users.viewer, id)).toEqual([]);
    await expect(removeMember(users.admin, { campaignId: id, userId: users.officer.id })).rejects.toBeInstanceOf(NotFoundError);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "campaign"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "add_member", "remove_member"]);
    expect(audit[1].summary).toContain(users.officer.email);
  });

  it("refuses team changes to roles without campaign.write, and to nobody", async () => {
    await db.insert(campaignMembers).values({ campaignId, userId: users.coordinator.id, role: "events" }).onConflictDoNothing();
    for (const user of [users.viewer, users.officer, users.coordinator, null]) {
      // @ts-expect-error: nobody is a null user
      await expect(addMember(user, { campaignId, userId: users.viewer.id, role: "member" })).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: nobody is a null user
      await expect(removeMember(user, { campaignId, userId: users.coordinator.id })).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: nobody is a null user
      await expect(teamCandidates(user, campaignId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // @ts-expect-error: nobody is a null user
    await expect(listTeam(null, campaignId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listTeam(users.viewer, campaignId)).map((m) => m.userId)).toContain(users.coordinator.id);
  });
});

describe("campaign records and timeline", () => {
  it("lists and counts the campaign's records without the restricted case and its appeal for a viewer", async () => {
    const forManager = await campaignRecords(users.manager, campaignId);
    const forViewer = await campaignRecords(users.viewer, campaignId);
    expect(forManager.cases.total).toBe(3);
    expect(forViewer.cases.total).toBe(2);
    expect(forViewer.cases.rows.map((c) => c.id)).toContain(openCase);
    expect(forViewer.cases.rows.map((c) => c.id)).not.toContain(hiddenCase);
    expect(forManager.appeals.rows.map((a) => a.id)).toContain(hiddenAppeal);
    expect(forViewer.appeals.rows.map((a) => a.id)).not.toContain(hiddenAppeal);
    expect(forViewer.appeals.total).toBe(2);
    expect(forViewer.letters.total).toBe(2);
    expect(forViewer.letters.rows.map((l) => l.signatures).sort()).toEqual([24, 3]);
    expect(forViewer.events.total).toBe(3);
    // @ts-expect-error: nobody is a null user
    await expect(campaignRecords(null, campaignId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows the campaign's activity newest first in pages, without what the user may not see", async () => {
    const all = await campaignTimeline(users.manager, campaignId);
    const kinds = all.entries.map((e) => e.kind);
    for (const k of ["appeal_created", "appeal_sent", "letter_created", "letter_signed", "event", "case_status"]) expect(kinds).toContain(k);
    const times = all.entries.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // 3 appeals + 2 sent + 2 letters + 2 signature days + 3 events + 2 status changes
    expect(all.total).toBe(14);
    expect(all.entries.find((e) => e.kind === "letter_signed" && e.detail === "3 signatures")).toBeDefined();

    const viewer = await campaignTimeline(users.viewer, campaignId);
    expect(viewer.total).toBe(11); // minus the hidden appeal (created, sent) and the hidden case's release
    expect(viewer.entries.some((e) => e.href === `/appeals/${hiddenAppeal}` || e.href === `/cases/${hiddenCase}`)).toBe(false);

    const officer = await createTestUser("officer");
    await db.execute(sql`INSERT INTO case_assignments (case_id, user_id) VALUES (${hiddenCase}, ${officer.id})`);
    expect((await campaignTimeline(officer, campaignId)).total).toBe(14);
    // @ts-expect-error: nobody is a null user
    await expect(campaignTimeline(null, campaignId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
