import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
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
  letters,
} from "@/db/schema";
import { listAppeals } from "@/lib/appeals/queries";
import { appealListSchema, appealStatuses } from "@/lib/appeals/schema";
import { listCases } from "@/lib/cases/queries";
import { caseListSchema } from "@/lib/cases/schema";
import { listContacts } from "@/lib/contacts/queries";
import { contactListSchema } from "@/lib/contacts/schema";
import { listEvents } from "@/lib/events/list";
import { eventListSchema } from "@/lib/events/schema";
import { listLetters } from "@/lib/letters/queries";
import { letterListSchema } from "@/lib/letters/schema";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { dashboardLinks } from "./links";
import { dashboardData } from "./queries";
import { dashboardSchema } from "./schema";

// Every figure against the total of the list its link opens, the link's query parsed by the list's
// own schema. The data has its own campaign and a country no other test uses ("not contacted" is
// not limited to a campaign).
const now = new Date("2026-06-15T12:00:00Z");
const COUNTRY = "NU";
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

let manager: TestUser;
let viewer: TestUser;
let campaign: string;

/** The total of the list a dashboard link opens, for the user. */
async function follow(user: TestUser, link: string): Promise<number> {
  const url = new URL(link, "http://x");
  const q = Object.fromEntries(url.searchParams);
  switch (url.pathname) {
    case "/appeals":
      return (await listAppeals(user, appealListSchema.parse(q))).total;
    case "/contacts":
      return (await listContacts(user, contactListSchema.parse(q))).total;
    case "/cases":
      return (await listCases(user, caseListSchema.parse(q))).total;
    case "/letters":
      return (await listLetters(user, letterListSchema.parse(q))).total;
    case "/events":
      return (await listEvents(user, eventListSchema.parse(q), now)).total;
  }
  throw new Error(`no list behind ${link}`);
}

