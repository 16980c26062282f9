import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, caseAssignments, cases, contactListMembers, contactLists, contacts, letterCases, letterSignatories } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { createLetter, deleteLetter, setLetterOutcome, updateLetter } from "./mutations";
import { renderOutreach } from "./outreach";
import { addPoolContact, addPoolFromFilters, addPoolFromList, bulkSetStatus, removeFromPool, setSignatoryStatus } from "./pool";
import { findContactsForPool, getLetter, getOutreach, letterFormOptions, listLetters, listPool } from "./queries";
import { bulkStatusSchema, letterFormSchema, letterListSchema, letterOutcomeSchema, poolListSchema, type LetterFormInput } from "./schema";
import { letterTally } from "./tally";
import { tallySentence } from "./tally-text";

const users = {} as Record<Role, TestUser>;
const input = (title: string, more: Partial<LetterFormInput> = {}): LetterFormInput => ({
  kind: "joint_letter", title, addressee: "President Kassym-Jomart Tokayev", parliamentaryBody: "european_parliament", language: "en",
  body: "We, the undersigned Members of the European Parliament...", outreachTemplate: "{{salutation}} would you, as a member for {{country}} ({{political_group}}), sign “{{letter_title}}” by {{deadline}}?",
  targetSignatures: "20", deadline: "2026-12-01", campaignId: "", caseIds: [], status: "draft", ...more,
});
const values = (title: string, more: Partial<LetterFormInput> = {}) => letterFormSchema.parse(input(title, more));
const pool = (letterId: string, q: Record<string, string> = {}) => listPool(users.viewer, letterId, poolListSchema.parse(q));

/** 24 countries × groups; the first 14 countries are where the signatures will come from. */
const countries = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV"];
const groups = ["EPP", "S&D", "Renew Europe", "Greens/EFA"];

/** n MEPs on a made-up committee, so filters find exactly them. */
async function makeMeps(n: number, committee: string, extra: Partial<typeof contacts.$inferInsert> = {}) {
  const rows = await db
    .insert(contacts)
    .values(
      Array.from({ length: n }, (_, i) => {
        const name = `Member ${i} ${committee}`;
        return {
          fullName: name, lastName: `Member${i}`, honorific: "Ms", salutation: `Dear Ms Member${i},`, title: "Member of the European Parliament",
          searchText: normalizeForSearch(name), parliamentaryBody: "european_parliament" as const, country: countries[i % countries.length],
          delegation: countries[i % countries.length], politicalGroup: groups[i % groups.length], committees: [committee], ...extra,
        };
      }),
    )
    .returning({ id: contacts.id });
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
});

