// The triggers of migration 0014: contacts.last_contacted_at follows every kind of interaction, and
// the cached "most engaged" figure is recomputed after any change it counts, never served stale.
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/db/actor";
import { db, rowsOf } from "@/db/client";
import {
  activities,
  appealCases,
  appealDispatches,
  caseAssignments,
  appealRecipients,
  appeals,
  campaigns,
  cases,
  contacts,
  eventCases,
  events,
  invitations,
  letterCases,
  letters,
  letterSignatories,
} from "@/db/schema";
import { mergeContacts } from "@/lib/contacts/merge";
import { mergeSchema } from "@/lib/contacts/merge-schema";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { computeTopEngaged, topEngaged } from "./engagement";
import { recomputeTopEngaged } from "./engagement-reference";
import { dashboardData } from "./queries";
import { rollupMismatches } from "./rollup-check";
import { dashboardSchema, resolveFilters } from "./schema";

const now = new Date("2026-06-15T12:00:00Z");
const at = (d: string) => new Date(`${d}T00:00:00Z`);
let manager: TestUser;
let viewer: TestUser;
let campaign: string;

const lastContacted = async (id: string) =>
  (await db.select({ at: contacts.lastContactedAt }).from(contacts).where(eq(contacts.id, id)))[0].at?.toISOString() ?? null;
const person = async (label: string) =>
  (await db.insert(contacts).values({ fullName: unique(label), country: "NQ", parliamentaryBody: "pace" }).returning())[0].id;
const version = async () =>
  rowsOf<{ v: number }>(await db.execute(sql`SELECT version::int AS v FROM dashboard_versions WHERE name = 'engagement'`))[0].v;

beforeAll(async () => {
  [manager, viewer] = await Promise.all([createTestUser("manager"), createTestUser("viewer")]);
  [{ id: campaign }] = await db.insert(campaigns).values({ name: unique("Upkeep campaign") }).returning();
});

describe("contacts.last_contacted_at", () => {
  it("moves forward with activities, dispatches, invitations and letter asks, never back", async () => {
    const id = await person("Upkeep MP");
    expect(await lastContacted(id)).toBeNull();

    await db.insert(activities).values({ contactId: id, kind: "call", occurredAt: at("2025-03-01"), subject: "Call" });
    expect(await lastContacted(id)).toBe("2025-03-01T00:00:00.000Z");

    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Upkeep appeal"), status: "sent" }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "MP" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2025-05-10"), channel: "email" });
    expect(await lastContacted(id)).toBe("2025-05-10T00:00:00.000Z");

    const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: unique("Upkeep letter") }).returning();
    const [s] = await db.insert(letterSignatories).values({ letterId: letter.id, contactId: id, status: "asked", askedOn: "2025-07-01" }).returning();
    expect(await lastContacted(id)).toBe("2025-07-01T00:00:00.000Z");
    await db.update(letterSignatories).set({ status: "signed", signedOn: "2025-08-02" }).where(eq(letterSignatories.id, s.id));
    expect(await lastContacted(id)).toBe("2025-08-02T00:00:00.000Z");

    const [event] = await db.insert(events).values({ title: unique("Upkeep event"), kind: "side_event", forum: "pace_session" }).returning();
    await db.insert(invitations).values({ eventId: event.id, contactId: id, invitedAt: at("2025-09-03") });
    expect(await lastContacted(id)).toBe("2025-09-03T00:00:00.000Z");

    // An older interaction logged later does not move it back.
    await db.insert(activities).values({ contactId: id, kind: "note", occurredAt: at("2024-01-01"), subject: "Old note" });
    expect(await lastContacted(id)).toBe("2025-09-03T00:00:00.000Z");
  });

  it("follows interactions moved onto another contact by a merge", async () => {
    const [kept, gone] = [await person("Upkeep kept"), await person("Upkeep duplicate")];
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Merge appeal"), status: "sent" }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: gone, name: "Dup" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-01-04"), channel: "post" });
    expect(await lastContacted(kept)).toBeNull();
    await db.update(appealRecipients).set({ contactId: kept }).where(eq(appealRecipients.contactId, gone));
    expect(await lastContacted(kept)).toBe("2026-01-04T00:00:00.000Z");
  });
});