beforeAll(async () => {
  [manager, viewer] = await Promise.all([createTestUser("manager"), createTestUser("viewer")]);
  [{ id: campaign }] = await db.insert(campaigns).values({ name: unique("Links campaign") }).returning();

  const [here, kz, hidden] = await db
    .insert(cases)
    .values([
      { primaryName: unique("Links case here"), country: COUNTRY, status: "detained" as const },
      { primaryName: unique("Links case KZ"), country: "KZ", status: "imprisoned" as const },
      { primaryName: unique("Links case hidden"), country: COUNTRY, status: "detained" as const, restricted: true },
    ])
    .returning({ id: cases.id });
  await db.insert(caseCampaigns).values([here, kz, hidden].map((c) => ({ caseId: c.id, campaignId: campaign })));

  const [mep, pace, paceQuiet, official] = await db
    .insert(contacts)
    .values([
      { fullName: unique("Links MEP"), country: COUNTRY, parliamentaryBody: "european_parliament" as const },
      { fullName: unique("Links PACE"), country: COUNTRY, parliamentaryBody: "pace" as const },
      { fullName: unique("Links PACE quiet"), country: COUNTRY, parliamentaryBody: "pace" as const },
      { fullName: unique("Links official"), country: COUNTRY },
      { fullName: unique("Links never contacted"), country: COUNTRY, parliamentaryBody: "osce_pa" as const },
    ])
    .returning({ id: contacts.id });
  await db.insert(activities).values([
    { contactId: paceQuiet.id, kind: "meeting", occurredAt: at("2025-03-01T10:00:00Z"), subject: "Long ago" },
    { contactId: official.id, kind: "call", occurredAt: at("2025-03-01T10:00:00Z"), subject: "Long ago" },
    // The last moment before the cutoff day (six months before 15 June: 15 December).
    { contactId: mep.id, kind: "call", occurredAt: at("2025-12-14T23:59:00Z"), subject: "Just before" },
  ]);

  type Status = (typeof appealStatuses)[number];
  const appeal = async (o: { status: Status; created: string; sent?: string; caseIds?: string[]; to?: string[]; replied?: string }) => {
    const [row] = await db
      .insert(appeals)
      .values({ type: "urgent_appeal", title: unique("Links appeal"), campaignId: campaign, status: o.status, createdAt: at(o.created), sentAt: o.sent ? at(o.sent) : null, submittedAt: o.status === "in_review" ? at(o.created) : null })
      .returning({ id: appeals.id });
    if (o.caseIds?.length) await db.insert(appealCases).values(o.caseIds.map((caseId) => ({ appealId: row.id, caseId })));
    for (const contactId of o.to ?? []) {
      const [r] = await db.insert(appealRecipients).values({ appealId: row.id, contactId, name: "Recipient" }).returning({ id: appealRecipients.id });
      if (o.sent) await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at(o.sent), channel: "email" });
    }
    if (o.replied) await db.insert(appealReplies).values({ appealId: row.id, receivedOn: o.replied, fromName: "Ministry" });
  };
  await appeal({ status: "response_received", created: "2026-01-05", sent: "2026-01-20", caseIds: [here.id], to: [pace.id], replied: "2026-02-01" });
  await appeal({ status: "sent", created: "2026-02-10", sent: "2026-02-28T23:30:00Z", caseIds: [kz.id], to: [pace.id] });
  // Created before the range, sent in it; closed after a reply.
  await appeal({ status: "closed", created: "2025-11-20", sent: "2026-03-01", caseIds: [here.id], to: [pace.id], replied: "2026-03-10" });
  // Closed without going out: "sent or later" by status, but never sent.
  await appeal({ status: "closed", created: "2026-03-02", caseIds: [here.id] });
  await appeal({ status: "in_review", created: "2026-04-01", caseIds: [here.id], to: [pace.id] });
  await appeal({ status: "in_review", created: "2025-10-01", caseIds: [kz.id] });
  await appeal({ status: "draft", created: "2026-05-31T23:59:00Z", to: [pace.id] });
  await appeal({ status: "sent", created: "2026-06-01", sent: "2026-07-02", caseIds: [here.id], to: [pace.id] });
  // About a restricted case: counted for the manager, never for the viewer.
  await appeal({ status: "response_received", created: "2026-02-03", sent: "2026-02-04", caseIds: [hidden.id, here.id], to: [pace.id], replied: "2026-02-06" });
  await appeal({ status: "in_review", created: "2026-02-05", caseIds: [hidden.id], to: [pace.id] });

  await db.insert(letters).values([
    { kind: "joint_letter" as const, title: unique("Links letter collecting"), status: "collecting" as const, campaignId: campaign, parliamentaryBody: "pace" as const },
    { kind: "joint_letter" as const, title: unique("Links letter draft"), status: "draft" as const, campaignId: campaign },
    { kind: "joint_letter" as const, title: unique("Links letter closed"), status: "closed" as const, campaignId: campaign, parliamentaryBody: "pace" as const },
  ]);
  await db.insert(events).values([
    { kind: "side_event" as const, title: unique("Links event held"), startsAt: at("2026-02-10T10:00:00Z"), timeZone: "Europe/Brussels", campaignId: campaign, country: COUNTRY, forum: "pace_session" as const },
    { kind: "side_event" as const, title: unique("Links event coming"), startsAt: at("2026-06-25T10:00:00Z"), timeZone: "Europe/Brussels", campaignId: campaign, country: "FR", forum: "pace_session" as const },
  ]);
});

const filterSets: Array<Record<string, string>> = [
  {},
  { country: COUNTRY },
  { body: "pace" },
  { country: COUNTRY, body: "pace" },
  { from: "2026-02-01", to: "2026-02-28" },
  { from: "2026-03-01", to: "2026-03-31", country: "KZ" },
];

