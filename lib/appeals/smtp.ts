import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { z } from "zod";
import { db } from "@/db/client";
import { appealDispatches } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { recordDispatch } from "./dispatch";
import { letterMessage } from "./eml";
import { composeLetter } from "./letter";
import { appealRecipientsForLetters, visibleAppeal } from "./output-queries";

// Sending an approved appeal from the app, one e-mail per recipient, through the SMTP server of
// SMTP_URL (e.g. smtps://user:password@mail.example.org:465). Each outcome (message id, or why it
// failed) is recorded with recordDispatch in its own short transaction: no transaction stays open
// while the SMTP server answers, and a refusal for one address never undoes the others.

/** An approved appeal goes out; one already sent may go to the recipients it has not reached yet. */
const SENDABLE = new Set(["approved", "sent"]);

/** The input of the send action and of the plan behind its button. */
export const appealEmailSchema = z.object({ appealId: z.uuid() });

export type SendResult = {
  sent: number;
  failed: Array<{ name: string; error: string }>;
  skipped: { alreadySent: number; noEmail: number };
};

export type EmailPlan = { configured: boolean; sendable: boolean; pending: number; alreadySent: number; noEmail: number };

function smtpUrl(): string | undefined {
  return process.env.SMTP_URL?.trim() || undefined;
}

/** Recipients who already have a successful e-mail dispatch: they never get the appeal twice. */
async function emailedRecipients(recipientIds: string[]): Promise<Set<string>> {
  if (!recipientIds.length) return new Set();
  const rows = await db
    .selectDistinct({ id: appealDispatches.recipientId })
    .from(appealDispatches)
    .where(and(inArray(appealDispatches.recipientId, recipientIds), eq(appealDispatches.channel, "email"), isNull(appealDispatches.error)));
  return new Set(rows.map((r) => r.id));
}

/** What "Send by e-mail" would do now: for the button's question, and to hide it when there is nothing to do. */
export const emailSendPlan = dataAccess(async function emailSendPlan(user: Acting | null | undefined, appealId: string): Promise<EmailPlan> {
  authorize(user, "appeal.write");
  const appeal = await visibleAppeal(user, appealId);
  if (!SENDABLE.has(appeal.status)) return { configured: !!smtpUrl(), sendable: false, pending: 0, alreadySent: 0, noEmail: 0 };
  const { recipients } = await appealRecipientsForLetters(user, appealId);
  const emailed = await emailedRecipients(recipients.map((r) => r.id));
  const withEmail = recipients.filter((r) => r.email);
  const alreadySent = withEmail.filter((r) => emailed.has(r.id)).length;
  return { configured: !!smtpUrl(), sendable: true, pending: withEmail.length - alreadySent, alreadySent, noEmail: recipients.length - withEmail.length };
});

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 500) || "The mail server refused the message.";
}

/**
 * Sends the appeal to every recipient with an e-mail address who has not received it by e-mail
 * yet. Running it again sends nothing twice and retries the failures. A failure is recorded (and
 * returned), not thrown. Two people pressing "Send" at the same moment are not serialized; the
 * check just before each message makes a double send unlikely, not impossible.
 */
export const sendAppealByEmail = dataAccess(async function sendAppealByEmail(user: Acting | null | undefined, appealId: string): Promise<SendResult> {
  authorize(user, "appeal.write");
  const url = smtpUrl();
  if (!url) throw new ValidationError("E-mail sending is not configured (SMTP_URL).");
  const { appeal, recipients, caseNames } = await appealRecipientsForLetters(user, appealId);
  if (!SENDABLE.has(appeal.status)) throw new ValidationError("Only an approved appeal can be sent by e-mail.");

  const result: SendResult = { sent: 0, failed: [], skipped: { alreadySent: 0, noEmail: 0 } };
  const emailed = await emailedRecipients(recipients.map((r) => r.id));
  const transport = nodemailer.createTransport(
    new SMTPTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }),
  );
  try {
    for (const recipient of recipients) {
      if (!recipient.email) {
        result.skipped.noEmail++;
        continue;
      }
      if (emailed.has(recipient.id) || (await emailedRecipients([recipient.id])).size) {
        result.skipped.alreadySent++;
        continue;
      }
      const sentOn = new Date();
      const letter = composeLetter(appeal, recipient, caseNames, sentOn);
      let messageId: string | null = null;
      let error: string | null = null;
      try {
        messageId = (await transport.sendMail(letterMessage(letter))).messageId ?? null;
      } catch (e) {
        error = reason(e);
      }
      await db.transaction((tx) => recordDispatch(tx, user, { appealId: appeal.id, recipientId: recipient.id, sentOn, channel: "email", messageId, error }));
      if (error) result.failed.push({ name: recipient.name, error });
      else result.sent++;
    }
  } finally {
    transport.close();
  }
  return result;
});
