import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { caseAssignments, campaigns, cases, contacts, letterCases, letters, letterSignatories } from "@/db/schema";
import { campaignRecords, campaignTimeline } from "@/lib/campaigns/overview";
import { getCaseTimeline } from "@/lib/cases/timeline";
import { getContactTimeline } from "@/lib/contacts/timeline";
import { dashboardData } from "@/lib/dashboard/queries";
import { dashboardSchema } from "@/lib/dashboard/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { searchEverywhere } from "@/lib/search/everywhere";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, setRowSecurity, type TestUser, unique } from "@/tests/helpers";
import { setLetterOutcome, updateLetter } from "./mutations";
import { addPoolContact, bulkSetStatus, removeFromPool, setSignatoryStatus } from "./pool";
import { findContactsForPool, getLetter, getOutreach, listLetters, listPool } from "./queries";
import { letterFormSchema, letterListSchema, letterOutcomeSchema, poolListSchema } from "./schema";
import { letterTally } from "./tally";

// Every check runs twice: with the database's row-level security, and with it switched off for
// this test database, so that only the application's own SQL filters (letterVisibleTo) stand
// between the user and the letter. (Word searches, the palette's, find rows of row-secured tables
// through app_search_ids, which applies the policy's rule itself, switched off or not: the lists
// are therefore checked through their campaign filter, not a search.)
type Who = "viewer" | "coordinator" | "officer" | "assignedOfficer" | "manager";
const users = {} as Record<Who, TestUser>;
let word: string;
let campaignId: string;
let openCaseId: string;
let contactId: string;
/** The letter about the restricted case, and one about the open case only. */
const hidden = { id: "", signatoryId: "" };
const shown = { id: "" };

beforeAll(async () => {
  for (const who of ["viewer", "coordinator", "officer", "manager"] as const) users[who] = await createTestUser(who);
  users.assignedOfficer = await createTestUser("officer");
  const [openCase, restricted] = await db
    .insert(cases)
    .values([{ primaryName: unique("Open person") }, { primaryName: unique("Restricted person"), restricted: true }])
    .returning({ id: cases.id });
  openCaseId = openCase.id;
  await db.insert(caseAssignments).values({ caseId: restricted.id, userId: users.assignedOfficer.id });
  [{ id: campaignId }] = await db.insert(campaigns).values({ name: unique("Campaign of letters"), status: "active" }).returning({ id: campaigns.id });
  [{ id: contactId }] = await db.insert(contacts).values({ fullName: unique("Signing MEP"), searchText: "signing mep" }).returning({ id: contacts.id });

  word = unique("Tokayev").replace(" ", "");
  const letter = (title: string) => ({ kind: "joint_letter" as const, title, searchText: normalizeForSearch(title), campaignId, status: "collecting" as const, deadline: "2030-01-01" });
  const [a, b] = await db
    .insert(letters)
    .values([letter(`Release ${word} restricted`), letter(`Release ${word} open`)])
    .returning({ id: letters.id });
  hidden.id = a.id;
  shown.id = b.id;
  await db.insert(letterCases).values([
    { letterId: hidden.id, caseId: openCase.id },
    { letterId: hidden.id, caseId: restricted.id },
    { letterId: shown.id, caseId: openCase.id },
  ]);
  const signatories = await db
    .insert(letterSignatories)
    .values([hidden.id, shown.id].map((letterId) => ({ letterId, contactId, status: "signed" as const, askedOn: "2026-01-05", signedOn: "2026-01-10" })))
    .returning({ id: letterSignatories.id, letterId: letterSignatories.letterId });
  hidden.signatoryId = signatories.find((s) => s.letterId === hidden.id)!.id;
});

/** true when the call succeeds, false when it answers "not found"; anything else fails the test. */
const found = (call: Promise<unknown>) =>
  call.then(
    () => true,
    (e) => {
      if (e instanceof NotFoundError) return false;
      throw e;
    },
  );

