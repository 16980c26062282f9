// Issue 13, the canary sweep: a restricted case is never visible to anyone who is not a manager,
// an admin or assigned to it — not by itself, and not through anything about it. security-data.ts
// stores the canary: a restricted case assigned to one officer, with its name variant, status
// history, and an appeal (recipient, dispatch, reply), a sign-on letter, an event (invitation,
// task), an activity, an incoming request and an audit entry about it, every text marked "Zqxw…"
// or "Plimbertova" (security-lib.ts). The viewer, the coordinator and the unassigned officer then
// request every page and route of the build (each dynamic segment filled with the canary's
// records), every CSV and dashboard export, the events feed, the list filters that point at the
// canary's campaign and case, the search page and the command palette with the marker and parts of
// it, and the read-type server actions given the canary's ids: no answer may name it, and a
// URL of a canary record must be refused. Then the assigned officer and a manager do see the
// markers — on the records' pages, which proves they are real, and in the lists, calendar, feed,
// exports and letter files, which proves hiding does not overreach.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { dashboardFigures } from "../lib/dashboard/schema";
import type { Fixtures } from "../tests/action-registry";
import { demo } from "./fixtures/accounts";
import {
  actionArgs,
  actionRefs,
  buildRoutes,
  callAction,
  canary,
  canaryHiddenIds,
  canaryLeaks,
  canaryOfficer,
  canaryText,
  canaryVisible,
  inBatches,
  registryEntry,
} from "./fixtures/security-lib";
import { sec } from "./fixtures/security-payloads";
import { resumeSession, signIn, type DemoEmail } from "./helpers";

test.describe.configure({ mode: "parallel" });

const BATCH = 6;
const NOT_FOUND = "This record does not exist, or you may not see it";

// Dynamic segments: the canary's records, and a visible parent with a canary child (an appeal
// that is not about the case with the canary's recipient, the fixture letter with its signatory).
const segments: Record<string, readonly string[]> = {
  "appeals/[id]": [canary.appeal, sec.xssAppeal],
  "recipients/[recipientId]": [canary.recipient],
  "cases/[id]": [canary.case],
  "contacts/[id]": [canary.contact],
  "export/[figure]": dashboardFigures,
  "events/[id]": [canary.event],
  "incoming/[id]": [canary.incoming],
  "letters/[id]": [canary.letter, sec.xssLetter],
  "outreach/[signatoryId]": [canary.signatory],
  "lists/[id]": [sec.xssList],
  "organizations/[id]": [canary.organization],
  "campaigns/[id]": [canary.campaign],
  "users/[id]": [canary.user],
  "[...nextauth]": ["session"],
  "rsvp/[token]": ["not-a-real-token"],
};

// Searches: the marker words, their parts, the surname in both scripts. Lower case, so the search
// matches them while an echo never spells a marker as the records do ("Zqxw…").
const queries = [
  "zqxw",
  "qxwcan",
  "zqxwcanary",
  "zqxwcanary plimbertova",
  "plimbertova",
  "plimb",
  "плимбертова",
  "зкхвканари",
  "zqxwvariant",
  "zqxwtag",
  "zqxwappeal",
  "zqxwletter",
  "zqxwevent",
  "zqxwvenue",
  "zqxwtask",
  "zqxwactivity",
  "zqxwincoming",
  "zqxwreply",
  "zqxwaudit",
];
const listQueries = ["zqxw", "plimbertova", "плимбертова", "zqxwcanary plimbertova"];

function monthsAround(): string[] {
  const day = 86_400_000;
  return [...new Set([0, 20, 40].map((d) => new Date(Date.now() + d * day).toISOString().slice(0, 7)))];
}

