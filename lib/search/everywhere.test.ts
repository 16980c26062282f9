import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appeals, caseAssignments, cases, campaigns, contacts, events, letters, organizations } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { paletteCoverage, searchEverywhere, searchKinds, type SearchKind, type SearchResults } from "./everywhere";
import { normalizeForSearch } from "./normalize";

// Made-up Cyrillic words no other test uses, so what a search returns here is exact. The user
// types them in Latin letters: their transliteration.
const cyrillicWord = () =>
  Array.from({ length: 4 }, () => "бдклмнпрст"[Math.floor(Math.random() * 10)] + "аоу"[Math.floor(Math.random() * 3)]).join("");
const latin = (word: string) => normalizeForSearch(word);

const root = cyrillicWord();
const restrictedWord = cyrillicWord();
// A fixed, distinctive word: the ranking assertions below must not depend on a random draw.
const manyWord = "Кудайбергенкызы";

const created = { contacts: [] as string[], cases: [] as string[], appeals: [] as string[], letters: [] as string[], events: [] as string[], campaigns: [] as string[], organizations: [] as string[] };
let viewer: TestUser, officer: TestUser, assignedOfficer: TestUser, manager: TestUser;
let ids: Record<"contact" | "merged" | "organization" | "case" | "appeal" | "letter" | "event" | "campaign" | "restrictedCase" | "restrictedAppeal", string>;

const hitsOf = (results: SearchResults, kind: SearchKind) => results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];

async function insertContact(fullName: string, extra: Partial<typeof contacts.$inferInsert> = {}) {
  const [row] = await db.insert(contacts).values({ fullName, searchText: normalizeForSearch(fullName), source: "test", ...extra }).returning({ id: contacts.id });
  created.contacts.push(row.id);
  return row.id;
}

beforeAll(async () => {
  [viewer, officer, assignedOfficer, manager] = await Promise.all([
    createTestUser("viewer"),
    createTestUser("officer"),
    createTestUser("officer"),
    createTestUser("manager"),
  ]);
  const contact = await insertContact(`Жанара Ахметова ${root}`);
  // A duplicate merged into her: it lives on only as a pointer and is never found.
  const merged = await insertContact(`Zhanara Akhmetova ${root}`, { mergedIntoId: contact });

  const [organization] = await db
    .insert(organizations)
    .values({ name: `Foundation ${root}`, acronym: "FND", searchText: normalizeForSearch(`Foundation ${root}`, "FND") })
    .returning({ id: organizations.id });
  // Found by a name variant only: neither the primary nor the native name holds the word.
  const [openCase, restrictedCase] = await db
    .insert(cases)
    .values([
      { primaryName: "Person Under Test", searchText: normalizeForSearch("Person Under Test", `Жанара ${root}`) },
      { primaryName: `Hidden ${restrictedWord}`, restricted: true, searchText: normalizeForSearch(`Hidden ${restrictedWord}`) },
    ])
    .returning({ id: cases.id });
  await db.insert(caseAssignments).values({ caseId: restrictedCase.id, userId: assignedOfficer.id });
  const [appeal, restrictedAppeal] = await db
    .insert(appeals)
    .values([
      { type: "urgent_appeal", title: `Release ${root}`, searchText: normalizeForSearch(`Release ${root}`) },
      { type: "urgent_appeal", title: `Free ${restrictedWord}`, searchText: normalizeForSearch(`Free ${restrictedWord}`) },
    ])
    .returning({ id: appeals.id });
  await db.insert(appealCases).values([
    { appealId: appeal.id, caseId: openCase.id },
    { appealId: restrictedAppeal.id, caseId: restrictedCase.id },
  ]);
  const [letter] = await db
    .insert(letters)
    .values({ kind: "joint_letter", title: `Joint letter on ${root}`, searchText: normalizeForSearch(`Joint letter on ${root}`) })
    .returning({ id: letters.id });
  const [event] = await db
    .insert(events)
    .values({ kind: "side_event", title: `Side-event ${root}`, startsAt: new Date("2026-06-24T10:30:00Z"), timeZone: "Europe/Strasbourg", searchText: normalizeForSearch(`Side-event ${root}`) })
    .returning({ id: events.id });
  const [campaign] = await db.insert(campaigns).values({ name: `Campaign ${root}`, searchText: normalizeForSearch(`Campaign ${root}`) }).returning({ id: campaigns.id });

  created.organizations.push(organization.id);
  created.cases.push(openCase.id, restrictedCase.id);
  created.appeals.push(appeal.id, restrictedAppeal.id);
  created.letters.push(letter.id);
  created.events.push(event.id);
  created.campaigns.push(campaign.id);
  ids = {
    contact, merged, organization: organization.id, case: openCase.id, appeal: appeal.id, letter: letter.id, event: event.id,
    campaign: campaign.id, restrictedCase: restrictedCase.id, restrictedAppeal: restrictedAppeal.id,
  };
});

