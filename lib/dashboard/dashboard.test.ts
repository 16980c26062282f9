import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import {
  activities,
  appealCases,
  appealDispatches,
  appealRecipients,
  appealReplies,
  appeals,
  campaigns,
  caseCampaigns,
  cases,
  contacts,
  events,
  invitations,
  letters,
  letterSignatories,
} from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { figureTable } from "./csv";
import { negativeDurations } from "./durations";
import { dashboardLinks } from "./links";
import { dashboardData } from "./queries";
import { dashboardSchema, resolveFilters } from "./schema";

// Fixed "now" and range: the figures are exact on the rows inserted here (their own campaign and
// a country no other test uses).
const now = new Date("2026-06-15T12:00:00Z");
const COUNTRY = "NR";
const at = (d: string) => new Date(`${d}T00:00:00Z`);

let manager: TestUser;
let viewer: TestUser;
let campaign: string;
let other: string;
const ids: Record<string, string> = {};

const params = (over: Record<string, string> = {}) => dashboardSchema.parse({ campaign, from: "2026-01-01", to: "2026-06-30", ...over });
const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query))[0];

beforeAll(async () => {
  [manager, viewer] = await Promise.all([createTestUser("manager"), createTestUser("viewer")]);
  [{ id: campaign }, { id: other }] = await db.insert(campaigns).values([{ name: unique("Dashboard campaign") }, { name: unique("Other campaign") }]).returning();

  const caseRows = await db
    .insert(cases)
    .values([
      { primaryName: unique("Case A"), country: "KZ", status: "detained" },
      { primaryName: unique("Case B"), country: "KZ", status: "imprisoned" },
      { primaryName: unique("Case R"), country: "KZ", status: "detained", restricted: true },
      { primaryName: unique("Case D"), country: "RU", status: "released" },
      { primaryName: unique("Case E"), country: "KZ", status: "detained" },
    ])
    .returning();
  [ids.caseA, ids.caseB, ids.caseR, ids.caseD, ids.caseE] = caseRows.map((c) => c.id);
  await db.insert(caseCampaigns).values([
    ...[ids.caseA, ids.caseB, ids.caseR, ids.caseD].map((caseId) => ({ caseId, campaignId: campaign })),
    { caseId: ids.caseE, campaignId: other },
  ]);

  const people = await db
    .insert(contacts)
    .values([
      { fullName: unique("P1 MEP"), country: COUNTRY, parliamentaryBody: "european_parliament" as const },
      { fullName: unique("P2 PACE"), country: COUNTRY, parliamentaryBody: "pace" as const },
      { fullName: unique("P3 PACE"), country: COUNTRY, parliamentaryBody: "pace" as const },
      { fullName: unique("P4 OSCE PA quiet"), country: COUNTRY, parliamentaryBody: "osce_pa" as const },
      { fullName: unique("P5 never contacted"), country: COUNTRY, parliamentaryBody: "national_parliament" as const },
      { fullName: unique("O1 ministry"), country: COUNTRY },
    ])
    .returning();
  [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5, ids.o1] = people.map((p) => p.id);
  await db.insert(activities).values({ contactId: ids.p4, kind: "meeting", occurredAt: at("2025-06-01"), subject: "Meeting in Vienna" });

  const appeal = (title: string, campaignId: string, status: "draft" | "in_review" | "sent" | "response_received", created: string, sent?: string, submitted?: string) =>
    db
      .insert(appeals)
      .values({ type: "urgent_appeal", title: unique(title), campaignId, status, createdAt: at(created), sentAt: sent ? at(sent) : null, submittedAt: submitted ? at(submitted) : null })
      .returning()
      .then(([a]) => a.id);
  ids.a1 = await appeal("A1 answered", campaign, "response_received", "2026-01-05", "2026-01-20");
  ids.a2 = await appeal("A2 sent", campaign, "sent", "2026-02-10", "2026-02-15");
  ids.a3 = await appeal("A3 in review", campaign, "in_review", "2026-02-20", undefined, "2026-03-01");
  ids.a4 = await appeal("A4 draft", campaign, "draft", "2026-03-05");
  ids.aR = await appeal("AR about a restricted case", campaign, "response_received", "2026-01-10", "2026-01-12");
  ids.aOut = await appeal("A out of range", campaign, "sent", "2025-11-01", "2026-07-10");
  ids.a5 = await appeal("A5 other campaign", other, "sent", "2026-01-15", "2026-01-16");
  await db.insert(appealCases).values([
    { appealId: ids.a1, caseId: ids.caseA },
    { appealId: ids.a2, caseId: ids.caseB },
    { appealId: ids.aR, caseId: ids.caseR },
  ]);
  const recipient = async (appealId: string, contactId: string, sentOn: string) => {
    const [r] = await db.insert(appealRecipients).values({ appealId, contactId, name: "Recipient" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at(sentOn), channel: "email" });
    return r.id;
  };
  await recipient(ids.a1, ids.p1, "2026-01-20");
  await recipient(ids.a1, ids.p2, "2026-01-20");
  await recipient(ids.a2, ids.p1, "2026-02-15");
  await recipient(ids.aR, ids.p3, "2026-01-12");
  await db.insert(appealReplies).values([
    { appealId: ids.a1, receivedOn: "2026-02-01", fromName: "Ministry" },
    { appealId: ids.a1, receivedOn: "2026-03-01", fromName: "Ministry again" },
    { appealId: ids.aR, receivedOn: "2026-01-22", fromName: "Prosecutor" },
  ]);

  const [l1, , l3] = await db
    .insert(letters)
    .values([
      { kind: "joint_letter" as const, title: unique("L1 collecting"), status: "collecting" as const, campaignId: campaign, targetSignatures: 10, deadline: "2026-09-30" },
      { kind: "joint_letter" as const, title: unique("L2 closed"), status: "closed" as const, campaignId: campaign },
      { kind: "joint_letter" as const, title: unique("L3 other campaign"), status: "collecting" as const, campaignId: other },
    ])
    .returning();
  ids.l1 = l1.id;
  await db.insert(letterSignatories).values([
    { letterId: l1.id, contactId: ids.p1, status: "signed", signedOn: "2026-02-01" },
    { letterId: l1.id, contactId: ids.p2, status: "signed", signedOn: "2026-02-03" },
    { letterId: l1.id, contactId: ids.p3, status: "asked", askedOn: "2026-01-10" },
    { letterId: l3.id, contactId: ids.p4, status: "signed", signedOn: "2024-02-03" },
  ]);

  const ev = (title: string, startsAt: string) =>
    db
      .insert(events)
      .values({ kind: "side_event", title: unique(title), startsAt: new Date(startsAt), timeZone: "Europe/Brussels", campaignId: campaign, country: "FR", forum: "pace_session" })
      .returning()
      .then(([e]) => e.id);
  const e1 = await ev("E1 held", "2026-02-10T10:00:00Z");
  const e2 = await ev("E2 held", "2026-03-20T10:00:00Z");
  ids.e3 = await ev("E3 upcoming", "2026-06-25T10:00:00Z");
  await ev("E4 after the range", "2026-07-25T10:00:00Z");
  await db.insert(invitations).values([
    { eventId: e1, contactId: ids.p1, answer: "accepted", attendance: "attended", invitedAt: at("2026-01-20") },
    { eventId: e1, contactId: ids.p2, answer: "accepted", attendance: "no_show", invitedAt: at("2026-01-20") },
    { eventId: e1, contactId: ids.p3, answer: "declined", invitedAt: at("2026-01-20") },
    { eventId: e1, contactId: ids.o1, invitedAt: at("2026-01-20") },
    { eventId: e2, contactId: ids.p2, answer: "accepted", attendance: "attended", invitedAt: at("2026-03-01") },
    { eventId: e2, contactId: ids.p3, answer: "tentative", invitedAt: at("2026-03-01") },
  ]);
});