describe("dashboard links", () => {
  it.each(filterSets.flatMap((f) => [{ role: "manager", f }, { role: "viewer", f }]))("lead to lists that count what the figures count ($role, $f)", async ({ role, f }) => {
    const user = role === "manager" ? manager : viewer;
    const d = await dashboardData(user, dashboardSchema.parse({ campaign, from: "2026-01-01", to: "2026-06-30", ...f }), now);
    const links = dashboardLinks(d.filters);
    const pairs: Array<[string, number, string]> = [
      ["Appeals drafted", d.appeals.drafted, links.appealsCreated()],
      ["Awaiting approval", d.awaiting.count, links.appealsAwaiting()],
      ["Appeals sent", d.appeals.sent, links.appealsSent()],
      ["Appeals answered", d.appeals.answered, links.appealsAnswered()],
      ["Events", d.events.total, links.events("all")],
      ["Past events", d.events.past, links.events("past")],
      ["Upcoming events", d.events.upcoming, links.eventsUpcoming()],
      ["Open letters", d.letters.open, links.letters()],
      ["Cases", d.cases.total, links.cases()],
      ...d.cases.byStatus.map((s): [string, number, string] => [`Cases ${s.status}`, s.n, links.cases({ status: s.status })]),
      ...d.cases.byCountry.filter((c) => c.country).map((c): [string, number, string] => [`Cases in ${c.country}`, c.n, links.cases({ country: c.country })]),
      ...appealStatuses.map((s): [string, number, string] => [`Appeals created, ${s}`, d.appealMonths.reduce((n, m) => n + m[s], 0), links.appealsCreated(s)]),
      ...d.appealMonths.flatMap((m) => appealStatuses.map((s): [string, number, string] => [`Appeals of ${m.month}, ${s}`, m[s], links.appealsCreatedInMonth(m.month, s)])),
      ...d.eventMonths.flatMap((m): Array<[string, number, string]> => [
        [`Events of ${m.month}, past`, m.past, links.eventsInMonth(m.month, "past")],
        [`Events of ${m.month}, upcoming`, m.upcoming, links.eventsInMonth(m.month, "upcoming")],
      ]),
    ];
    // "Not contacted" is not limited to the campaign: only within the test's own country.
    if (f.country === COUNTRY) pairs.push(["Not contacted", d.dormant.count, links.dormant(d.dormant.since)]);
    const followed = await Promise.all(pairs.map(async ([label, , link]) => [label, await follow(user, link)] as const));
    expect(Object.fromEntries(followed)).toEqual(Object.fromEntries(pairs.map(([label, n]) => [label, n])));
  });

  it("are not vacuous: the seeded figures are counted, the restricted appeals only for the manager", async () => {
    const figures = async (user: TestUser, f: Record<string, string> = {}) =>
      dashboardData(user, dashboardSchema.parse({ campaign, from: "2026-01-01", to: "2026-06-30", ...f }), now);
    const m = await figures(manager);
    expect(m.appeals).toMatchObject({ drafted: 8, sent: 4, answered: 3 });
    expect(m.awaiting.count).toBe(3);
    const v = await figures(viewer);
    expect(v.appeals).toMatchObject({ drafted: 6, sent: 3, answered: 2 });
    expect(v.awaiting.count).toBe(2);
    // The quiet PACE member and the MEP met the night before the cutoff day; not the official.
    expect((await figures(manager, { country: COUNTRY })).dormant).toEqual({ count: 2, since: "2025-12-15" });
    expect((await figures(manager, { country: COUNTRY, body: "pace" })).dormant.count).toBe(1);
  });

  it("carry the figure's filters in the lists' own parameters", () => {
    const links = dashboardLinks({ campaign, from: "2026-01-01", to: "2026-06-30", country: COUNTRY, body: "pace", months: 6 });
    expect(links.appealsSent()).toBe(`/appeals?status=sent_or_later&dated=sent&from=2026-01-01&to=2026-06-30&campaign=${campaign}&country=${COUNTRY}&body=pace`);
    expect(links.appealsAnswered()).toContain("&replied=yes&");
    expect(links.appealsCreatedInMonth("2026-02", "draft")).toContain("status=draft&dated=created&from=2026-02-01&to=2026-02-28&");
    expect(links.dormant("2025-12-15")).toBe(`/contacts?body=pace&country=${COUNTRY}&notContactedSince=2025-12-15`);
    const any = dashboardLinks({ campaign: "", from: "2026-01-01", to: "2026-06-30", country: "", body: "all", months: 6 });
    expect(any.dormant("2025-12-15")).toBe("/contacts?body=any_parliament&notContactedSince=2025-12-15");
    expect(any.appealsCreated()).toBe("/appeals?dated=created&from=2026-01-01&to=2026-06-30");
  });
});
