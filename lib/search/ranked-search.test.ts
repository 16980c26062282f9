import { eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import { contactListMembers, contactLists, contacts, searchTerms } from "@/db/schema";
import { listContacts, RANKED_MATCHES } from "@/lib/contacts/queries";
import { estimated, estimateRows, listTotal, settleTotal } from "@/lib/list-count";
import { resolveTextMatch } from "./match";
import { contactListSchema } from "@/lib/contacts/schema";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { normalizeForSearch } from "./normalize";

// A surname no other test uses, so counts here are exact.
const root = `Qorlanbek${Date.now().toString(36).replace(/\d/g, "")}`;
let viewer: TestUser;

const hasTerm = async (term: string) => (await db.select().from(searchTerms).where(eq(searchTerms.term, term))).length === 1;
const insertNamed = (names: string[]) =>
  db.insert(contacts).values(names.map((fullName) => ({ fullName, searchText: normalizeForSearch(fullName), source: "test" }))).returning({ id: contacts.id });

beforeAll(async () => {
  viewer = await createTestUser("viewer");
});
afterAll(async () => {
  await db.delete(contacts).where(like(contacts.fullName, `%${root}%`));
});

describe("search vocabulary", () => {
  it("collects the words of every inserted and updated search text in the same statement", async () => {
    const [c] = await insertNamed([`Айгерим ${root}ова`]);
    const surname = normalizeForSearch(`${root}ова`);
    expect(await hasTerm(surname)).toBe(true);
    expect(await hasTerm("aigerim")).toBe(true);

    await db.update(contacts).set({ searchText: `${surname} ${surname}zzz` }).where(eq(contacts.id, c.id));
    expect(await hasTerm(`${surname}zzz`)).toBe(true);
    await db.delete(contacts).where(eq(contacts.id, c.id));
  });

  it("serves the typed word's spellings from the vocabulary and the rows from the word index", async () => {
    // Test tables are small enough to read whole, so rule that out to see that the index serves the expression.
    const forced = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const plan = await tx.execute(sql`EXPLAIN SELECT id FROM contacts WHERE string_to_array(search_text, ' ') && ARRAY['x']::text[]`);
      return rowsOf<{ "QUERY PLAN": string }>(plan).map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(forced).toContain("contacts_search_words_idx");
  });
});

describe("ranked contact search", () => {
  it("ranks exact word matches first and stops a broad search after the closest matches", async () => {
    // More near matches than the ranking considers, and three exact ones inserted last.
    const near = Array.from({ length: RANKED_MATCHES + 20 }, (_, i) => `Anna ${root}ov ${i}`);
    await insertNamed(near);
    const exact = await insertNamed([`Dana ${root}ova`, `Elena ${root}ova`, `Farida ${root}ova`]);

    const params = contactListSchema.parse({ q: `${root}ova` });
    const first = await listContacts(viewer, params);
    expect(first.rows.slice(0, 4).map((r) => r.id)).toEqual(expect.arrayContaining(exact.map((e) => e.id)));
    expect(first.rows.slice(0, 3).every((r) => r.fullName.endsWith(`${root}ova`))).toBe(true);
    expect(first).toMatchObject({ total: RANKED_MATCHES, totalCapped: true, rankedOnly: true });

    // The typo still finds them, closest first.
    const typo = await listContacts(viewer, contactListSchema.parse({ q: `${root}va` }));
    expect(typo.rows.length).toBe(25);

    // Sorting by name pages through every match, not only the ranked ones.
    const byName = await listContacts(viewer, contactListSchema.parse({ q: `${root}ova`, sort: "name" }));
    expect(byName).toMatchObject({ total: RANKED_MATCHES + 23, totalCapped: false, rankedOnly: false });
    expect(byName.rows[0].fullName).toBe(`Anna ${root}ov 0`);

    // A narrower search is ranked whole.
    const narrow = await listContacts(viewer, contactListSchema.parse({ q: `farida ${root}ova` }));
    expect(narrow.rows[0].id).toBe(exact[2].id);
    expect(narrow.rankedOnly).toBe(false);
    await db.delete(contacts).where(inArray(contacts.id, exact.map((e) => e.id)));
  });
});

describe("short and common words", () => {
  // Another surname of its own, far from the one above.
  const other = `Vuzhdremix${Date.now().toString(36).replace(/\d/g, "")}`;
  it("matches a word of up to three letters as a prefix only, and a word that stands for nothing finds nothing", async () => {
    const made = await insertNamed([`Svetlana ${other}`, `Analisa ${other}`, `Ana ${other}`]);
    const names = async (q: string) => (await listContacts(viewer, contactListSchema.parse({ q: `${q} ${other}` }))).rows.map((r) => r.fullName.split(" ")[0]);
    // "anna" is "ana" once doubled letters fold: Ana and Analisa, not Svetlana.
    expect((await names("anna")).sort()).toEqual(["Ana", "Analisa"]);
    expect(await names("svetl")).toEqual(["Svetlana"]);
    const nothing = await listContacts(viewer, contactListSchema.parse({ q: "qzqxjqzxvq" }));
    expect(nothing).toMatchObject({ rows: [], total: 0, totalCapped: false });
    await db.delete(contacts).where(inArray(contacts.id, made.map((m) => m.id)));
  });

  it("takes the closest spellings' rows first, each row once", async () => {
    const stem = `Plogrendak${Date.now().toString(36).replace(/\d/g, "")}`;
    const made = await insertNamed([`${stem} One`, `${stem} Two ${stem}a`, `${stem}a Three`, `${stem}as Four`]);
    const match = (await resolveTextMatch(contacts.searchText, stem))!;
    expect(match.terms[0][0]).toBe(normalizeForSearch(stem));
    // The typed word is its own closest spelling: rows of spelling 1 are exact matches (queries.ts
    // then skips reading the exact tier again).
    expect(match.closestFromExact).toBe(true);
    const spelled = rowsOf<{ id: string; spelling: number | string }>(await db.execute(match.closest(10, [sql`true`])));
    expect(spelled.filter((r) => Number(r.spelling) === 1).map((r) => r.id).sort()).toEqual([made[0].id, made[1].id].sort());
    const ids = spelled.map((r) => r.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(ids.slice(0, 2).sort()).toEqual([made[0].id, made[1].id].sort());
    expect(rowsOf(await db.execute(match.closest(3, [sql`true`])))).toHaveLength(3);
    // The per-row test (for rows walked in a sort's order) agrees with the word index's.
    const matching = async (where: SQL) => rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM ${contacts} WHERE ${where} ORDER BY id`)).map((r) => r.id);
    expect(await matching(match.rowMatches)).toEqual(await matching(match.where));
    expect(await matching(match.where)).toHaveLength(4);
    await db.delete(contacts).where(inArray(contacts.id, made.map((m) => m.id)));
  });
});

describe("a list's members", () => {
  it("are searched and paged from their copies of the contacts, which follow every change", async () => {
    // Ends in a consonant of its own: a stem ending in "a" would make `${stem}a` the same word once
    // doubled letters fold (lib/search/normalize.ts), and "Anna …a" an exact match.
    const stem = `Tuvrelmon${Date.now().toString(36).replace(/\d/g, "")}d`;
    const made = await insertNamed([`Beata ${stem}`, `Anna ${stem}a`, `Cyril ${stem}`, `Dora ${stem}`, `Ewa Other${stem}`]);
    const [list] = await db.insert(contactLists).values({ name: `List ${stem}` }).returning({ id: contactLists.id });
    await db.insert(contactListMembers).values(made.slice(0, 4).map((c) => ({ listId: list.id, contactId: c.id })));
    const page = (p: Record<string, string>) => listContacts(viewer, contactListSchema.parse({ list: list.id, ...p }));
    const names = async (p: Record<string, string>) => (await page(p)).rows.map((r) => r.fullName);

    expect(await names({ sort: "name" })).toEqual([`Anna ${stem}a`, `Beata ${stem}`, `Cyril ${stem}`, `Dora ${stem}`]);
    expect(await names({ q: stem, sort: "name" })).toEqual([`Anna ${stem}a`, `Beata ${stem}`, `Cyril ${stem}`, `Dora ${stem}`]);
    // Exact word matches rank first, as on the contacts' side.
    const ranked = await page({ q: stem });
    expect(ranked).toMatchObject({ total: 4, totalCapped: false, rankedOnly: false });
    expect(ranked.rows.at(-1)?.fullName).toBe(`Anna ${stem}a`);
    expect(await names({ q: `cyril ${stem}` })).toEqual([`Cyril ${stem}`]);
    // The contacts' other filters still apply.
    await db.update(contacts).set({ country: "KZ" }).where(eq(contacts.id, made[1].id));
    expect(await names({ country: "KZ" })).toEqual([`Anna ${stem}a`]);

    // A renamed contact is found and sorted by its new name; a merged one is gone.
    await db.update(contacts).set({ fullName: `Zofia ${stem}`, searchText: normalizeForSearch(`Zofia ${stem}`) }).where(eq(contacts.id, made[0].id));
    await db.update(contacts).set({ mergedIntoId: made[4].id }).where(eq(contacts.id, made[3].id));
    expect(await names({ sort: "name" })).toEqual([`Anna ${stem}a`, `Cyril ${stem}`, `Zofia ${stem}`]);
    expect(await names({ q: "zofia", sort: "name" })).toEqual([`Zofia ${stem}`]);
    expect((await page({})).total).toBe(3);

    // Moving a membership to another contact copies that contact.
    await db.update(contactListMembers).set({ contactId: made[4].id }).where(eq(contactListMembers.contactId, made[2].id));
    expect(await names({ sort: "name" })).toEqual([`Anna ${stem}a`, `Ewa Other${stem}`, `Zofia ${stem}`]);
    await db.delete(contactLists).where(eq(contactLists.id, list.id));
    await db.update(contacts).set({ mergedIntoId: null }).where(eq(contacts.id, made[3].id));
    await db.delete(contacts).where(inArray(contacts.id, made.map((m) => m.id)));
  });
});

describe("list totals", () => {
  it("counts below the threshold and states the planner's estimate above it, settled by the page", async () => {
    const few = sql`SELECT 1 FROM ${contacts} WHERE ${contacts.fullName} LIKE ${`%${root}%`}`;
    expect(await listTotal(few)).toMatchObject({ estimated: false });
    expect(await estimateRows(sql`SELECT 1 FROM generate_series(1, 1000000)`)).toBe(1_000_000);
    expect(estimated(66_347)).toEqual({ total: 66_000, capped: false, estimated: true });
    expect(estimated(42)).toMatchObject({ total: 42 });
    // A short page is the last one: the total is exact after all. A full one proves a row more.
    expect(settleTotal(estimated(5_000), 3, 25, 7)).toEqual({ total: 57, capped: false, estimated: false });
    expect(settleTotal(estimated(30), 2, 25, 25)).toEqual({ total: 51, capped: false, estimated: true });
    expect(settleTotal({ total: 12, capped: false, estimated: false }, 1, 25, 12)).toEqual({ total: 12, capped: false, estimated: false });
  });
});