describe("the cached most-engaged figure", () => {
  const params = () => dashboardSchema.parse({ campaign, from: "2026-01-01", to: "2026-06-30" });

  it("is recomputed after every committed change it counts, and not before", async () => {
    const id = await person("Cache MEP");
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Cache appeal"), status: "sent", campaignId: campaign }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "MEP" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-02-01"), channel: "email" });

    const first = await dashboardData(manager, params(), now);
    expect(first.engaged.contacts).toEqual([expect.objectContaining({ id, dispatches: 1, total: 1 })]);
    const v = await version();
    // Served from the cache: same figure, no change in the counter.
    expect((await dashboardData(manager, params(), now)).engaged).toEqual(first.engaged);
    expect(await version()).toBe(v);

    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-03-01"), channel: "post" });
    expect(await version()).toBeGreaterThan(v);
    expect((await dashboardData(manager, params(), now)).engaged.contacts).toEqual([expect.objectContaining({ id, dispatches: 2, total: 2 })]);

    // Editing what the figure does not read leaves the counter alone; moving the appeal to
    // another campaign does not.
    const unchanged = await version();
    await db.update(appeals).set({ title: unique("Cache appeal renamed"), updatedAt: new Date() }).where(eq(appeals.id, appeal.id));
    await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Unrelated draft") });
    expect(await version()).toBe(unchanged);
    await db.update(appeals).set({ campaignId: null }).where(eq(appeals.id, appeal.id));
    expect(await version()).toBeGreaterThan(unchanged);
    expect((await dashboardData(manager, params(), now)).engaged.contacts).toEqual([]);
    await db.update(appeals).set({ campaignId: campaign }).where(eq(appeals.id, appeal.id));

    // A rolled-back change leaves the counter alone.
    const before = await version();
    await db
      .transaction(async (tx) => {
        await tx.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-04-01"), channel: "post" });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);
  });

  it("keeps a viewer's figure apart: restricting the case hides its appeal's dispatches at once", async () => {
    const id = await person("Cache PACE");
    const [c] = await db.insert(cases).values({ primaryName: unique("Cache case"), country: "KZ", status: "detained" }).returning();
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Cache appeal 2"), status: "sent", campaignId: campaign }).returning();
    await db.insert(appealCases).values({ appealId: appeal.id, caseId: c.id });
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "PACE" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-02-02"), channel: "email" });

    const seen = async (user: TestUser) => (await dashboardData(user, params(), now)).engaged.contacts.some((x) => x.id === id);
    expect(await seen(viewer)).toBe(true);
    await db.update(cases).set({ restricted: true }).where(eq(cases.id, c.id));
    expect(await seen(viewer)).toBe(false);
    expect(await seen(manager)).toBe(true);
  });
});

