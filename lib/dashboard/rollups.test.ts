// The summary tables of migrations 0015 and 0026 (appeal_facts, event_funnel, last_contact_days, last_contact_months) follow every
// kind of change to what they summarize: after each step below, rebuilding them from the source
// tables gives exactly what the triggers kept.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import {
  appealCases,
  appealDispatches,
  appealFacts,
  appealRecipients,
  appealReplies,
  appeals,
  caseAssignments,
  cases,
  contacts,
  events,
  invitations,
} from "@/db/schema";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { appealKpis, appealsPerMonth } from "./appeals";
import { recomputeAppealKpis, recomputeAppealsPerMonth } from "./appeals-reference";
import { dormantParliamentarians } from "./engagement";
import { dashboardData } from "./queries";
import { rollupMismatches } from "./rollup-check";
import { dashboardSchema, resolveFilters } from "./schema";

const at = (d: string) => new Date(`${d}T00:00:00Z`);
const facts = async (id: string) => (await db.select().from(appealFacts).where(eq(appealFacts.id, id)))[0];
const consistent = async () =>
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
let manager: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [manager, viewer] = await Promise.all([createTestUser("manager"), createTestUser("viewer")]);
});

describe("appeal_facts", () => {
  it("follows the appeal, its cases, recipients, their contacts and replies", async () => {
    const [mp, mep] = await db
      .insert(contacts)
      .values([
        { fullName: unique("Facts MP"), country: "NR", parliamentaryBody: "pace" },
        { fullName: unique("Facts MEP"), country: "NR", parliamentaryBody: "european_parliament" },
      ])
      .returning();
    const [c1, c2] = await db
      .insert(cases)
      .values([
        { primaryName: unique("Facts case 1"), country: "KZ", status: "detained" },
        { primaryName: unique("Facts case 2"), country: "KG", status: "detained" },
      ])
      .returning();
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Facts appeal") }).returning();
    expect(await facts(appeal.id)).toMatchObject({ status: "draft", caseCountries: [], recipientBodies: [], aboutRestricted: false });

    await db.insert(appealCases).values([{ appealId: appeal.id, caseId: c1.id }, { appealId: appeal.id, caseId: c2.id }]);
    const [r1] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: mp.id, name: "MP" }).returning();
    await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: mep.id, name: "MEP" });
    expect(await facts(appeal.id)).toMatchObject({ caseCountries: ["KG", "KZ"], recipientBodies: ["european_parliament", "pace"] });
    await consistent();

    await db.update(appeals).set({ status: "in_review", submittedAt: at("2026-02-01") }).where(eq(appeals.id, appeal.id));
    expect((await facts(appeal.id)).waitingSince.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    await db.update(appeals).set({ status: "sent", sentAt: at("2026-02-03") }).where(eq(appeals.id, appeal.id));
    await db.insert(appealDispatches).values({ recipientId: r1.id, sentOn: at("2026-02-03"), channel: "email" });
    const [reply] = await db.insert(appealReplies).values({ appealId: appeal.id, recipientId: r1.id, receivedOn: "2026-03-01", fromName: "Ministry", summary: "Reply" }).returning();
    await db.insert(appealReplies).values({ appealId: appeal.id, receivedOn: "2026-02-20", fromName: "Ministry", summary: "Earlier reply" });
    expect(await facts(appeal.id)).toMatchObject({ status: "sent", firstReplyOn: "2026-02-20" });
    await consistent();

    // A case moves country and becomes restricted; a case link goes; a contact changes body.
    await db.update(cases).set({ country: "UZ", restricted: true }).where(eq(cases.id, c2.id));
    expect(await facts(appeal.id)).toMatchObject({ caseCountries: ["KZ", "UZ"], aboutRestricted: true });
    await db.delete(appealCases).where(eq(appealCases.caseId, c2.id));
    expect(await facts(appeal.id)).toMatchObject({ caseCountries: ["KZ"], aboutRestricted: false });
    await db.update(contacts).set({ parliamentaryBody: "osce_pa" }).where(eq(contacts.id, mep.id));
    expect((await facts(appeal.id)).recipientBodies).toEqual(["pace", "osce_pa"]) // enum order;
    await db.delete(appealRecipients).where(eq(appealRecipients.contactId, mep.id));
    await db.delete(appealReplies).where(sql`${appealReplies.appealId} = ${appeal.id} AND ${appealReplies.id} <> ${reply.id}`);
    expect(await facts(appeal.id)).toMatchObject({ recipientBodies: ["pace"], firstReplyOn: "2026-03-01" });
    await consistent();

    await db.delete(appeals).where(eq(appeals.id, appeal.id));
    expect(await facts(appeal.id)).toBeUndefined();
    await consistent();
  });

  it("reads cases and recipients inserted by the same statement as the appeal", async () => {
    const [c] = await db.insert(cases).values({ primaryName: unique("CTE case"), country: "TJ", status: "detained" }).returning();
    const [{ id }] = rowsOf<{ id: string }>(
      await db.execute(sql`
        WITH a AS (INSERT INTO appeals (type, title) VALUES ('urgent_appeal', ${unique("CTE appeal")}) RETURNING id),
             l AS (INSERT INTO appeal_cases (appeal_id, case_id) SELECT a.id, ${c.id}::uuid FROM a)
        SELECT id FROM a`),
    );
    expect((await facts(id)).caseCountries).toEqual(["TJ"]);
    await consistent();
  });

  it("counts an appeal about a restricted case for managers only", async () => {
    const [c] = await db.insert(cases).values({ primaryName: unique("Hidden facts case"), country: "NS", status: "detained", restricted: true }).returning();
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Hidden facts appeal"), status: "in_review" }).returning();
    await db.insert(appealCases).values({ appealId: appeal.id, caseId: c.id });
    const params = dashboardSchema.parse({ country: "NS" });
    expect((await dashboardData(manager, params)).awaiting.count).toBe(1);
    expect((await dashboardData(viewer, params)).awaiting.count).toBe(0);
  });
});

