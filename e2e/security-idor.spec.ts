// Signed-in users changing ids: an officer reaches no restricted case nobody assigned them to (nor
// an appeal about one, nor its recipients' print views, PDFs and .eml files, nor its name through a
// letter, event, search or export); a viewer reaches no incoming appeal and no admin page; and
// server actions called with another record's id are refused and change nothing.
import { expect, test, type Page } from "@playwright/test";
import { can, type Role } from "../lib/auth/policy";
import { demo } from "./fixtures/accounts";
import { hiddenCaseName, sec, xssMarker } from "./fixtures/security-payloads";
import {
  actionArgs,
  actionRefs,
  actionSucceeded,
  callAction,
  fixtureFingerprint,
  fixtureIds,
  hasDatabase,
  registryEntry,
} from "./fixtures/security-lib";
import { resumeSession } from "./helpers";

const seededRestrictedCase = "b590b4ff-2917-589a-9997-311f79d1c56e"; // Barlyk Mendigaziev, nobody assigned
const seededRestrictedAppeal = "45764dd2-004e-55b2-8ff0-358e6d3f8d70"; // about that case
// The searches ask for "Restrictedperson", so the echoed query itself never matches a marker.
const hiddenMarkers = [hiddenCaseName, "Zzhidden Recipient", "Zzhidden Sender", "Barlyk Mendigaziev"];

const hiddenUrls = [
  `/cases/${sec.hiddenCase}`,
  `/cases/${sec.hiddenCase}/edit`,
  `/cases/${seededRestrictedCase}`,
  `/appeals/${sec.hiddenAppeal}`,
  `/appeals/${sec.hiddenAppeal}/edit`,
  `/appeals/${sec.hiddenAppeal}/versions`,
  `/appeals/${seededRestrictedAppeal}`,
  `/appeals/${sec.hiddenAppeal}/recipients/${sec.hiddenRecipient}/print`,
  `/appeals/${sec.hiddenAppeal}/recipients/${sec.hiddenRecipient}/pdf`,
  `/appeals/${sec.hiddenAppeal}/recipients/${sec.hiddenRecipient}/eml`,
  // A visible appeal with a hidden appeal's recipient, and the other way round.
  `/appeals/${sec.xssAppeal}/recipients/${sec.hiddenRecipient}/print`,
  `/appeals/${sec.xssAppeal}/recipients/${sec.hiddenRecipient}/pdf`,
  `/appeals/${sec.hiddenAppeal}/recipients/${sec.xssRecipient}/eml`,
];
// Pages that exist for everyone but must not name the hidden case.
const namingUrls = [
  `/cases?q=Restrictedperson`,
  `/appeals?q=Restrictedperson`,
  `/search?q=Restrictedperson`,
  `/cases/export`,
  `/cases/export?q=Restrictedperson`,
  `/letters/${sec.xssLetter}`,
  `/letters/${sec.xssLetter}/edit`,
  `/events/${sec.xssEvent}`,
  `/events/${sec.xssEvent}/report`,
  `/events/${sec.xssEvent}/ics`,
  `/events/feed.ics`,
  `/dashboard`,
  `/dashboard/export/summary`,
  `/dashboard/export/cases-by-status`,
  `/my-work`,
  `/appeals`,
  `/cases`,
];

async function expectHidden(page: Page, urls: string[], markers: string[], mustRefuse: boolean) {
  const problems: string[] = [];
  for (const url of urls) {
    const response = await page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const body = await response.text();
    const leaked = markers.filter((m) => body.includes(m));
    if (leaked.length) problems.push(`${url}: shows ${leaked.join(", ")}`);
    // A page streamed before it decides answers 200 with the not-found view instead of a 404.
    const refused = [302, 303, 307, 401, 403, 404].includes(response.status()) || /This record does not exist, or you may not see it|Sign in/.test(body);
    if (mustRefuse && !refused) problems.push(`${url}: answered ${response.status()}`);
  }
  expect(problems).toEqual([]);
}

/** Calls every action whose registry input uses one of `keys` (or all when none), as the signed-in page. */
async function sweepActions(page: Page, baseURL: string, role: Role, restricted: boolean, keys?: string[]) {
  const problems: string[] = [];
  let called = 0;
  for (const ref of actionRefs()) {
    const entry = registryEntry(ref.key);
    if (!entry || !("input" in entry)) continue;
    const { args, used } = actionArgs(ref.key, fixtureIds(restricted));
    if (keys && !used.some((k) => keys.includes(k))) continue;
    if (!keys && can(role, entry.capability)) continue;
    called++;
    const { body } = await callAction(page.request, baseURL, ref, args);
    if (actionSucceeded(body)) problems.push(`${ref.key}: succeeded for ${role}`);
    const leaked = hiddenMarkers.filter((m) => body.includes(m));
    if (leaked.length) problems.push(`${ref.key}: answer shows ${leaked.join(", ")}`);
  }
  expect(called).toBeGreaterThan(5);
  expect(problems).toEqual([]);
}

test("an officer reaches no restricted case, appeal about one, or its files by changing ids", async ({ page, baseURL }) => {
  await resumeSession(page, demo.officer);
  await expectHidden(page, hiddenUrls, hiddenMarkers, true);
  await expectHidden(page, namingUrls, hiddenMarkers, false);
  const before = hasDatabase ? await fixtureFingerprint() : "";
  // Every action that takes a case, appeal or recipient id, given the hidden ones.
  await sweepActions(page, baseURL!, "officer", true, ["caseId", "restrictedCaseId", "appealId", "approvedAppealId", "approvedRecipientId"]);
  if (hasDatabase) expect(await fixtureFingerprint(), "records changed by the officer's refused actions").toBe(before);
});

test("a viewer reaches no incoming appeal, admin page or restricted record, and every write action refuses them", async ({ page, baseURL }) => {
  await resumeSession(page, demo.viewer);
  await expectHidden(page, hiddenUrls, hiddenMarkers, true);
  await expectHidden(
    page,
    [`/incoming`, `/incoming/${sec.xssIncoming}`, `/incoming/${sec.hiddenIncoming}`, `/incoming/new`, `/admin/users`, `/admin/users/new`, `/admin/audit`, `/contacts/import`],
    [xssMarker, "Zzhidden Sender", "admin@demo.test", "manager@demo.test"],
    true,
  );
  const before = hasDatabase ? await fixtureFingerprint() : "";
  await sweepActions(page, baseURL!, "viewer", false);
  if (hasDatabase) expect(await fixtureFingerprint(), "records changed by the viewer's refused actions").toBe(before);
});