/** The list filters, searches and exports that point at the canary, with what each URL carries. */
function filteredUrls(): { url: string; echoed: string[] }[] {
  const q = (s: string) => encodeURIComponent(s);
  const out: { url: string; echoed: string[] }[] = [];
  for (const s of listQueries) {
    for (const path of ["/cases", "/cases/export", "/appeals", "/letters", "/events", "/incoming", "/contacts", "/api/contacts/export", "/organizations", "/campaigns", "/admin/audit"]) {
      const extra = path === "/events" ? "&when=all" : path === "/incoming" ? "&status=all" : "";
      out.push({ url: `${path}?q=${q(s)}${extra}`, echoed: [s] });
    }
  }
  for (const [path, s] of [
    ["/appeals", "zqxwappeal"],
    ["/letters", "zqxwletter"],
    ["/events", "zqxwevent"],
    ["/incoming", "zqxwincoming"],
    ["/contacts", "zqxwactivity"],
    ["/admin/audit", "zqxwaudit"],
  ] as const)
    out.push({ url: `${path}?q=${q(s)}${path === "/events" ? "&when=all" : ""}`, echoed: [s] });
  const c = canary.campaign;
  const plain = [
    `/cases?restricted=yes`,
    `/cases?campaign=${c}`,
    `/cases?country=TM`,
    `/cases?status=imprisoned&sort=name`,
    `/cases/export?restricted=yes`,
    `/cases/export?campaign=${c}`,
    `/appeals?campaign=${c}`,
    `/appeals?country=TM`,
    `/appeals?status=sent_or_later&dated=sent&from=2000-01-01`,
    `/appeals?status=response_received&replied=yes`,
    `/appeals?owner=${canary.user}`,
    `/letters?campaign=${c}`,
    `/letters?status=open`,
    `/events?when=all&campaign=${c}`,
    `/events?when=upcoming`,
    `/events?when=all&country=AT`,
    `/events?when=all&kind=hearing`,
    ...monthsAround().map((m) => `/events/calendar?month=${m}`),
    `/events/tasks`,
    `/events/feed.ics`,
    `/incoming?status=accepted`,
    `/incoming?assigned=me`,
    `/incoming?overdue=1`,
    `/incoming?assigned=${canary.user}`,
    `/dashboard?campaign=${c}`,
    `/dashboard?country=TM&from=2000-01-01`,
    ...dashboardFigures.flatMap((f) => [`/dashboard/export/${f}?campaign=${c}`, `/dashboard/export/${f}?country=TM&from=2000-01-01`]),
    `/my-work`,
    `/api/lists/${sec.xssList}/export`,
    `/appeals/${sec.xssAppeal}?find=${q("Canary Liaison")}`,
    `/admin/audit?entity=case&entityId=${canary.case}`,
  ];
  // Filters that carry the canary's own tag and id.
  out.push({ url: `/cases?tag=${q(canaryText.tag)}`, echoed: [canaryText.tag] });
  // The appeals about the case.
  out.push({ url: `/appeals?case=${canary.case}`, echoed: [canary.case] });
  return [...out, ...plain.map((url) => ({ url, echoed: [] }))];
}

const canaryFixtures: Fixtures = {
  campaignId: canary.campaign,
  goalId: canary.user,
  targetUserId: canary.user,
  listId: sec.xssList,
  contactId: canary.contact,
  otherContactId: canary.organization,
  organizationId: canary.organization,
  caseId: canary.case,
  restrictedCaseId: canary.case,
  incomingId: canary.incoming,
  letterId: canary.letter,
  signatoryId: canary.signatory,
  appealId: canary.appeal,
  recipientId: canary.recipient,
  approvedAppealId: canary.appeal,
  approvedRecipientId: canary.recipient,
  eventId: canary.event,
  invitationId: canary.invitation,
  taskId: canary.task,
  version: 999,
  code: "000000",
  password: "not-the-password",
};
const restrictedKeys: (keyof Fixtures)[] = [
  "caseId", "restrictedCaseId", "incomingId", "letterId", "signatoryId", "appealId", "recipientId", "approvedAppealId", "approvedRecipientId", "eventId",
  "invitationId", "taskId",
];

/**
 * The read-type actions of the build's manifest: the look-ups (palette search, case and sender
 * finders) once per query, the e-mail plans given the canary's appeal and event, and every update
 * given a canary id with a stale version — refused before it writes, but its answer (a conflict,
 * a not-found) must not name what it found. Deletes are left out, whatever their version.
 */
function readActions(): { key: string; ref: ReturnType<typeof actionRefs>[number]; args: unknown[]; echoed: string[] }[] {
  const calls: { key: string; ref: ReturnType<typeof actionRefs>[number]; args: unknown[]; echoed: string[] }[] = [];
  for (const ref of actionRefs()) {
    const entry = registryEntry(ref.key);
    if (!entry || !("input" in entry)) continue;
    const { args, used } = actionArgs(ref.key, canaryFixtures);
    const input = args[0] as Record<string, unknown>;
    const aboutCanary = used.some((k) => restrictedKeys.includes(k));
    if (/^(search|find)/.test(ref.exportedName) && input && "q" in input) {
      for (const q of queries) calls.push({ key: `${ref.key}(${q})`, ref, args: [{ ...input, q }], echoed: [q] });
    } else if (aboutCanary && (/^emailPlan/.test(ref.exportedName) || (JSON.stringify(input).includes('"version":999') && !/^delete/.test(ref.exportedName)))) {
      calls.push({ key: ref.key, ref, args, echoed: canaryHiddenIds });
    }
  }
  return calls;
}