describe("event_funnel", () => {
  it("follows invitations answered, attended, moved and deleted, and events deleted", async () => {
    const [guest1, guest2] = await db
      .insert(contacts)
      .values([{ fullName: unique("Funnel guest 1") }, { fullName: unique("Funnel guest 2") }])
      .returning();
    const [e1, e2] = await db
      .insert(events)
      .values([
        { title: unique("Funnel event 1"), kind: "side_event", forum: "pace_session" },
        { title: unique("Funnel event 2"), kind: "side_event", forum: "pace_session" },
      ])
      .returning();
    const [i1] = await db
      .insert(invitations)
      .values([{ eventId: e1.id, contactId: guest1.id }, { eventId: e1.id, contactId: guest2.id }])
      .returning();
    await db.update(invitations).set({ answer: "accepted", attendance: "attended" }).where(eq(invitations.id, i1.id));
    await consistent();
    await db.update(invitations).set({ eventId: e2.id }).where(eq(invitations.id, i1.id));
    await consistent();
    await db.delete(invitations).where(eq(invitations.contactId, guest2.id));
    await db.delete(events).where(eq(events.id, e2.id));
    await consistent();
  });
});

describe("last_contact_days", () => {
  it("moves a parliamentarian between days as contacts, bodies and merges change", async () => {
    const [a, b] = await db
      .insert(contacts)
      .values([
        { fullName: unique("Days MP"), country: "NT", parliamentaryBody: "pace", lastContactedAt: at("2024-05-01") },
        { fullName: unique("Days MP twin"), country: "NT", parliamentaryBody: "pace", lastContactedAt: at("2024-05-01") },
      ])
      .returning();
    const dormant = async () => (await dashboardData(manager, dashboardSchema.parse({ country: "NT", body: "pace", months: 6 }))).dormant.count;
    expect(await dormant()).toBe(2);
    await consistent();
    await db.update(contacts).set({ lastContactedAt: new Date() }).where(eq(contacts.id, a.id));
    expect(await dormant()).toBe(1);
    await db.update(contacts).set({ mergedIntoId: a.id }).where(eq(contacts.id, b.id));
    expect(await dormant()).toBe(0);
    await db.update(contacts).set({ mergedIntoId: null, parliamentaryBody: "osce_pa" }).where(eq(contacts.id, b.id));
    expect(await dormant()).toBe(0);
    await consistent();
    await db.delete(contacts).where(eq(contacts.id, b.id));
    await consistent();
  });
});

