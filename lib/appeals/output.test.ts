import { and, eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appealDispatches, appealRecipients, appeals, auditEntries, cases } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { letterEml } from "./eml";
import { attachmentDisposition, blocksToHtml, blocksToText, formatLetterDate, markdownBlocks } from "./letter";
import { getLetterForRecipient } from "./output-queries";
import { letterPdf } from "./pdf";

const users = {} as Record<Role, TestUser>;
const body = `{{salutation}},

We write to you about **{{case_names}}**, detained *without trial*.

## Our requests

1. release them;
2. allow visits by {{organization}}.

Letter of {{date}}.`;

type Status = (typeof appeals.$inferInsert)["status"];
type Recipient = Omit<typeof appealRecipients.$inferInsert, "appealId">;

async function makeAppeal(status: Status, caseIds: string[], recipients: Recipient[], more: Partial<typeof appeals.$inferInsert> = {}) {
  const title = unique("Release the detained journalists");
  const [appeal] = await db
    .insert(appeals)
    .values({ type: "urgent_appeal", title, subject: "Urgent: {{case_names}}", bodyMarkdown: body, status, ...more })
    .returning({ id: appeals.id });
  if (caseIds.length) await db.insert(appealCases).values(caseIds.map((caseId) => ({ appealId: appeal.id, caseId })));
  const rows = await db
    .insert(appealRecipients)
    .values(recipients.map((r) => ({ ...r, appealId: appeal.id })))
    .returning({ id: appealRecipients.id });
  return { id: appeal.id, title, recipientIds: rows.map((r) => r.id) };
}

const minister: Recipient = {
  name: "Марат Ахметжанов",
  title: "Министр внутренних дел",
  organization: "МВД Республики Казахстан",
  postalAddress: "010000, Астана\nпр. Тауелсиздик, 1",
  email: "minister@mvd.example.kz",
  salutation: "Уважаемый господин Министр",
};
const ombudsman: Recipient = { name: "Elżbieta Nowak", organization: "Biuro RPO", email: "rpo@example.pl", salutation: "Dear Ombudsman" };
const noSalutation: Recipient = { name: "Prosecutor's Office", organization: "General Prosecutor's Office" };

let open: { id: string; name: string };
let restricted: { id: string; name: string };

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
  const [a, b] = await db
    .insert(cases)
    .values([
      { primaryName: unique("Жанара Ахметова"), searchText: "x" },
      { primaryName: unique("Hidden Person"), restricted: true, searchText: "y" },
    ])
    .returning({ id: cases.id, name: cases.primaryName });
  open = { id: a.id, name: a.name };
  restricted = { id: b.id, name: b.name };
});

