// What a newcomer sees on the demo database: the seed's history carries its own dates (a 2018
// letter is on the campaign timeline in 2018, not on the day the seed ran), and its recent records,
// dated from the seeding day, give the default dashboard (the last twelve months) and each demo
// account's My work real figures. Seeded on a database of its own, "today" pinned to a day far
// from any date written in the seed data, so nothing can pass on a hard-coded date.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, rowsOf } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemoData } from "@/db/seed";
import { ids } from "@/db/seed/context";
import { seedDemoUsers, type DemoUserIds } from "@/db/seed/users";
import type { Acting } from "@/lib/auth/authorize";
import { campaignTimeline } from "@/lib/campaigns/overview";
import { getMyWork } from "@/lib/my-work/queries";
import { scratchDatabase, useForApp } from "@/tests/scratch-database";
import { negativeDurations } from "./durations";
import { dashboardData } from "./queries";
import { rollupMismatches } from "./rollup-check";
import { dashboardSchema } from "./schema";

const now = new Date("2031-03-15T12:00:00Z");
let handle: ReturnType<typeof createDatabase>;
let accounts: DemoUserIds;
const cleanups: Array<() => Promise<void> | void> = [];
const as = (role: keyof DemoUserIds): Acting => ({ id: accounts[role], email: `${role}@demo.test`, role });