async function signedIn(browser: Browser, email: string): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A demo account with the session stored for the run; the assigned officer signs in.
  if ((Object.values(demo) as string[]).includes(email)) await resumeSession(page, email as DemoEmail);
  else await signIn(page, email);
  return { request: context.request, close: () => context.close() };
}

const sweepRoles = [
  { role: "viewer", email: demo.viewer },
  { role: "coordinator", email: demo.coordinator },
  { role: "unassigned officer", email: demo.officer },
] as const;

for (const { role, email } of sweepRoles) {
  test(`the ${role} finds the restricted canary nowhere: routes, exports, searches, palette, read actions`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const started = Date.now();
    const { request, close } = await signedIn(browser, email);
    const leaks: string[] = [];
    const served: string[] = [];
    const errors: string[] = [];
    const idsIn = (url: string) => canaryHiddenIds.filter((id) => url.includes(id));

    const get = async (url: string, echoed: string[], headers: Record<string, string> = {}, label = "") => {
      const response = await request.get(url, { headers, maxRedirects: 0, failOnStatusCode: false });
      const body = await response.text();
      const found = canaryLeaks(body, [...echoed, ...idsIn(url)]);
      if (found.length) leaks.push(`${label}${url} (${response.status()}): ${found.join(", ")}`);
      if (response.status() >= 500 || body.includes("This page could not be loaded")) errors.push(`${label}${url}: ${response.status()}`);
      // A canary record's own URL answers with a refusal: a redirect, 4xx, or the not-found view.
      if (idsIn(url.split("?")[0]).length && [200, 206].includes(response.status()) && !body.includes(NOT_FOUND)) {
        served.push(`${label}${url}: ${response.status()} ${response.headers()["content-type"] ?? ""}`);
      }
      return { status: response.status(), body };
    };

    // Signed in for real: the dashboard shows the app's navigation.
    expect((await get("/dashboard", [])).body).toContain('aria-label="Main"');

    // 1. Every page and route of the build, as HTML and as an RSC payload.
    const routes = buildRoutes(segments);
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.filter((r) => canaryHiddenIds.some((id) => r.url.includes(id))).length).toBeGreaterThan(20);
    const rsc: Record<string, string> = { RSC: "1" };
    const routeRequests = routes.flatMap((r) => [
      { url: r.url, headers: {} as Record<string, string>, label: "" },
      ...(r.kind === "page" ? [{ url: r.url, headers: rsc, label: "RSC " }] : []),
    ]);
    await inBatches(routeRequests, BATCH, async (r) => void (await get(r.url, [], r.headers, r.label)));

    // 2. Filters, searches and exports that point at the canary.
    const filtered = filteredUrls();
    await inBatches(filtered, BATCH, async (f) => void (await get(f.url, f.echoed)));

    // 3. The search page and the command palette (a server action) with the marker and its parts.
    const palette = actionRefs().find((r) => r.exportedName === "searchEverywhereAction");
    expect(palette, "the command palette's search action is in the build").toBeTruthy();
    await inBatches(queries, BATCH, async (q) => {
      await get(`/search?q=${encodeURIComponent(q)}`, [q]);
      const { body } = await callAction(request, baseURL!, palette!, [{ q }]);
      const found = canaryLeaks(body, [q]);
      if (found.length) leaks.push(`palette searchEverywhereAction(${q}): ${found.join(", ")}`);
    });

    // 4. Read-type server actions given the canary's ids (and the look-ups given its name).
    const calls = readActions();
    expect(calls.length).toBeGreaterThan(30);
    await inBatches(calls, BATCH, async (c) => {
      const { body } = await callAction(request, baseURL!, c.ref, c.args);
      const found = canaryLeaks(body, c.echoed);
      if (found.length) leaks.push(`action ${c.key}: ${found.join(", ")}`);
    });

    // Still signed in at the end (no route signed the sweep out halfway), and the visible records
    // the canary's records hang off were really shown: the sweep read the pages that link them.
    expect((await get("/my-work", [])).body).toContain('aria-label="Main"');
    expect((await get(`/contacts/${canary.contact}`, [])).body).toContain(canaryVisible.contact);
    expect((await get(`/campaigns/${canary.campaign}`, [])).body).toContain(canaryVisible.campaign);
    expect((await get(`/organizations/${canary.organization}`, [])).body).toContain(canaryVisible.contact);
    await close();

    const total = routeRequests.length + filtered.length + queries.length * 2 + calls.length + 5;
    test.info().annotations.push({
      type: "sweep",
      description: `${role}: ${routes.length} routes (${routeRequests.length} requests with RSC), ${filtered.length} filter/search/export URLs, ${queries.length} searches + palette calls, ${calls.length} action calls; ${total} requests in ${Math.round((Date.now() - started) / 1000)} s`,
    });
    if (errors.length) test.info().annotations.push({ type: "server errors", description: errors.join("\n") });
    expect(leaks, `the ${role} was shown the restricted canary`).toEqual([]);
    expect(served, `the ${role} was served a record about the restricted canary`).toEqual([]);
  });
}