async function pdfText(bytes: Buffer): Promise<string> {
  return (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
}

describe("letters of an approved appeal", () => {
  it("personalizes subject and body with the salutation, case names and today's date in the appeal's language", async () => {
    const appeal = await makeAppeal("approved", [open.id], [minister, noSalutation], { language: "ru" });
    const letter = await getLetterForRecipient(users.viewer, appeal.id, appeal.recipientIds[0]);
    const today = formatLetterDate(new Date(), "ru");
    expect(letter.date).toBe(today);
    expect(letter.subject).toBe(`Urgent: ${open.name}`);
    expect(letter.bodyMarkdown).toContain("Уважаемый господин Министр,");
    expect(letter.bodyMarkdown).toContain(`**${open.name}**`);
    expect(letter.bodyMarkdown).toContain("allow visits by МВД Республики Казахстан.");
    // "7 декабря 2026 г." already ends with its full stop: the template's own is not doubled.
    expect(today.endsWith("г.")).toBe(true);
    expect(letter.bodyMarkdown).toMatch(new RegExp(`Letter of ${today.replace(/\./g, "\\.")}$`));
    expect(letter.recipient).toMatchObject({ name: minister.name, postalAddress: minister.postalAddress, email: minister.email });

    const fallback = await getLetterForRecipient(users.viewer, appeal.id, appeal.recipientIds[1]);
    expect(fallback.bodyMarkdown.startsWith("Dear Sir or Madam,")).toBe(true);
  });

  it("opens with the salutation when the body does not place it, and is dated the day it went out", async () => {
    const appeal = await makeAppeal("sent", [], [{ ...ombudsman, salutation: "Dear Ombudsman," }], { bodyMarkdown: "Please intervene." });
    await db.insert(appealDispatches).values({ recipientId: appeal.recipientIds[0], sentOn: new Date("2020-03-04T10:00:00Z"), channel: "post" });
    const letter = await getLetterForRecipient(users.officer, appeal.id, appeal.recipientIds[0]);
    expect(letter.bodyMarkdown).toBe("Dear Ombudsman,\n\nPlease intervene.");
    expect(letter.date).toBe("4 March 2020");
    // no case: the subject's merge field is left empty
    expect(letter.subject).toBe("Urgent:");
  });

  it("refuses drafts and appeals in review: their text may still change", async () => {
    for (const status of ["draft", "in_review"] as const) {
      const appeal = await makeAppeal(status, [open.id], [ombudsman]);
      await expect(getLetterForRecipient(users.officer, appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(ValidationError);
      await expect(letterPdf(users.officer, appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it("hides an appeal about a restricted case exactly like a missing one", async () => {
    const appeal = await makeAppeal("approved", [open.id, restricted.id], [ombudsman]);
    for (const role of ["viewer", "officer"] as const) {
      await expect(getLetterForRecipient(users[role], appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(NotFoundError);
      await expect(letterPdf(users[role], appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(letterEml(users.officer, appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(NotFoundError);
    const letter = await getLetterForRecipient(users.manager, appeal.id, appeal.recipientIds[0]);
    expect(letter.caseNames).toEqual([open.name, restricted.name].sort());
  });

  it("refuses a recipient of another appeal, and nobody", async () => {
    const one = await makeAppeal("approved", [], [ombudsman]);
    const other = await makeAppeal("approved", [], [ombudsman]);
    await expect(getLetterForRecipient(users.viewer, one.id, other.recipientIds[0])).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLetterForRecipient(null, one.id, one.recipientIds[0])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(letterPdf(null, one.id, one.recipientIds[0])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(letterEml(null, one.id, one.recipientIds[0])).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("PDF", () => {
  it("is a PDF with the personalized salutation and Cyrillic names, for any reader, audited", async () => {
    const appeal = await makeAppeal("approved", [open.id], [minister]);
    const { bytes, disposition } = await letterPdf(users.viewer, appeal.id, appeal.recipientIds[0]);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Уважаемый господин Министр,");
    expect(text).toContain("Марат Ахметжанов");
    expect(text).toContain(open.name);
    expect(text).toContain("Our requests");
    expect(text).toContain("release them;");
    expect(disposition).toContain(`filename="letter-recipient.pdf"`);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent("letter-Марат Ахметжанов.pdf")}`);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, appeal.id), eq(auditEntries.action, "download")));
    expect(audit[0].summary).toMatch(/^Letter to recipient [0-9a-f-]+ \(PDF\)$/);
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(users.viewer.id);
  });

  it("renders Polish and Kazakh letters", async () => {
    const appeal = await makeAppeal("approved", [], [{ ...ombudsman, salutation: "Szanowna Pani Rzecznik", title: "Қазақстан Республикасының Бас прокуроры" }]);
    const text = await pdfText((await letterPdf(users.officer, appeal.id, appeal.recipientIds[0])).bytes);
    expect(text).toContain("Szanowna Pani Rzecznik,");
    expect(text).toContain("Elżbieta Nowak");
    expect(text).toContain("Қазақстан Республикасының");
  });
});

describe(".eml", () => {
  it("is an e-mail to the recipient with the personalized subject and salutation, for those who send, audited", async () => {
    const appeal = await makeAppeal("approved", [], [ombudsman], { subject: "Urgent appeal for the detained journalists" });
    const { bytes, disposition } = await letterEml(users.officer, appeal.id, appeal.recipientIds[0]);
    const eml = bytes.toString("utf8");
    expect(eml).toMatch(/^Subject: Urgent appeal for the detained journalists$/m);
    expect(eml).toMatch(/^To: .*<rpo@example\.pl>$/m);
    expect(eml).toMatch(/^From: Advocacy Desk <advocacy@localhost>$/m);
    expect(eml).toContain("Content-Type: multipart/alternative");
    expect(eml).toContain("text/html");
    expect(eml).toContain("Dear Ombudsman,");
    expect(disposition).toContain(`filename="letter-Elzbieta-Nowak.eml"`);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, appeal.id), eq(auditEntries.action, "download")));
    expect(audit).toHaveLength(1);
  });

  it("needs appeal.write and a recipient with an e-mail address", async () => {
    const appeal = await makeAppeal("approved", [], [ombudsman, noSalutation]);
    for (const role of ["viewer", "coordinator"] as const) {
      await expect(letterEml(users[role], appeal.id, appeal.recipientIds[0])).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(letterEml(users.manager, appeal.id, appeal.recipientIds[1])).rejects.toThrow(/no e-mail address/);
  });
});

describe("Markdown blocks", () => {
  it("keeps headings, numbered and nested lists, bold and italic, and escapes HTML", () => {
    const blocks = markdownBlocks("# Title\n\nA **bold** and *italic* <script>alert(1)</script> [link](https://example.org).\n\n3. three\n   - inner\n4. four");
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 1 });
    expect(blocks[1]).toMatchObject({ kind: "paragraph", runs: expect.arrayContaining([{ text: "bold", bold: true, italic: false }, { text: "italic", bold: false, italic: true }]) });
    expect(blocks.filter((b) => b.kind === "paragraph" && b.marker).map((b) => b.kind === "paragraph" && b.marker)).toEqual(["3.", "•", "4."]);
    const text = blocksToText(blocks);
    expect(text).toContain("3. three");
    expect(text).toContain("link (https://example.org)");
    const html = blocksToHtml(blocks);
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain(`<a href="https://example.org">link</a>`);
  });

  it("names downloads safely", () => {
    expect(attachmentDisposition('A "quoted" / name', "pdf")).toBe(
      `attachment; filename="letter-A-quoted-name.pdf"; filename*=UTF-8''${encodeURIComponent("letter-A quoted name.pdf")}`,
    );
  });
});