describe("dashboard", () => {
  it("counts appeals drafted, awaiting, sent and answered, with the reply rate and medians", async () => {
    const d = await dashboardData(manager, params(), now);
    const direct = await one<{ drafted: number; sent: number; answered: number }>(sql`
      SELECT (SELECT count(*) FROM appeals WHERE campaign_id = ${campaign} AND created_at >= '2026-01-01' AND created_at < '2026-07-01')::int AS drafted,
             (SELECT count(*) FROM appeals WHERE campaign_id = ${campaign} AND sent_at >= '2026-01-01' AND sent_at < '2026-07-01')::int AS sent,
             (SELECT count(*) FROM appeals a WHERE campaign_id = ${campaign} AND sent_at >= '2026-01-01' AND sent_at < '2026-07-01'
                AND EXISTS (SELECT 1 FROM appeal_replies r WHERE r.appeal_id = a.id))::int AS answered`);
    expect(d.appeals).toMatchObject({ ...direct, drafted: 5, sent: 3, answered: 2 });
    expect(d.appeals.replyRate).toBeCloseTo(2 / 3, 3);
    // Draft → sent: 15, 5 and 2 days; sent → first reply: 12 and 10 days.
    expect(d.appeals.medianDaysToSend).toBe(5);
    expect(d.appeals.medianDaysToReply).toBe(11);
    // Awaiting approval now, whatever the range: A3, submitted on 1 March.
    expect(d.awaiting).toEqual({ count: 1, oldestDays: 106 });
  });

  it("counts appeals per month by status, empty months included", async () => {
    const d = await dashboardData(manager, params(), now);
    expect(d.appealMonths.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    const direct = rowsOf<{ month: string; status: string; n: number }>(
      await db.execute(sql`SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, status::text, count(*)::int AS n FROM appeals
        WHERE campaign_id = ${campaign} AND created_at >= '2026-01-01' AND created_at < '2026-07-01' GROUP BY 1, 2`),
    );
    const cells = d.appealMonths.flatMap((m) =>
      (["draft", "in_review", "approved", "sent", "response_received", "closed"] as const).filter((s) => m[s] > 0).map((s) => ({ month: m.month, status: s, n: m[s] })),
    );
    const order = (rows: Array<{ month: string; status: string }>) => [...rows].sort((a, b) => `${a.month}${a.status}`.localeCompare(`${b.month}${b.status}`));
    expect(order(cells)).toEqual(order(direct));
    expect(d.appealMonths[0]).toMatchObject({ response_received: 2, sent: 0 });
  });

  it("leaves appeals about a restricted case out of a viewer's figures", async () => {
    const d = await dashboardData(viewer, params(), now);
    expect(d.appeals).toMatchObject({ drafted: 4, sent: 2, answered: 1, medianDaysToSend: 10, medianDaysToReply: 12 });
    expect(d.appealMonths[0]).toMatchObject({ response_received: 1 });
    // P3's only dispatch is of that appeal.
    expect(d.engaged.contacts.find((c) => c.id === ids.p3)).toBeUndefined();
  });

  it("shows open letters' signatures against their targets", async () => {
    const d = await dashboardData(manager, params(), now);
    const direct = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM letter_signatories WHERE letter_id = ${ids.l1} AND status = 'signed'`);
    expect(d.letters).toEqual({ open: 1, closingSoonest: [{ id: ids.l1, title: expect.any(String), deadline: "2026-09-30", signed: direct.n, target: 10 }] });
    expect(direct.n).toBe(2);
  });

  it("counts events per month, acceptance and attendance", async () => {
    const d = await dashboardData(manager, params(), now);
    // Upcoming is from now on, whatever the range: E3 (in it) and E4 (after it).
    expect(d.events).toMatchObject({ total: 3, past: 2, upcoming: 2, undated: 0, answered: 5, accepted: 3, attended: 2 });
    const direct = await one<{ answered: number; accepted: number; attended: number }>(sql`
      SELECT count(*) FILTER (WHERE i.answer <> 'pending')::int AS answered, count(*) FILTER (WHERE i.answer = 'accepted')::int AS accepted,
             count(*) FILTER (WHERE i.answer = 'accepted' AND i.attendance = 'attended')::int AS attended
        FROM invitations i JOIN events e ON e.id = i.event_id
       WHERE e.campaign_id = ${campaign} AND e.starts_at >= '2026-01-01' AND e.starts_at < '2026-07-01'`);
    expect(d.events).toMatchObject(direct);
    expect(d.events.acceptanceRate).toBeCloseTo(3 / 5, 5);
    expect(d.events.attendanceRate).toBeCloseTo(2 / 3, 5);
    expect(d.eventMonths.filter((m) => m.past + m.upcoming > 0)).toEqual([
      { month: "2026-02", past: 1, upcoming: 0 },
      { month: "2026-03", past: 1, upcoming: 0 },
      { month: "2026-06", past: 0, upcoming: 1 },
    ]);
    // The body filter is the events' forum: these are PACE side-events.
    expect((await dashboardData(manager, params({ body: "pace" }), now)).events.total).toBe(3);
    expect((await dashboardData(manager, params({ body: "european_parliament" }), now)).events.total).toBe(0);
  });

  it("counts an upcoming event after the range's end, and a default range ending today", async () => {
    // The default range ends today: E3 and E4 are after it, and still upcoming.
    const d = await dashboardData(manager, dashboardSchema.parse({ campaign }), now);
    expect(d.filters.to).toBe("2026-06-15");
    expect(d.events).toMatchObject({ total: 2, past: 2, upcoming: 2 });
    expect(dashboardLinks(d.filters).eventsUpcoming()).toBe(`/events?when=upcoming&campaign=${campaign}`);
    // A range wholly in the past counts them too.
    expect((await dashboardData(manager, params({ from: "2026-01-01", to: "2026-01-31" }), now)).events).toMatchObject({ total: 0, upcoming: 2 });
  });

  it("ranks the most engaged contacts and bodies", async () => {
    const d = await dashboardData(manager, params(), now);
    expect(d.engaged.contacts).toEqual([
      { id: ids.p1, name: expect.any(String), body: "european_parliament", dispatches: 2, signatures: 1, attendances: 1, total: 4 },
      { id: ids.p2, name: expect.any(String), body: "pace", dispatches: 1, signatures: 1, attendances: 1, total: 3 },
      { id: ids.p3, name: expect.any(String), body: "pace", dispatches: 1, signatures: 0, attendances: 0, total: 1 },
    ]);
    const direct = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id
      JOIN appeals a ON a.id = r.appeal_id WHERE r.contact_id = ${ids.p1} AND a.campaign_id = ${campaign}`);
    expect(d.engaged.contacts[0].dispatches).toBe(direct.n);
    expect(d.engaged.bodies).toEqual(
      expect.arrayContaining([
        { body: "pace", dispatches: 2, signatures: 1, attendances: 1, total: 4 },
        { body: "european_parliament", dispatches: 2, signatures: 1, attendances: 1, total: 4 },
      ]),
    );
    expect((await dashboardData(manager, params({ body: "pace" }), now)).engaged.contacts.map((c) => c.id)).toEqual([ids.p2, ids.p3]);
  });

  it("counts parliamentarians not contacted in N months", async () => {
    const d = await dashboardData(manager, params({ country: COUNTRY }), now);
    const direct = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM contacts c WHERE c.country = ${COUNTRY} AND c.parliamentary_body IS NOT NULL
      AND EXISTS (SELECT 1 FROM activities x WHERE x.contact_id = c.id) AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.contact_id = c.id AND x.occurred_at >= '2025-12-15')
      AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.contact_id = c.id AND i.invited_at >= '2025-12-15')`);
    expect(d.dormant).toEqual({ count: direct.n, since: "2025-12-15" });
    expect(direct.n).toBe(1); // P4, last met in June 2025; P5 was never contacted
    expect((await dashboardData(manager, params({ country: COUNTRY, months: "13" }), now)).dormant.count).toBe(0);
    expect((await dashboardData(manager, params({ country: COUNTRY, body: "pace" }), now)).dormant.count).toBe(0);
  });

  it("counts cases by status and country, the restricted one only for those allowed", async () => {
    const direct = async (restricted: boolean) =>
      one<{ n: number }>(sql`SELECT count(*)::int AS n FROM cases c JOIN case_campaigns cc ON cc.case_id = c.id
        WHERE cc.campaign_id = ${campaign} ${restricted ? sql`` : sql`AND NOT c.restricted`}`);
    const m = await dashboardData(manager, params(), now);
    expect(m.cases.total).toBe((await direct(true)).n);
    expect(m.cases.total).toBe(4);
    expect(m.cases.byStatus).toEqual([
      { status: "detained", n: 2 },
      { status: "imprisoned", n: 1 },
      { status: "released", n: 1 },
    ]);
    expect(m.cases.byCountry).toEqual([
      { country: "KZ", n: 3 },
      { country: "RU", n: 1 },
    ]);
    const v = await dashboardData(viewer, params(), now);
    expect(v.cases.total).toBe((await direct(false)).n);
    expect(v.cases.total).toBe(3);
    expect(v.cases.byStatus.find((s) => s.status === "detained")?.n).toBe(1);
    expect((await dashboardData(manager, params({ country: "RU" }), now)).cases.total).toBe(1);
  });

  it("follows the campaign and date-range filters", async () => {
    const o = await dashboardData(manager, params({ campaign: other }), now);
    expect(o.appeals).toMatchObject({ drafted: 1, sent: 1, answered: 0 });
    expect(o.cases.total).toBe(1);
    expect(o.letters.open).toBe(1);
    // Country: appeals about a case there; body: appeals written to a member of it.
    expect((await dashboardData(manager, params({ country: "KZ" }), now)).appeals).toMatchObject({ drafted: 3, sent: 3 });
    expect((await dashboardData(manager, params({ body: "pace" }), now)).appeals).toMatchObject({ drafted: 2, sent: 2, answered: 2 });
    const feb = await dashboardData(manager, params({ from: "2026-02-01", to: "2026-02-28" }), now);
    expect(feb.appeals).toMatchObject({ drafted: 2, sent: 1, answered: 0 });
    expect(feb.appealMonths.map((mo) => mo.month)).toEqual(["2026-02"]);
    expect(feb.events.total).toBe(1);
    expect(feb.engaged.contacts.map((c) => [c.id, c.total])).toEqual([
      [ids.p1, 3], // A2's dispatch, L1 signed, E1 attended
      [ids.p2, 1], // L1 signed (a no-show at E1)
    ]);
  });

  it("defaults to the last twelve months and links each figure to its list", () => {
    expect(resolveFilters(dashboardSchema.parse({}), now)).toMatchObject({ from: "2025-07-01", to: "2026-06-15", body: "all", months: 6 });
    expect(resolveFilters(dashboardSchema.parse({ from: "2026-05-01", to: "2026-01-01" }), now)).toMatchObject({ from: "2026-01-01", to: "2026-05-01" });
    const links = dashboardLinks(resolveFilters(params({ body: "pace", country: "FR" }), now));
    expect(links.events("all")).toBe(`/events?when=all&from=2026-01-01&to=2026-06-30&campaign=${campaign}&country=FR&forum=pace_session`);
    expect(links.eventsInMonth("2026-02", "past")).toContain("from=2026-02-01&to=2026-02-28");
    expect(links.appealsAwaiting()).toBe(`/appeals?status=in_review&campaign=${campaign}&country=FR&body=pace`);
    expect(links.cases({ status: "detained" })).toBe(`/cases?status=detained&country=FR&campaign=${campaign}`);
  });

  it("gives each figure as CSV rows", async () => {
    const d = await dashboardData(manager, params(), now);
    expect(figureTable(d, "cases-by-status").rows).toEqual([
      ["Detained", 2],
      ["Imprisoned", 1],
      ["Released", 1],
    ]);
    expect(figureTable(d, "appeals-per-month").rows).toHaveLength(6);
  });

  it("refuses nobody", async () => {
    await expect(dashboardData(null, params(), now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("median durations", () => {
  // An appeal drafted at noon and marked sent that day (the form records the day: midnight) took
  // 0 days, not −0.5; one logged after it went out (sent before the day it was entered) has no
  // span to measure. Neither may pull a median below zero.
  it("are taken over whole days and never over a negative span", async () => {
    const [{ id: own }] = await db.insert(campaigns).values({ name: unique("Durations campaign") }).returning();
    const rows = [
      { title: "Same day", created: "2026-03-10T12:00:00Z", sent: "2026-03-10T00:00:00Z", reply: "2026-03-12" },
      { title: "Logged after it went out", created: "2026-03-20T09:00:00Z", sent: "2026-03-05T00:00:00Z", reply: null },
      { title: "Two days", created: "2026-03-01T15:00:00Z", sent: "2026-03-03T00:00:00Z", reply: "2026-03-13" },
    ];
    for (const r of rows) {
      const [a] = await db
        .insert(appeals)
        .values({ type: "urgent_appeal", title: unique(r.title), campaignId: own, status: r.reply ? "response_received" : "sent", createdAt: new Date(r.created), sentAt: new Date(r.sent) })
        .returning();
      if (r.reply) await db.insert(appealReplies).values({ appealId: a.id, receivedOn: r.reply, fromName: "Ministry" });
    }
    const d = await dashboardData(manager, params({ campaign: own }), now);
    // All three count as sent; the medians over 0 and 2 days, and 2 and 10 days.
    expect(d.appeals).toMatchObject({ sent: 3, answered: 2, medianDaysToSend: 1, medianDaysToReply: 6 });
    const spans = await negativeDurations(db);
    expect(spans.draftToSent).toBeGreaterThanOrEqual(1); // the one logged after it went out, seen by the check
  });
});