/** Every surface that shows letters, as one user sees it. */
async function surfaces(user: TestUser) {
  const list = await listLetters(user, letterListSchema.parse({ campaign: campaignId }));
  const palette = await searchEverywhere(user, word, { kinds: ["letter"] });
  const dashboard = await dashboardData(user, dashboardSchema.parse({ campaign: campaignId }));
  const records = await campaignRecords(user, campaignId);
  const hrefs = async (page: Promise<{ entries: Array<{ href: string | null }> }>) => (await page).entries.map((e) => e.href);
  return {
    listed: list.rows.map((r) => r.id),
    counted: list.total,
    detail: await found(getLetter(user, hidden.id)),
    pool: await found(listPool(user, hidden.id, poolListSchema.parse({}))),
    tally: await found(letterTally(user, hidden.id)),
    outreach: await found(getOutreach(user, hidden.id, hidden.signatoryId)),
    poolSearch: await found(findContactsForPool(user, hidden.id, "signing")),
    palette: palette.groups.flatMap((g) => g.hits.map((h) => h.id)),
    contactTimeline: await hrefs(getContactTimeline(user, contactId)),
    caseTimeline: await hrefs(getCaseTimeline(user, openCaseId)),
    campaignTimeline: await hrefs(campaignTimeline(user, campaignId)),
    campaignLetters: records.letters.rows.map((r) => r.id),
    campaignLetterCount: records.letters.total,
    dashboardOpen: dashboard.letters.open,
    dashboardClosing: dashboard.letters.closingSoonest.map((l) => l.id),
  };
}

describe.each([
  ["with the database's row security", true],
  ["by the application's own filters alone", false],
])("a letter about a restricted case, %s", (_how, rowSecurity) => {
  beforeAll(async () => {
    if (!rowSecurity) await setRowSecurity(false);
  });
  afterAll(async () => {
    await setRowSecurity(true);
  });

  it("is hidden whole from viewers, coordinators and unassigned officers: lists, counts, detail, pool, palette, timelines, campaign, dashboard", async () => {
    const href = `/letters/${hidden.id}`;
    for (const who of ["viewer", "coordinator", "officer"] as const) {
      const seen = await surfaces(users[who]);
      expect(seen, who).toEqual({
        listed: [shown.id],
        counted: 1,
        detail: false,
        pool: false,
        tally: false,
        outreach: false,
        poolSearch: false,
        palette: [shown.id],
        contactTimeline: expect.not.arrayContaining([href]),
        caseTimeline: expect.not.arrayContaining([href]),
        campaignTimeline: expect.not.arrayContaining([href]),
        campaignLetters: [shown.id],
        campaignLetterCount: 1,
        dashboardOpen: 1,
        dashboardClosing: [shown.id],
      });
      // The letter that names no hidden case is still everywhere.
      expect(seen.contactTimeline).toContain(`/letters/${shown.id}`);
      expect(seen.caseTimeline).toContain(`/letters/${shown.id}`);
      expect(seen.campaignTimeline).toContain(`/letters/${shown.id}`);
    }
  });

  it("is shown to managers and to officers assigned to the case", async () => {
    const href = `/letters/${hidden.id}`;
    for (const who of ["manager", "assignedOfficer"] as const) {
      const seen = await surfaces(users[who]);
      expect(seen, who).toMatchObject({ counted: 2, detail: true, pool: true, tally: true, outreach: true, poolSearch: true, campaignLetterCount: 2, dashboardOpen: 2 });
      for (const ids of [seen.listed, seen.palette, seen.campaignLetters, seen.dashboardClosing]) expect(ids.sort(), who).toEqual([hidden.id, shown.id].sort());
      for (const hrefs of [seen.contactTimeline, seen.caseTimeline, seen.campaignTimeline]) expect(hrefs, who).toContain(href);
    }
  });

  it("cannot be edited, nor its pool changed, by an officer who may not see it: answered like a missing letter", async () => {
    const { officer, viewer } = users;
    const form = letterFormSchema.parse({
      kind: "joint_letter", title: "Renamed", addressee: "", parliamentaryBody: "european_parliament", language: "en", body: "", outreachTemplate: "",
      targetSignatures: "", deadline: "", campaignId: "", caseIds: [], status: "draft",
    });
    const outcome = letterOutcomeSchema.parse({ dispatchedOn: "2026-02-01", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "" });
    for (const call of [
      () => updateLetter(officer, { id: hidden.id, version: 1, values: form }),
      () => setLetterOutcome(officer, { id: hidden.id, version: 1, values: outcome }),
      () => addPoolContact(officer, { letterId: hidden.id, contactId }),
      () => setSignatoryStatus(officer, { letterId: hidden.id, signatoryId: hidden.signatoryId, version: 1, status: "declined", on: "2026-02-01", note: null }),
      () => bulkSetStatus(officer, { letterId: hidden.id, signatoryIds: [hidden.signatoryId], status: "asked", on: "2026-02-01" }),
      () => removeFromPool(officer, { letterId: hidden.id, signatoryId: hidden.signatoryId, version: 1 }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    }
    // Viewers may not write letters at all: refused before anything is looked up.
    await expect(updateLetter(viewer, { id: hidden.id, version: 1, values: form })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getLetter(users.manager, hidden.id)).version).toBe(1);
  });
});