// Seen as those allowed see it: a body shows a marker (calendar files unfolded), a file is served.
type Expectation = [url: string, marker: string] | [url: string, marker: null, contentType: RegExp];

async function expectSeen(browser: Browser, expected: Expectation[]) {
  for (const email of [canaryOfficer.email, demo.manager]) {
    const { request, close } = await signedIn(browser, email);
    const missing: string[] = [];
    await inBatches(expected, BATCH, async ([url, marker, contentType]) => {
      const response = await request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
      if (marker === null) {
        const type = response.headers()["content-type"] ?? "";
        if (response.status() !== 200 || !contentType!.test(type)) missing.push(`${url}: ${response.status()} ${type}`);
        return;
      }
      const body = (await response.text()).replace(/\r?\n[ \t]/g, "");
      // What the sweep looks for is what these answers show.
      if (!body.includes(marker) || canaryLeaks(body).length === 0) missing.push(`${url}: ${response.status()}, no “${marker}”`);
    });
    await close();
    expect(missing, `${email} should see the canary`).toEqual([]);
  }
}

test("the assigned officer and a manager do see the canary's case and every record about it", async ({ browser }) => {
  test.setTimeout(120_000);
  await expectSeen(browser, [
    [`/cases/${canary.case}`, canaryText.name],
    [`/cases/${canary.case}`, canaryText.statusNote],
    [`/cases?q=plimbertova`, canaryText.name],
    [`/search?q=plimbertova`, canaryText.name],
    [`/appeals/${canary.appeal}`, canaryText.appealTitle],
    [`/appeals/${canary.appeal}`, canaryText.replyFrom],
    [`/letters/${canary.letter}`, canaryText.letterTitle],
    [`/events/${canary.event}`, canaryText.eventTitle],
    [`/events/${canary.event}/invitations`, canaryText.invitationText],
    [`/incoming/${canary.incoming}`, canaryText.incomingSummary],
    [`/contacts/${canary.contact}`, canaryText.activitySubject],
  ]);
});

test("the assigned officer and a manager also find the canary in the lists, calendar, feed, exports and letter files", async ({ browser }) => {
  test.setTimeout(120_000);
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 7);
  const letter = `/appeals/${canary.appeal}/recipients/${canary.recipient}`;
  await expectSeen(browser, [
    [`/cases?restricted=yes`, canaryText.name],
    [`/appeals`, canaryText.appealTitle],
    [`/letters`, canaryText.letterTitle],
    [`/events?when=upcoming`, canaryText.eventTitle],
    [`/events/calendar?month=${day}`, canaryText.eventTitle],
    [`/incoming`, canaryText.incomingSummary],
    [`/campaigns/${canary.campaign}`, canaryText.letterTitle],
    [`/cases/export?q=plimbertova`, canaryText.name],
    [`/events/feed.ics`, canaryText.eventTitle],
    [`/events/${canary.event}/ics`, canaryText.eventTitle],
    [`/events/${canary.event}/check-in/sheet`, canaryText.eventTitle],
    [`${letter}/print`, canaryText.recipientSalutation],
    [`${letter}/pdf`, null, /application\/pdf/],
    [`${letter}/eml`, null, /message\/rfc822/],
  ]);
});