describe("last_contact_months", () => {
  // "Not contacted in N months" from the months before the cutoff's and that month's days, against
  // a count of the contacts themselves: cutoffs on the 1st, mid-month and at a month's end, every
  // body and country filter, after every kind of change.
  const nows = ["2026-03-01T08:00:00Z", "2026-03-17T23:59:00Z", "2026-05-31T12:00:00Z"].map((d) => new Date(d));
  const matchesContacts = async () => {
    for (const now of nows) {
      for (const months of [1, 2, 6, 13, 120]) {
        for (const body of ["all", "pace", "osce_pa"] as const) {
          for (const country of ["", "NV", "NW"]) {
            const f = resolveFilters(dashboardSchema.parse({ months, body, country }), now);
            const { count, since } = await dormantParliamentarians(f, now);
            const [{ n }] = rowsOf<{ n: number }>(
              await db.execute(sql`SELECT count(*)::int AS n FROM contacts
                WHERE parliamentary_body IS NOT NULL AND merged_into_id IS NULL AND last_contacted_at < ${since}::date::timestamp AT TIME ZONE 'UTC'
                  AND (${body} = 'all' OR parliamentary_body::text = ${body}) AND (${country} = '' OR country = ${country})`),
            );
            expect(count, `${now.toISOString()} ${months} months ${body} ${country || "every country"}`).toBe(n);
          }
        }
      }
    }
  };

  it("counts what the contacts hold through inserts, moves, body and country changes, merges and deletes", async () => {
    const spec: Array<[string, "pace" | "osce_pa" | "european_parliament", string | null]> = [
      ["2026-02-28T23:30:00Z", "pace", "NV"],
      ["2026-03-01T00:00:00Z", "pace", "NV"],
      ["2026-01-17T12:00:00Z", "osce_pa", "NV"],
      ["2026-01-16T12:00:00Z", "pace", "NW"],
      ["2025-11-30T10:00:00Z", "european_parliament", null],
      ["2016-03-17T00:00:00Z", "pace", "NW"],
      ["2025-12-31T23:59:59Z", "osce_pa", "NW"],
    ];
    const made = await db
      .insert(contacts)
      .values(spec.map(([last, body, country]) => ({ fullName: unique("Months MP"), country, parliamentaryBody: body, lastContactedAt: new Date(last) })))
      .returning();
    await consistent();
    await matchesContacts();
    const [a, b, c, d, e] = made;
    // The last contact moves forward (within its month, across months), a body and a country change.
    await db.update(contacts).set({ lastContactedAt: new Date("2026-03-16T09:00:00Z") }).where(eq(contacts.id, a.id));
    await db.update(contacts).set({ lastContactedAt: new Date("2026-01-20T09:00:00Z") }).where(eq(contacts.id, c.id));
    await db.update(contacts).set({ parliamentaryBody: "osce_pa", country: null }).where(eq(contacts.id, d.id));
    await db.update(contacts).set({ country: "NV" }).where(eq(contacts.id, e.id));
    await consistent();
    await matchesContacts();
    // A merge takes the merged record out, an unmerge brings it back, several rows in one statement.
    await db.update(contacts).set({ mergedIntoId: a.id }).where(eq(contacts.id, b.id));
    await consistent();
    await matchesContacts();
    await db.update(contacts).set({ mergedIntoId: null, parliamentaryBody: null }).where(eq(contacts.id, b.id));
    await db.execute(sql`UPDATE contacts SET last_contacted_at = last_contacted_at + interval '40 days' WHERE id IN (${c.id}, ${d.id}, ${e.id})`);
    await consistent();
    await matchesContacts();
    await db.delete(contacts).where(eq(contacts.id, a.id));
    await db.execute(sql`DELETE FROM contacts WHERE id IN (${b.id}, ${c.id})`);
    await consistent();
    await matchesContacts();
  });
});

describe("appeal_months", () => {
  it("gives the appeals figures appeal_facts gives row by row, for every role and over ranges that cut months", async () => {
    const country = "QW";
    const assigned = await createTestUser("officer");
    const [open, hidden] = await db
      .insert(cases)
      .values([
        { primaryName: unique("Months case"), country, status: "detained" },
        { primaryName: unique("Months hidden case"), country, status: "detained", restricted: true },
      ])
      .returning();
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: assigned.id });
    const [mp] = await db.insert(contacts).values({ fullName: unique("Months MP"), country, parliamentaryBody: "pace" }).returning();
    const spec: Array<[string, string | null, string | null, boolean]> = [
      // created, sent, first reply, about the restricted case
      ["2026-01-05", "2026-01-09", "2026-01-20", false],
      ["2026-02-14", "2026-02-16", null, false],
      ["2026-02-16", "2026-03-04", "2026-03-04", true],
      ["2026-02-28", "2026-03-06", "2026-03-30", false],
      ["2026-03-03", null, null, false],
      ["2026-03-05", "2026-03-05", "2026-03-01", false],
      ["2025-12-30", "2026-02-15", "2026-02-20", true],
    ];
    for (const [created, sent, reply, restricted] of spec) {
      const [appeal] = await db
        .insert(appeals)
        .values({ type: "urgent_appeal", title: unique("Months appeal"), status: sent ? "sent" : "draft", createdAt: at(created), sentAt: sent ? at(sent) : null })
        .returning();
      await db.insert(appealCases).values({ appealId: appeal.id, caseId: restricted ? hidden.id : open.id });
      await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: mp.id, name: "MP" });
      if (reply) await db.insert(appealReplies).values({ appealId: appeal.id, receivedOn: reply, fromName: "Ministry", summary: "Reply" });
    }
    await consistent();
    for (const user of [manager, viewer, assigned]) {
      for (const range of [
        { from: "2026-01-01", to: "2026-06-30" },
        { from: "2026-02-15", to: "2026-03-05" },
        { from: "2025-12-20", to: "2026-03-04" },
      ]) {
        for (const extra of [{}, { body: "pace" }, { body: "osce_pa" }]) {
          const f = resolveFilters(dashboardSchema.parse({ country, ...range, ...extra }));
          const label = `${user.role} ${JSON.stringify({ ...range, ...extra })}`;
          expect(await appealKpis(user, f), label).toEqual(await recomputeAppealKpis(user, f));
          expect(await appealsPerMonth(user, f), label).toEqual(await recomputeAppealsPerMonth(user, f));
        }
      }
    }
    const f = resolveFilters(dashboardSchema.parse({ country, from: "2026-01-01", to: "2026-06-30" }));
    expect((await appealKpis(manager, f)).sent).toBe(6);
    expect((await appealKpis(viewer, f)).sent).toBe(4);
  });
});