beforeAll(async () => {
  const scratch = await scratchDatabase("seeded_dashboard");
  cleanups.push(scratch.drop);
  handle = createDatabase(scratch.url, scratch.pgliteDir);
  cleanups.push(() => handle.close());
  await runMigrations(handle.db, handle.kind, scratch.url);
  accounts = await seedDemoUsers(handle.db);
  await seedDemoData(handle.db, accounts, now);
  // The app's queries read the shared handle: point it at the seeded database for this file.
  cleanups.push(await useForApp(scratch));
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("the seeded demo database", () => {
  it("holds no appeal sent before it was drafted or answered before it was sent", async () => {
    expect(await negativeDurations(handle.db)).toEqual({ draftToSent: 0, sentToReply: 0 });
    expect(await rollupMismatches()).toEqual({
      appealFacts: 0,
      eventFunnel: 0,
      lastContactDays: 0,
      lastContactMonths: 0,
      engagementMonths: 0,
      engagementBodyMonths: 0,
      engagementTotals: 0,
      appealMonths: 0,
    });
  });

  it("shows the manager real figures on the default dashboard (the last twelve months)", async () => {
    const d = await dashboardData(as("manager"), dashboardSchema.parse({}), now);
    expect(d.filters).toMatchObject({ from: "2030-04-01", to: "2031-03-15" });
    expect(d.appeals.drafted).toBeGreaterThanOrEqual(5);
    expect(d.appeals.sent).toBeGreaterThanOrEqual(3);
    expect(d.appeals.answered).toBeGreaterThanOrEqual(2);
    expect(d.appeals.medianDaysToSend).toBeGreaterThan(0);
    expect(d.appeals.medianDaysToReply).toBeGreaterThan(0);
    expect(d.awaiting.count).toBeGreaterThanOrEqual(1);
    expect(d.events.total).toBeGreaterThanOrEqual(2);
    expect(d.events.past).toBeGreaterThanOrEqual(2);
    expect(d.events.upcoming - d.events.undated).toBeGreaterThanOrEqual(2);
    expect(d.events.acceptanceRate).toBeGreaterThan(0);
    expect(d.events.attendanceRate).toBeGreaterThan(0);
    expect(d.letters.open).toBeGreaterThanOrEqual(2);
    expect(d.letters.closingSoonest.some((l) => l.deadline! > "2031-03-15" && l.signed > 0)).toBe(true);
    expect(d.engaged.contacts.length).toBeGreaterThan(0);
    expect(d.appealMonths.some((m) => m.draft + m.in_review + m.approved + m.sent + m.response_received + m.closed > 0)).toBe(true);
    // Nothing the seed's history left open reads as waiting for years: the appeal waiting for
    // approval is a recent one, and no letter still collecting signatures is past its deadline.
    expect(d.awaiting.oldestDays).not.toBeNull();
    expect(d.awaiting.oldestDays!).toBeLessThan(30);
    for (const l of d.letters.closingSoonest) expect(l.deadline === null || l.deadline >= "2031-03-15", l.title).toBe(true);
    // Undated events count as upcoming: only a recent idea may be undated.
    expect(d.events.undated).toBeLessThanOrEqual(1);
    // The viewer too (the recent records are about no restricted case).
    const v = await dashboardData(as("viewer"), dashboardSchema.parse({}), now);
    expect(v.appeals).toMatchObject({ drafted: d.appeals.drafted, sent: d.appeals.sent });
  });

  it("gives the manager, an officer and the coordinator something in My work", async () => {
    const manager = await getMyWork(as("manager"), now);
    expect(manager.drafts.total).toBeGreaterThan(0);
    expect(manager.approvals!.rows.map((a) => a.id)).toContain(ids.appeal("recent-in-review"));
    expect(manager.tasks.total).toBeGreaterThan(0);
    expect(manager.incoming!.total).toBeGreaterThan(0);

    const officer = await getMyWork(as("officer"), now);
    expect(officer.drafts.rows.map((a) => a.id)).toContain(ids.appeal("recent-officer-draft"));
    expect(officer.returned.rows.map((a) => a.id)).toContain(ids.appeal("recent-returned"));
    expect(officer.incoming!.total).toBeGreaterThan(0);

    const coordinator = await getMyWork(as("coordinator"), now);
    expect(coordinator.rsvps.total).toBeGreaterThan(0);
    expect(coordinator.tasks.rows.some((t) => t.dueOn! >= "2031-03-01")).toBe(true);
    // Overdue by days, not by years: the historical events' tasks were done.
    for (const t of coordinator.tasks.rows) expect(t.dueOn! >= "2031-02-13", t.title).toBe(true);
  });

  it("dates the campaign timeline's letters, appeals and events by their own story", async () => {
    const timeline = await campaignTimeline(as("manager"), ids.campaign("dck-ban"));
    const letter = timeline.entries.find((e) => e.key === `letter:${ids.letter("pace-wd-2018-04")}`);
    expect(letter?.at.toISOString().slice(0, 10)).toBe("2018-04-25");
    const appeal = timeline.entries.find((e) => e.key === `appeal:${ids.appeal("dck-ban-2018")}`);
    expect(appeal?.at.toISOString().slice(0, 10)).toBe("2018-04-02");
    // Nothing historical is dated on the seeding day.
    const magnitsky = await campaignTimeline(as("manager"), ids.campaign("magnitsky"));
    expect(magnitsky.entries.length).toBeGreaterThan(0);
    for (const e of [...timeline.entries, ...magnitsky.entries]) expect(e.at.getUTCFullYear()).toBeLessThan(2022);
  });

  it("leaves nothing of its history open as if still under way", async () => {
    const [row] = rowsOf<Record<string, number>>(
      await handle.db.execute(sql`
        SELECT (SELECT count(*) FROM letters WHERE status IN ('draft', 'collecting') AND deadline < ${now.toISOString().slice(0, 10)}::date)::int AS "lettersPastDeadline",
               (SELECT count(*) FROM appeals WHERE status = 'in_review' AND submitted_at < ${now.toISOString()}::timestamptz - interval '30 days')::int AS "appealsLongInReview",
               (SELECT count(*) FROM events WHERE starts_at IS NULL AND created_at < ${now.toISOString()}::timestamptz - interval '60 days')::int AS "oldUndatedEvents",
               (SELECT count(*) FROM event_tasks WHERE done_at IS NULL AND due_on < ${now.toISOString().slice(0, 10)}::date - 30)::int AS "tasksLongOverdue"`),
    );
    expect(row).toEqual({ lettersPastDeadline: 0, appealsLongInReview: 0, oldUndatedEvents: 0, tasksLongOverdue: 0 });
    // The stories as they ended: the Akhmetova appeal went out on 26 May 2020, the Agadil letter
    // closed at its deadline, the EU-response discussion was held on 25 March 2021.
    const [ended] = rowsOf<{ appeal: string; sent: string; letter: string; event: string; held: string }>(
      await handle.db.execute(sql`
        SELECT (SELECT status FROM appeals WHERE id = ${ids.appeal("akhmetova-2020")}) AS appeal,
               (SELECT to_char(sent_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') FROM appeals WHERE id = ${ids.appeal("akhmetova-2020")}) AS sent,
               (SELECT status FROM letters WHERE id = ${ids.letter("ep-agadil-sanctions")}) AS letter,
               (SELECT status FROM events WHERE id = ${ids.event("eu-response-online-2021")}) AS event,
               (SELECT to_char(starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') FROM events WHERE id = ${ids.event("eu-response-online-2021")}) AS held`),
    );
    expect(ended).toEqual({ appeal: "sent", sent: "2020-05-26", letter: "closed", event: "held", held: "2021-03-25" });
  });

  it("never dates a historical record on the seeding day", async () => {
    const [row] = rowsOf<Record<string, number>>(
      await handle.db.execute(sql`
        SELECT (SELECT count(*) FROM appeals WHERE created_at > '2022-01-01' AND body_markdown NOT LIKE '%Demo record%')::int AS appeals,
               (SELECT count(*) FROM letters WHERE created_at > '2022-01-01' AND body NOT LIKE '%Demo record%')::int AS letters,
               (SELECT count(*) FROM events WHERE created_at > '2022-01-01' AND description NOT LIKE '%Demo record%')::int AS events,
               (SELECT count(*) FROM activities WHERE created_at > '2022-01-01' AND body NOT LIKE '%Demo record%')::int AS activities,
               (SELECT count(*) FROM incoming_appeals WHERE created_at > '2022-01-01' AND original_text NOT LIKE '%Demo record%')::int AS incoming,
               (SELECT count(*) FROM appeals WHERE created_at > ${now.toISOString()}::timestamptz OR updated_at > ${now.toISOString()}::timestamptz)::int AS "appealsAhead",
               (SELECT count(*) FROM events WHERE created_at > ${now.toISOString()}::timestamptz OR updated_at > ${now.toISOString()}::timestamptz)::int AS "eventsAhead"`),
    );
    expect(row).toEqual({ appeals: 0, letters: 0, events: 0, activities: 0, incoming: 0, appealsAhead: 0, eventsAhead: 0 });
  });
});