afterAll(async () => {
  await db.delete(appeals).where(inArray(appeals.id, created.appeals));
  await db.delete(cases).where(inArray(cases.id, created.cases));
  await db.delete(contacts).where(inArray(contacts.id, created.contacts));
  await db.delete(organizations).where(inArray(organizations.id, created.organizations));
  await db.delete(letters).where(inArray(letters.id, created.letters));
  await db.delete(events).where(inArray(events.id, created.events));
  await db.delete(campaigns).where(inArray(campaigns.id, created.campaigns));
});

describe("search everywhere", () => {
  it("finds a Cyrillic contact from Latin letters, and every other type, grouped in a fixed order", async () => {
    const results = await searchEverywhere(viewer, `akhmet ${latin(root)}`);
    const contactsGroup = results.groups.find((g) => g.kind === "contact");
    expect(contactsGroup).toMatchObject({ label: "Contacts", more: false });
    // The merged duplicate is never found.
    expect(contactsGroup?.hits).toEqual([{ id: ids.contact, title: `Жанара Ахметова ${root}`, detail: "", href: `/contacts/${ids.contact}` }]);

    const everything = await searchEverywhere(viewer, latin(root));
    expect(everything.groups.map((g) => g.kind)).toEqual(["contact", "organization", "case", "appeal", "letter", "event", "campaign"]);
    expect(hitsOf(everything, "contact")).toEqual([ids.contact]);
    expect(hitsOf(everything, "organization")).toEqual([ids.organization]);
    expect(hitsOf(everything, "case")).toEqual([ids.case]); // by its variant "Жанара …"
    expect(hitsOf(everything, "appeal")).toEqual([ids.appeal]);
    expect(hitsOf(everything, "letter")).toEqual([ids.letter]);
    expect(hitsOf(everything, "event")).toEqual([ids.event]);
    expect(hitsOf(everything, "campaign")).toEqual([ids.campaign]);
    const event = everything.groups.find((g) => g.kind === "event")!;
    // The event's day in the venue's zone; "more" leads to the list with the same words.
    expect(event.hits[0]).toMatchObject({ href: `/events/${ids.event}`, detail: "Side-event · 24 Jun 2026 · Idea" });
    expect(event.listHref).toBe(`/events?q=${encodeURIComponent(latin(root))}&when=all`);
    expect(everything.groups.find((g) => g.kind === "organization")!.hits[0].detail).toBe("FND");
  });

  it("tolerates a typo", async () => {
    // One letter dropped from the made-up word.
    const typo = latin(root).slice(0, -1);
    const results = await searchEverywhere(viewer, `ahmetva ${typo}`);
    expect(hitsOf(results, "contact")).toContain(ids.contact);
  });

  it("searches a restricted case, and the appeals about it, only for those who may see it", async () => {
    const q = latin(restrictedWord);
    for (const user of [viewer, officer]) {
      const results = await searchEverywhere(user, q);
      expect(results.groups, user.role).toEqual([]);
    }
    for (const user of [assignedOfficer, manager]) {
      const results = await searchEverywhere(user, q);
      expect(hitsOf(results, "case"), user.role).toEqual([ids.restrictedCase]);
      expect(hitsOf(results, "appeal"), user.role).toEqual([ids.restrictedAppeal]);
      expect(results.groups.find((g) => g.kind === "case")!.hits[0].detail).toContain("Restricted");
    }
  });

  it("shows the closest five of a type and says there are more", async () => {
    const partial = await Promise.all(Array.from({ length: 6 }, (_, i) => insertContact(`Anna ${manyWord}ova${"x".repeat(i + 1)}`)));
    const exact = await insertContact(`Dana ${manyWord}`);
    const results = await searchEverywhere(viewer, latin(manyWord));
    const group = results.groups.find((g) => g.kind === "contact")!;
    expect(group.hits).toHaveLength(5);
    expect(group.more).toBe(true);
    expect(group.hits[0].id).toBe(exact);
    expect(partial).toEqual(expect.arrayContaining(group.hits.slice(1).map((h) => h.id)));
    // The results page asks for more of each type.
    const page = await searchEverywhere(viewer, latin(manyWord), { perKind: 20 });
    expect(page.groups[0]).toMatchObject({ kind: "contact", more: false });
    expect(page.groups[0].hits).toHaveLength(7);
  });

  it("answers nothing to an empty or one-letter query", async () => {
    for (const q of ["", "   ", "a", "Ж", "-"]) expect((await searchEverywhere(viewer, q)).groups, q).toEqual([]);
  });

  it("refuses nobody", async () => {
    await expect(searchEverywhere(null, latin(root))).rejects.toThrow(ForbiddenError);
    await expect(searchEverywhere(undefined, "")).rejects.toThrow(ForbiddenError);
  });
});

describe("what the palette covers", () => {
  it("every palette kind is a kind with search text, each once; the others say why they are left out", () => {
    const covered = Object.values(paletteCoverage).filter((v): v is SearchKind => typeof v === "string");
    expect([...covered].sort()).toEqual([...searchKinds].sort());
    for (const [kind, v] of Object.entries(paletteCoverage)) {
      if (typeof v !== "string") expect(v.notInPalette.length, kind).toBeGreaterThan(10);
    }
  });
});
