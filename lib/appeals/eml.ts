import "server-only";
import type Mail from "nodemailer/lib/mailer";
import MailComposer from "nodemailer/lib/mail-composer";
import { db } from "@/db/client";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { attachmentDisposition, blocksToHtml, blocksToText, markdownBlocks, type Letter } from "./letter";
import { getLetterForRecipient } from "./output-queries";

/** The sender of e-mails the app writes: SMTP_FROM, e.g. "Advocacy Desk <advocacy@foundation.example>". */
export function smtpFrom(): string {
  return process.env.SMTP_FROM || "Advocacy Desk <advocacy@localhost>";
}

/**
 * One letter as an e-mail: the personalized subject, the body as plain text and as escaped HTML
 * (the same Markdown blocks as the PDF). The .eml download and the SMTP sender use the same message.
 */
export function letterMessage(letter: Letter): Mail.Options {
  const blocks = markdownBlocks(letter.bodyMarkdown);
  const lang = letter.language.replace(/[^A-Za-z-]/g, "") || "en";
  return {
    from: smtpFrom(),
    to: letter.recipient.email ? { name: letter.recipient.name, address: letter.recipient.email } : undefined,
    subject: letter.subject,
    text: `${blocksToText(blocks)}\n`,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">\n${blocksToHtml(blocks)}\n</body></html>`,
    headers: { "Content-Language": lang },
  };
}

/** The message as RFC 822 bytes. `X-Unsent: 1` makes mail clients open it as a draft to send. */
export function buildEml(letter: Letter): Promise<Buffer> {
  const message = letterMessage(letter);
  return new MailComposer({ ...message, date: new Date(), headers: { ...(message.headers as Record<string, string>), "X-Unsent": "1" } })
    .compile()
    .build();
}

/**
 * GET …/eml: the letter to one recipient as an e-mail file, audited. Needs "appeal.write": an .eml
 * is made to be sent, which is for those who log dispatches. A recipient without an e-mail
 * address has no e-mail to download (the print view and the PDF serve post and web forms).
 */
export const letterEml = dataAccess(async function letterEml(user: Acting | null | undefined, appealId: string, recipientId: string): Promise<{ bytes: Buffer; disposition: string }> {
  authorize(user, "appeal.write");
  const letter = await getLetterForRecipient(user, appealId, recipientId);
  if (!letter.recipient.email) throw new ValidationError("This recipient has no e-mail address: print the letter or download the PDF instead.");
  const bytes = await buildEml(letter);
  await db.transaction((tx) =>
    writeAudit(tx, user, {
      action: "download",
      entity: "appeal",
      entityId: letter.appealId,
      summary: `Letter to recipient ${letter.recipient.id} (.eml)`, // ids only: titles name people
    }),
  );
  return { bytes, disposition: attachmentDisposition(letter.recipient.name, "eml") };
});