describe("sign-on letters", () => {
  it("creates, edits with the version check, searches and audits", async () => {
    const title = unique("Letter to President Tokayev on Zhanara Akhmetova");
    const { id } = await createLetter(users.officer, values(title));
    expect(await getLetter(users.viewer, id)).toMatchObject({ title, status: "draft", version: 1, targetSignatures: 20, ownerName: users.officer.name });
    const { version } = await updateLetter(users.manager, { id, version: 1, values: values(title, { status: "collecting", addressee: "EU High Representative" }) });
    expect(version).toBe(2);
    await expect(updateLetter(users.officer, { id, version: 1, values: values(title) })).rejects.toBeInstanceOf(StaleError);
    expect((await getLetter(users.officer, id)).addressee).toBe("EU High Representative");

    const found = await listLetters(users.viewer, letterListSchema.parse({ q: title.replace("Akhmetova", "Akhmetva") }));
    expect(found.rows.map((r) => r.id)).toContain(id);
    const filtered = await listLetters(users.viewer, letterListSchema.parse({ q: title, status: "closed" }));
    expect(filtered.total).toBe(0);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "letter"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses unknown merge fields in the outreach message", () => {
    const parsed = letterFormSchema.safeParse(input("Typo letter", { outreachTemplate: "{{salutaton}} please sign" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["outreachTemplate"], message: "Unknown merge field: {{salutaton}}." });
  });

  it("builds the pool from filters and from a list without duplicates, with snapshots", async () => {
    const committee = unique("DROI");
    const ids = await makeMeps(6, committee);
    await makeMeps(1, committee, { doNotContact: true });
    const { id: letterId } = await createLetter(users.officer, values(unique("Pool letter")));
    const first = await addPoolFromFilters(users.officer, { letterId, body: "european_parliament", country: "", group: "", committee });
    expect(first).toEqual({ added: 6, skipped: 1 }); // the do-not-contact member is skipped
    const byGroup = await addPoolFromFilters(users.officer, { letterId, body: "all", country: "", group: "s&d", committee });
    expect(byGroup.added).toBe(0);

    const [list] = await db.insert(contactLists).values({ name: unique("List") }).returning();
    const more = await makeMeps(2, unique("AFET"));
    await db.insert(contactListMembers).values([...ids.slice(0, 3), ...more].map((contactId) => ({ listId: list.id, contactId })));
    expect(await addPoolFromList(users.officer, { letterId, listId: list.id })).toEqual({ added: 2, skipped: 3 });
    await expect(addPoolContact(users.officer, { letterId, contactId: ids[0] })).rejects.toBeInstanceOf(ValidationError);

    const page = await pool(letterId);
    expect(page.total).toBe(8);
    expect(new Set(page.rows.map((r) => r.contactId)).size).toBe(8);
    const row = page.rows.find((r) => r.contactId === ids[1])!;
    expect(row).toMatchObject({ status: "to_ask", country: "BE", politicalGroup: "S&D" });
    expect((await pool(letterId, { pc: "BE" })).rows.every((r) => r.country === "BE")).toBe(true);

    // A snapshot: the member's later change of group does not move the pool.
    await db.update(contacts).set({ politicalGroup: "ECR" }).where(eq(contacts.id, ids[1]));
    expect((await pool(letterId, { pg: "S&D" })).rows.map((r) => r.contactId)).toContain(ids[1]);

    // Removing: only while not yet asked.
    await setSignatoryStatus(users.officer, { letterId, signatoryId: row.id, version: 1, status: "asked", on: "2026-02-01", note: null });
    await expect(removeFromPool(users.officer, { letterId, signatoryId: row.id, version: 2 })).rejects.toBeInstanceOf(ValidationError);
    const other = page.rows.find((r) => r.contactId === ids[2])!;
    await removeFromPool(users.officer, { letterId, signatoryId: other.id, version: 1 });
    expect((await pool(letterId)).total).toBe(7);
  });

  it("stamps dates on status changes and applies bulk changes in one audited step", async () => {
    const committee = unique("SEDE");
    await makeMeps(3, committee);
    const { id: letterId } = await createLetter(users.officer, values(unique("Status letter")));
    await addPoolFromFilters(users.officer, { letterId, body: "european_parliament", country: "", group: "", committee });
    const [a, b, c] = (await pool(letterId)).rows;

    await setSignatoryStatus(users.officer, { letterId, signatoryId: a.id, version: 1, status: "asked", on: "2026-03-01", note: "Met in Strasbourg" });
    await setSignatoryStatus(users.officer, { letterId, signatoryId: a.id, version: 2, status: "followed_up", on: "2026-03-08", note: null });
    await expect(setSignatoryStatus(users.officer, { letterId, signatoryId: a.id, version: 2, status: "signed", on: "2026-03-09", note: null })).rejects.toBeInstanceOf(StaleError);
    await setSignatoryStatus(users.officer, { letterId, signatoryId: a.id, version: 3, status: "signed", on: "2026-03-10", note: "Signed on paper" });
    const [stamped] = await db.select().from(letterSignatories).where(eq(letterSignatories.id, a.id));
    expect(stamped).toMatchObject({ status: "signed", askedOn: "2026-03-01", followedUpOn: "2026-03-08", respondedOn: "2026-03-10", signedOn: "2026-03-10", note: "Signed on paper" });

    const result = await bulkSetStatus(users.officer, bulkStatusSchema.parse({ letterId, signatoryIds: [b.id, c.id], status: "asked", on: "2026-03-02" }));
    expect(result).toEqual({ changed: 2 });
    const asked = await pool(letterId, { ps: "asked" });
    expect(asked.rows.map((r) => r.askedOn)).toEqual(["2026-03-02", "2026-03-02"]);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, letterId), eq(auditEntries.action, "signatory_status_bulk")));
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toContain("2 set to Asked");

    // An id of another letter's pool makes the whole bulk change fail, changing nothing.
    const { id: otherLetter } = await createLetter(users.officer, values(unique("Other letter")));
    await expect(bulkSetStatus(users.officer, { letterId: otherLetter, signatoryIds: [b.id], status: "declined", on: "2026-03-03" })).rejects.toBeInstanceOf(ValidationError);
    expect((await pool(letterId, { ps: "asked" })).total).toBe(2);
  });

  it("tallies 24 signatures of 30 asked by country and group, in SQL", async () => {
    const committee = unique("DROI tally");
    const ids = await makeMeps(30, committee);
    const { id: letterId } = await createLetter(users.officer, values(unique("Tally letter")));
    await addPoolFromFilters(users.officer, { letterId, body: "european_parliament", country: "", group: "", committee });
    const rows = await db.select({ id: letterSignatories.id, contactId: letterSignatories.contactId, country: letterSignatories.countrySnapshot }).from(letterSignatories).where(eq(letterSignatories.letterId, letterId));
    await bulkSetStatus(users.officer, { letterId, signatoryIds: rows.map((r) => r.id), status: "asked", on: "2026-04-01" });
    // 24 signers from the first 14 countries: members 0–13 and 16–25 (16+ wrap around to the same countries).
    const signerIds = new Set([...ids.slice(0, 14), ...ids.slice(16, 26)]);
    const signers = rows.filter((r) => signerIds.has(r.contactId));
    expect(signers).toHaveLength(24);
    await bulkSetStatus(users.officer, { letterId, signatoryIds: signers.map((r) => r.id), status: "signed", on: "2026-04-10" });

    const tally = await letterTally(users.viewer, letterId);
    expect(tally).toMatchObject({ onFile: 24, signatures: 24, countries: 14, groups: 4, poolSize: 30, pool: { asked: 6, signed: 24 } });
    expect(tally.sentence).toBe("24 MEPs from 14 member states, 4 political groups — target 20 reached");
    expect(tally.byCountry.reduce((s, r) => s + r.signatures, 0)).toBe(24);
    expect(tally.byCountry.find((r) => r.label === "AT")?.signatures).toBe(2);
    expect(tally.byCountry.find((r) => r.label === "LV")).toBeUndefined();
    expect(Object.fromEntries(tally.byGroup.map((r) => [r.label, r.signatures]))).toEqual({ EPP: 7, "S&D": 7, "Renew Europe": 5, "Greens/EFA": 5 });
    // The list shows the same count.
    const listed = await listLetters(users.viewer, letterListSchema.parse({ q: "Tally letter", status: "all" }));
    expect(listed.rows.find((r) => r.id === letterId)?.signatures).toBe(24);
    // The one-person picker no longer offers members already in the pool.
    const [inPool] = await db.select({ fullName: contacts.fullName }).from(contacts).where(eq(contacts.id, ids[0]));
    expect((await findContactsForPool(users.officer, letterId, inPool.fullName)).map((c) => c.id)).not.toContain(ids[0]);

    // A published count, when set, is the count shown.
    const letter = await getLetter(users.officer, letterId);
    await setLetterOutcome(users.officer, { id: letterId, version: letter.version, values: letterOutcomeSchema.parse({ dispatchedOn: "", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "26" }) });
    const published = await letterTally(users.viewer, letterId);
    expect(published.signatures).toBe(26);
    expect(published.sentence).toBe("26 MEPs (published count; 24 on file from 14 member states, 4 political groups) — target 20 reached");
  });

  it("words the tally for other bodies and targets not yet reached", () => {
    expect(tallySentence({ body: "pace", signatures: 1, countries: 1, groups: 1, target: 20 })).toBe("1 PACE member from 1 member state, 1 political group — 19 to go to the target of 20");
    expect(tallySentence({ body: "osce_pa", signatures: 5, countries: 3, groups: 2, target: null })).toBe("5 OSCE PA members from 3 participating States, 2 political groups");
  });

  it("renders the personalized outreach message for one parliamentarian", async () => {
    const committee = unique("AFCO");
    await makeMeps(1, committee);
    const { id: letterId } = await createLetter(users.officer, values(unique("Outreach letter")));
    await addPoolFromFilters(users.officer, { letterId, body: "all", country: "", group: "", committee });
    const [row] = (await pool(letterId)).rows;
    const o = await getOutreach(users.viewer, letterId, row.id);
    const text = renderOutreach(o.template, o, { title: o.letterTitle, deadline: o.deadline }, (d) => d ?? "");
    expect(text).toBe(`Dear Ms Member0, would you, as a member for Austria (EPP), sign “${o.letterTitle}” by 2026-12-01?`);
    const { id: otherLetter } = await createLetter(users.officer, values(unique("Another")));
    await expect(getOutreach(users.viewer, otherLetter, row.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moves the status with the outcome", async () => {
    const { id } = await createLetter(users.officer, values(unique("Outcome letter")));
    const outcome = (v: Record<string, string>) =>
      letterOutcomeSchema.parse({ dispatchedOn: "", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "", ...v });
    await setLetterOutcome(users.officer, { id, version: 1, values: outcome({ dispatchedOn: "2026-05-01", referenceNumber: "E-001234/2026" }) });
    expect(await getLetter(users.officer, id)).toMatchObject({ status: "dispatched", referenceNumber: "E-001234/2026" });
    await setLetterOutcome(users.officer, { id, version: 2, values: outcome({ dispatchedOn: "2026-05-01", referenceNumber: "E-001234/2026", replyReceivedOn: "2026-06-01", replyFrom: "EEAS", replySummary: "Noted." }) });
    expect(await getLetter(users.officer, id)).toMatchObject({ status: "reply_received", replyFrom: "EEAS" });
    expect((await listLetters(users.viewer, letterListSchema.parse({ q: "E-001234/2026" }))).rows.map((r) => r.id)).toContain(id);
    // Clearing the dates steps the status back.
    await setLetterOutcome(users.officer, { id, version: 3, values: outcome({ referenceNumber: "E-001234/2026" }) });
    expect((await getLetter(users.officer, id)).status).toBe("closed");
    expect(letterOutcomeSchema.safeParse({ dispatchedOn: "2026-05-02", referenceNumber: "", replyReceivedOn: "2026-05-01", replyFrom: "", replySummary: "", reportedSignatures: "" }).success).toBe(false);
  });

  it("hides a letter about a restricted case whole from those who may not see the case, and refuses linking one", async () => {
    const [open, hidden] = await db
      .insert(cases)
      .values([
        { primaryName: unique("Open case"), searchText: "open case" },
        { primaryName: unique("Hidden case"), restricted: true, searchText: "hidden case" },
      ])
      .returning();
    const title = unique("Cases letter");
    // An officer may not link a case hidden from them: answered like a missing one.
    await expect(createLetter(users.officer, values(title, { caseIds: [hidden.id] }))).rejects.toBeInstanceOf(ValidationError);
    expect((await letterFormOptions(users.officer)).cases.map((c) => c.id)).not.toContain(hidden.id);
    const { id } = await createLetter(users.manager, values(title, { caseIds: [open.id, hidden.id] }));
    expect((await getLetter(users.manager, id)).cases.map((c) => c.primaryName).sort()).toEqual([open.primaryName, hidden.primaryName].sort());

    // Viewers, coordinators and unassigned officers: no detail, no row, no count, no edit.
    const listed = async (user: TestUser) => (await listLetters(user, letterListSchema.parse({ q: title }))).total;
    for (const user of [users.viewer, users.coordinator, users.officer]) {
      await expect(getLetter(user, id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await listed(user)).toBe(0);
    }
    await expect(updateLetter(users.officer, { id, version: 1, values: values(title, { caseIds: [] }) })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.select().from(letterCases).where(eq(letterCases.letterId, id))).map((l) => l.caseId).sort()).toEqual([open.id, hidden.id].sort());

    // Assigned to the case, the officer sees and edits the letter with both its cases.
    expect(await listed(users.manager)).toBe(1);
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: users.officer.id });
    expect(await listed(users.officer)).toBe(1);
    expect((await getLetter(users.officer, id)).cases.map((c) => c.id).sort()).toEqual([open.id, hidden.id].sort());
    await updateLetter(users.officer, { id, version: 1, values: values(title, { caseIds: [hidden.id] }) });
    expect((await db.select().from(letterCases).where(eq(letterCases.letterId, id))).map((l) => l.caseId)).toEqual([hidden.id]);
    await expect(getLetter(users.viewer, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses the wrong roles and nobody", async () => {
    const { id: letterId } = await createLetter(users.officer, values(unique("Guarded letter")));
    const signatoryIds = ["00000000-0000-4000-8000-000000000000"];
    for (const user of [users.viewer, users.coordinator]) {
      await expect(createLetter(user, values("x letter"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateLetter(user, { id: letterId, version: 1, values: values("x letter") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addPoolFromFilters(user, { letterId, body: "pace", country: "", group: "", committee: "" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addPoolFromList(user, { letterId, listId: letterId })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(bulkSetStatus(user, { letterId, signatoryIds, status: "signed", on: "2026-01-01" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setSignatoryStatus(user, { letterId, signatoryId: signatoryIds[0], version: 1, status: "signed", on: "2026-01-01", note: null })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setLetterOutcome(user, { id: letterId, version: 1, values: letterOutcomeSchema.parse({ dispatchedOn: "2026-01-01", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "" }) })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Officers draft and log, but only managers and admins delete.
    await expect(deleteLetter(users.officer, { id: letterId, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    for (const fn of [
      () => listLetters(null as never, letterListSchema.parse({})),
      () => getLetter(null as never, letterId),
      () => letterTally(null as never, letterId),
      () => createLetter(null as never, values("x letter")),
      () => deleteLetter(null as never, { id: letterId, version: 1 }),
    ]) {
      await expect(fn()).rejects.toBeInstanceOf(ForbiddenError);
    }
    await deleteLetter(users.manager, { id: letterId, version: 1 });
    await expect(getLetter(users.manager, letterId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