// The summary tables of migration 0021 (engagement_months, engagement_body_months,
// engagement_totals, appeal_months) follow every kind of change: after each step, rebuilding them
// from the interactions gives exactly what the triggers kept, and the figure read from them equals
// the one-pass recompute from the interactions, for a manager, a viewer and an officer assigned to
// the restricted case, over whole months and over ranges that cut months in two.
describe("the engagement summary tables", () => {
  const country = "QX";
  let admin: TestUser;
  let assigned: TestUser;
  const users = () => [manager, viewer, assigned];
  const ranges = [
    { from: "2026-01-01", to: "2026-06-30" },
    { from: "2026-02-15", to: "2026-03-05" },
    { from: "2025-01-01", to: "2026-12-31" },
  ];
  let campaign2: string;

  const consistent = async () => {
    const m = await rollupMismatches();
    expect({ months: m.engagementMonths, bodies: m.engagementBodyMonths, totals: m.engagementTotals, appeals: m.appealMonths }).toEqual({
      months: 0,
      bodies: 0,
      totals: 0,
      appeals: 0,
    });
  };
  const sameFigures = async () => {
    for (const user of users()) {
      for (const range of ranges) {
        for (const extra of [{}, { campaign }, { body: "pace" }]) {
          const f = resolveFilters(dashboardSchema.parse({ country, ...range, ...extra }), now);
          const expected = await recomputeTopEngaged(user, f);
          expect(await computeTopEngaged(user, f), `${user.role} ${JSON.stringify({ ...range, ...extra })}`).toEqual(expected);
          // The cached figure, refreshed from the changed contacts alone since the previous check.
          expect(await topEngaged(user, f), `cached: ${user.role} ${JSON.stringify({ ...range, ...extra })}`).toEqual(expected);
        }
      }
    }
  };
  const check = async () => {
    await consistent();
    await sameFigures();
  };
  // Each check compares the figure, computed and cached, for three users, three ranges and three filters.
  const CHECKS_TIMEOUT = 180_000;
  const contact = async (label: string, body: "pace" | "european_parliament" | null) =>
    (await db.insert(contacts).values({ fullName: unique(label), country, parliamentaryBody: body }).returning())[0];

  beforeAll(async () => {
    [admin, assigned] = await Promise.all([createTestUser("admin"), createTestUser("officer")]);
    [{ id: campaign2 }] = await db.insert(campaigns).values({ name: unique("Engagement campaign 2") }).returning();
  });

  it("follow dispatches, signatures and attendance as they are added, changed, moved, merged and deleted", async () => {
    const [mp1, mp2, mep, plain] = [await contact("Eng MP 1", "pace"), await contact("Eng MP 2", "pace"), await contact("Eng MEP", "european_parliament"), await contact("Eng plain", null)];
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Eng appeal"), status: "sent", campaignId: campaign }).returning();
    const [r1, r2, r3] = await db
      .insert(appealRecipients)
      .values([
        { appealId: appeal.id, contactId: mp1.id, name: "MP 1" },
        { appealId: appeal.id, contactId: mp2.id, name: "MP 2" },
        { appealId: appeal.id, contactId: mep.id, name: "MEP" },
      ])
      .returning();
    const [d1, d2] = await db
      .insert(appealDispatches)
      .values([
        { recipientId: r1.id, sentOn: at("2026-02-10"), channel: "email" },
        { recipientId: r2.id, sentOn: at("2026-02-20"), channel: "email", error: "bounced" },
        { recipientId: r3.id, sentOn: at("2026-03-01"), channel: "post" },
        { recipientId: r3.id, sentOn: at("2026-03-20"), channel: "email" },
      ])
      .returning();
    const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: unique("Eng letter"), campaignId: campaign }).returning();
    const [s1, s2] = await db
      .insert(letterSignatories)
      .values([
        { letterId: letter.id, contactId: mp1.id, status: "signed", signedOn: "2026-02-15" },
        { letterId: letter.id, contactId: mp2.id, status: "asked", askedOn: "2026-02-01" },
      ])
      .returning();
    const [event, event2] = await db
      .insert(events)
      .values([
        { title: unique("Eng event"), kind: "side_event", forum: "pace_session", startsAt: at("2026-03-10"), campaignId: campaign2 },
        { title: unique("Eng event 2"), kind: "side_event", forum: "pace_session", startsAt: at("2026-04-10"), campaignId: campaign },
      ])
      .returning();
    const [i1, i2] = await db
      .insert(invitations)
      .values([
        { eventId: event.id, contactId: mp1.id, answer: "accepted", attendance: "attended" },
        { eventId: event.id, contactId: mep.id, answer: "accepted" },
        { eventId: event.id, contactId: plain.id, answer: "accepted", attendance: "attended" },
      ])
      .returning();
    await check();

    // Changes to what counts and where.
    await db.update(appealDispatches).set({ error: null }).where(eq(appealDispatches.id, d2.id));
    await db.update(appealDispatches).set({ sentOn: at("2026-05-02") }).where(eq(appealDispatches.id, d1.id));
    await db.update(letterSignatories).set({ signedOn: "2026-03-03" }).where(eq(letterSignatories.id, s1.id));
    await db.update(letterSignatories).set({ status: "signed", signedOn: "2026-02-16" }).where(eq(letterSignatories.id, s2.id));
    await db.update(invitations).set({ attendance: "attended" }).where(eq(invitations.id, i2.id));
    await db.update(invitations).set({ eventId: event2.id }).where(eq(invitations.id, i1.id));
    await check();
    await db.update(events).set({ startsAt: at("2026-02-28") }).where(eq(events.id, event.id));
    await db.update(events).set({ campaignId: campaign }).where(eq(events.id, event.id));
    await db.update(appeals).set({ campaignId: campaign2 }).where(eq(appeals.id, appeal.id));
    await db.update(letters).set({ campaignId: null }).where(eq(letters.id, letter.id));
    await db.update(appealRecipients).set({ contactId: plain.id }).where(eq(appealRecipients.id, r2.id));
    await db.update(contacts).set({ parliamentaryBody: "osce_pa", country: "QY" }).where(eq(contacts.id, mep.id));
    await db.update(contacts).set({ country }).where(eq(contacts.id, mep.id));
    await check();

    // A merge moves the absorbed contact's dispatches, signatures and invitations to the survivor.
    const [a, b] = await db.select().from(contacts).where(sql`${contacts.id} IN (${mp1.id}, ${mp2.id})`);
    const [survivor, absorbed] = a.id === mp1.id ? [a, b] : [b, a];
    await mergeContacts(admin, mergeSchema.parse({ survivorId: survivor.id, absorbedId: absorbed.id, survivorVersion: survivor.version, absorbedVersion: absorbed.version }));
    await check();
    const left = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT (SELECT count(*) FROM engagement_months WHERE contact_id = ${absorbed.id}) + (SELECT count(*) FROM engagement_totals WHERE contact_id = ${absorbed.id}) AS n`),
    )[0];
    expect(Number(left.n)).toBe(0);

    // Deletions, of the interactions and of what they hang on.
    await db.delete(appealDispatches).where(eq(appealDispatches.id, d2.id));
    await db.delete(appealRecipients).where(eq(appealRecipients.id, r3.id));
    await check();
    await db.delete(invitations).where(eq(invitations.contactId, plain.id));
    await db.delete(events).where(eq(events.id, event2.id));
    await db.delete(letters).where(eq(letters.id, letter.id));
    await check();
    await db.delete(contacts).where(eq(contacts.id, plain.id));
    await db.delete(appeals).where(eq(appeals.id, appeal.id));
    await check();
  }, CHECKS_TIMEOUT);

  it("count what comes from a restricted case's records only for those who may see it, in the tables and the figure", async () => {
    const [mp, mep] = [await contact("Eng restricted MP", "pace"), await contact("Eng restricted MEP", "european_parliament")];
    const [kase] = await db.insert(cases).values({ primaryName: unique("Eng case"), country: "KZ", status: "detained" }).returning();
    await db.insert(caseAssignments).values({ caseId: kase.id, userId: assigned.id });
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Eng restricted appeal"), status: "sent", campaignId: campaign }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: mp.id, name: "MP" }).returning();
    await db.insert(appealDispatches).values([
      { recipientId: r.id, sentOn: at("2026-02-11"), channel: "email" },
      { recipientId: r.id, sentOn: at("2026-03-11"), channel: "email" },
      { recipientId: r.id, sentOn: at("2026-04-11"), channel: "email" },
    ]);
    const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: unique("Eng restricted letter") }).returning();
    await db.insert(letterSignatories).values({ letterId: letter.id, contactId: mep.id, status: "signed", signedOn: "2026-02-12" });
    const [event] = await db.insert(events).values({ title: unique("Eng restricted event"), kind: "hearing", forum: "pace_session", startsAt: at("2026-02-13") }).returning();
    await db.insert(invitations).values({ eventId: event.id, contactId: mep.id, answer: "accepted", attendance: "attended" });
    await db.insert(appealCases).values({ appealId: appeal.id, caseId: kase.id });
    await db.insert(letterCases).values({ letterId: letter.id, caseId: kase.id });
    await db.insert(eventCases).values({ eventId: event.id, caseId: kase.id });
    await check();

    // Restricting the case moves its records' rows apart, under their ids, out of the totals.
    await db.update(cases).set({ restricted: true }).where(eq(cases.id, kase.id));
    await check();
    const params = resolveFilters(dashboardSchema.parse({ country, from: "2026-01-01", to: "2026-06-30" }), now);
    const has = async (user: TestUser, id: string) => (await computeTopEngaged(user, params)).contacts.some((c) => c.id === id);
    expect(await has(viewer, mp.id)).toBe(false);
    expect(await has(viewer, mep.id)).toBe(false);
    expect(await has(assigned, mp.id)).toBe(true);
    expect(await has(manager, mep.id)).toBe(true);
    const totals = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM engagement_totals WHERE contact_id IN (${mp.id}, ${mep.id})`))[0];
    expect(totals.n).toBe(0);

    // Beneath the application's filter, the policy hides those rows from who may not see the case.
    const rowsSeen = (user: TestUser) =>
      runAs({ userId: user.id, role: user.role }, async () =>
        rowsOf<{ n: number }>(
          await db.execute(sql`SELECT (SELECT count(*) FROM engagement_months WHERE contact_id IN (${mp.id}, ${mep.id}))
                                    + (SELECT count(*) FROM engagement_body_months WHERE appeal_id = ${appeal.id} OR letter_id = ${letter.id} OR event_id = ${event.id})
                                    + (SELECT count(*) FROM appeal_months WHERE appeal_id = ${appeal.id}) AS n`),
        ),
      );
    expect(Number((await rowsSeen(viewer))[0].n)).toBe(0);
    expect(Number((await rowsSeen(assigned))[0].n)).toBeGreaterThan(0);
    expect(Number((await rowsSeen(manager))[0].n)).toBe(Number((await rowsSeen(assigned))[0].n));

    // Lifting the restriction, unlinking and deleting move them back and away.
    await db.update(cases).set({ restricted: false }).where(eq(cases.id, kase.id));
    await check();
    await db.update(cases).set({ restricted: true }).where(eq(cases.id, kase.id));
    await db.delete(letterCases).where(eq(letterCases.letterId, letter.id));
    await db.delete(appealCases).where(eq(appealCases.appealId, appeal.id));
    await check();
    await db.delete(events).where(eq(events.id, event.id));
    await check();
  }, CHECKS_TIMEOUT);
});

