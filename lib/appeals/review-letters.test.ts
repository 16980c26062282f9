import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appealRecipients, appeals, cases } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { getLetterForRecipient } from "./output-queries";
import { REVIEW_LETTERS_PAGE_SIZE, reviewLetters } from "./review-letters";
import { approveAppeal } from "./transitions";

const users = {} as Record<Role, TestUser>;
let appealId: string;
let caseName: string;
type Recipient = Omit<typeof appealRecipients.$inferInsert, "appealId">;

const address = "1047 Brussels, Rue Wiertz 60";
// Twelve recipients: two without a postal address (one blank), two without an e-mail (one blank).
const recipients: Recipient[] = [
  { name: "Julie Ward", salutation: "Dear Ms Ward,", email: "julie.ward@europarl.example", postalAddress: null },
  { name: "Уполномоченный по правам человека", salutation: "Уважаемый господин Уполномоченный!", email: null, postalAddress: "010000, Астана" },
  { name: "Secretary of State", salutation: "Dear Secretary of State", email: "  ", postalAddress: "  " },
  ...Array.from({ length: 9 }, (_, i): Recipient => ({ name: `Member ${String.fromCharCode(65 + i)}`, salutation: `Dear Member ${i},`, email: `m${i}@example.org`, postalAddress: address })),
];

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
  caseName = unique("Zhanara Akhmetova");
  const [c] = await db.insert(cases).values({ primaryName: caseName, searchText: "x" }).returning({ id: cases.id });
  const [a] = await db
    .insert(appeals)
    .values({ type: "urgent_appeal", title: unique("Halt the extradition"), subject: "Urgent: {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe urge you to halt the extradition of {{case_names}}.", status: "in_review", ownerId: users.officer.id })
    .returning({ id: appeals.id });
  appealId = a.id;
  await db.insert(appealCases).values({ appealId, caseId: c.id });
  await db.insert(appealRecipients).values(recipients.map((r) => ({ ...r, appealId })));
});

describe("letters to review", () => {
  it("gives an approver each recipient's personalized letter, a page at a time, flagging those without an e-mail first", async () => {
    const first = await reviewLetters(users.manager, appealId, { page: 1, via: "email" });
    expect(first.total).toBe(12);
    expect(first.letters).toHaveLength(REVIEW_LETTERS_PAGE_SIZE);
    expect(first.flagged).toEqual({ total: 2, names: ["Secretary of State", "Уполномоченный по правам человека"] });
    expect(first.letters.slice(0, 2).map((l) => [l.letter.recipient.name, l.missing])).toEqual([
      ["Secretary of State", true],
      ["Уполномоченный по правам человека", true],
    ]);
    expect(first.letters.slice(2).every((l) => !l.missing)).toBe(true);
    const ward = first.letters.find((l) => l.letter.recipient.name === "Julie Ward")!.letter;
    expect(ward.subject).toBe(`Urgent: ${caseName}`);
    expect(ward.bodyMarkdown).toBe(`Dear Ms Ward,\n\nWe urge you to halt the extradition of ${caseName}.`);
    expect(first.letters.find((l) => l.letter.recipient.name.startsWith("Уполномоченный"))!.letter.bodyMarkdown).toMatch(/^Уважаемый господин Уполномоченный!\n/);

    const second = await reviewLetters(users.admin, appealId, { page: 2, via: "email" });
    expect(second.page).toBe(2);
    expect(second.letters.map((l) => l.letter.recipient.name)).toEqual(["Member H", "Member I"]);
    // A page past the end shows the last one.
    expect((await reviewLetters(users.manager, appealId, { page: 99, via: "email" })).page).toBe(2);
  });

  it("flags the recipients without a postal address when the letters go by post", async () => {
    const byPost = await reviewLetters(users.manager, appealId, { page: 1, via: "post" });
    expect(byPost.flagged).toEqual({ total: 2, names: ["Julie Ward", "Secretary of State"] });
    expect(byPost.letters.filter((l) => l.missing).map((l) => l.letter.recipient.name)).toEqual(["Julie Ward", "Secretary of State"]);
  });

  it("is the letter the print view, the PDF and the e-mail make once approved", async () => {
    const [copy] = await db
      .insert(appeals)
      .values({ type: "urgent_appeal", title: unique("Copy"), subject: "Urgent: {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe write.", status: "in_review" })
      .returning({ id: appeals.id });
    const [r] = await db.insert(appealRecipients).values({ ...recipients[0], appealId: copy.id }).returning({ id: appealRecipients.id });
    const reviewed = (await reviewLetters(users.manager, copy.id, { page: 1, via: "post" })).letters[0].letter;
    await approveAppeal(users.manager, { id: copy.id, version: 1 });
    const printed = await getLetterForRecipient(users.viewer, copy.id, r.id);
    expect({ subject: printed.subject, bodyMarkdown: printed.bodyMarkdown, date: printed.date }).toEqual({ subject: reviewed.subject, bodyMarkdown: reviewed.bodyMarkdown, date: reviewed.date });
    expect(printed.bodyMarkdown).toBe("Dear Ms Ward,\n\nWe write.");
  });

  it("is for those who approve only, and only while the appeal is in review", async () => {
    for (const role of ["viewer", "officer", "coordinator"] as const) {
      await expect(reviewLetters(users[role], appealId, { page: 1, via: "email" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(reviewLetters(null, appealId, { page: 1, via: "email" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewLetters(users.manager, randomUUID(), { page: 1, via: "email" })).rejects.toBeInstanceOf(NotFoundError);
    const [draft] = await db.insert(appeals).values({ type: "statement", title: unique("Draft"), status: "draft" }).returning({ id: appeals.id });
    await expect(reviewLetters(users.manager, draft.id, { page: 1, via: "email" })).rejects.toBeInstanceOf(ValidationError);
  });
});