// After a change the cached ranking is brought up to date by scoring again only the contacts whose
// rows changed and those it kept (lib/dashboard/engagement.ts); here more contacts count than it
// keeps, so what it leaves out matters.
describe("the cached ranking after a change", () => {
  it("equals the recompute as contacts climb, are renamed among ties, drop out and have interactions moved within a month", async () => {
    const country = "QR";
    const people = await db
      .insert(contacts)
      .values(Array.from({ length: 40 }, (_, i) => ({ fullName: unique(`Pool ${String(i).padStart(2, "0")}`), country, parliamentaryBody: "pace" as const })))
      .returning();
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Pool appeal"), status: "sent" }).returning();
    const recipients = await db
      .insert(appealRecipients)
      .values(people.map((p) => ({ appealId: appeal.id, contactId: p.id, name: p.fullName })))
      .returning();
    // One to three dispatches each, in March and April.
    await db.insert(appealDispatches).values(
      recipients.flatMap((r, i) =>
        Array.from({ length: 1 + (i % 3) }, (_, k) => ({ recipientId: r.id, sentOn: at(k % 2 ? "2026-04-10" : "2026-03-10"), channel: "email" as const })),
      ),
    );
    const ranges = [
      { from: "2026-01-01", to: "2026-06-30" },
      { from: "2026-03-05", to: "2026-04-30" },
    ];
    const same = async (step: string) => {
      for (const user of [manager, viewer]) {
        for (const range of ranges) {
          const f = resolveFilters(dashboardSchema.parse({ country, ...range }), now);
          expect(await topEngaged(user, f), `${step}: ${user.role} ${range.from}`).toEqual(await recomputeTopEngaged(user, f));
        }
      }
    };
    await same("computed");

    await db.insert(appealDispatches).values(Array.from({ length: 4 }, () => ({ recipientId: recipients[0].id, sentOn: at("2026-04-02"), channel: "post" as const })));
    await same("a contact climbs to the top");

    await db.update(contacts).set({ fullName: unique("Pool 000") }).where(eq(contacts.id, people[38].id));
    await same("a contact renamed to the front of its count");

    const [moved] = await db.select({ id: appealDispatches.id }).from(appealDispatches).where(eq(appealDispatches.recipientId, recipients[1].id)).limit(1);
    await db.update(appealDispatches).set({ sentOn: at("2026-03-01") }).where(eq(appealDispatches.id, moved.id));
    await same("a dispatch moved within its month, out of the range");

    await db.delete(appealDispatches).where(inArray(appealDispatches.recipientId, recipients.filter((_, i) => i % 3 === 2).map((r) => r.id)));
    await same("the leading contacts drop out");

    // Contacts counted on the range's edge days only (March 1-4 of the second range): when those
    // dispatches go, or the contact does, no row of theirs is left to say so (engagement_gone,
    // migration 0026), yet the bodies' figure must lose their edges.
    const edgeContacts = await db
      .insert(contacts)
      .values([
        { fullName: unique("Pool edge"), country, parliamentaryBody: "pace" as const },
        { fullName: unique("Pool edge deleted"), country, parliamentaryBody: "pace" as const },
      ])
      .returning();
    const edgeRecipients = await db
      .insert(appealRecipients)
      .values(edgeContacts.map((p) => ({ appealId: appeal.id, contactId: p.id, name: p.fullName })))
      .returning();
    await db.insert(appealDispatches).values(edgeRecipients.map((r) => ({ recipientId: r.id, sentOn: at("2026-03-02"), channel: "email" as const })));
    await same("contacts counted on edge days only");
    await db.delete(appealDispatches).where(eq(appealDispatches.recipientId, edgeRecipients[0].id));
    await same("a contact's only dispatch, on an edge day, deleted");
    await db.delete(contacts).where(eq(contacts.id, edgeContacts[1].id));
    await same("a contact counted on an edge day deleted");
  });
});
