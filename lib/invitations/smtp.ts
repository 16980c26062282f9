import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { db } from "@/db/client";
import { contacts, invitations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { smtpFrom } from "@/lib/appeals/eml";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { markInvitationsSent, readEvent, refuseCancelled } from "./event";
import { defaultTemplate, sentText } from "./merge";
import { guestEmail } from "./queries";
import { issueToken, rsvpToken, rsvpUrl } from "./token";

// Sending the invitations by e-mail through SMTP_URL, one message per guest with an address, each
// with their own text and link. The outcome of each message is recorded in its own short
// transaction (sent_at and channel, or an audited failure): no transaction stays open while the
// mail server answers. Guests already sent to (by any channel) are never sent to again.

export type InvitationSendResult = { sent: number; failed: Array<{ name: string; error: string }>; skipped: { noEmail: number } };
export type InvitationEmailPlan = { configured: boolean; pending: number; noEmail: number };

function smtpUrl(): string | undefined {
  return process.env.SMTP_URL?.trim() || undefined;
}

async function unsentGuests(eventId: string) {
  return db
    .select({
      id: invitations.id,
      name: contacts.fullName,
      title: contacts.title,
      salutation: contacts.salutation,
      email: guestEmail,
      messageText: invitations.messageText,
      rsvpTokenCreatedAt: invitations.rsvpTokenCreatedAt,
    })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .where(and(eq(invitations.eventId, eventId), isNull(invitations.sentAt), eq(invitations.walkIn, false)));
}

export const invitationEmailPlan = dataAccess(async function invitationEmailPlan(user: Acting | null | undefined, eventId: string): Promise<InvitationEmailPlan> {
  authorize(user, "event.write");
  await readEvent(user, eventId);
  const guests = await unsentGuests(eventId);
  const pending = guests.filter((g) => g.email).length;
  return { configured: !!smtpUrl(), pending, noEmail: guests.length - pending };
});

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 500) || "The mail server refused the message.";
}

export const sendInvitationsByEmail = dataAccess(async function sendInvitationsByEmail(user: Acting | null | undefined, input: { eventId: string }, originOf: () => Promise<string>): Promise<InvitationSendResult> {
  authorize(user, "event.write");
  const url = smtpUrl();
  if (!url) throw new ValidationError("E-mail sending is not configured (SMTP_URL).");
  const event = await readEvent(user, input.eventId);
  refuseCancelled(event);
  const origin = await originOf();
  const template = event.invitationTemplate.trim() ? event.invitationTemplate : defaultTemplate(event);
  const result: InvitationSendResult = { sent: 0, failed: [], skipped: { noEmail: 0 } };
  const transport = nodemailer.createTransport(new SMTPTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }));
  try {
    for (const guest of await unsentGuests(event.id)) {
      if (!guest.email) {
        result.skipped.noEmail++;
        continue;
      }
      // Just before each message: another coordinator may have sent it meanwhile.
      const [still] = await db.select({ sentAt: invitations.sentAt }).from(invitations).where(eq(invitations.id, guest.id));
      if (!still || still.sentAt) continue;
      let createdAt = guest.rsvpTokenCreatedAt;
      if (!createdAt) {
        const issued = issueToken(guest.id);
        await db.update(invitations).set({ rsvpTokenHash: issued.hash, rsvpTokenCreatedAt: issued.createdAt }).where(eq(invitations.id, guest.id));
        createdAt = issued.createdAt;
      }
      const text = sentText(guest.messageText, template, event, guest, rsvpUrl(origin, rsvpToken(guest.id, createdAt)));
      let error: string | null = null;
      try {
        await transport.sendMail({ from: smtpFrom(), to: { name: guest.name, address: guest.email }, subject: `Invitation: ${event.title}`, text: `${text}\n` });
      } catch (e) {
        error = reason(e);
      }
      await db.transaction(async (tx) => {
        if (error) {
          await writeAudit(tx, user, { action: "email_failed", entity: "invitation", entityId: guest.id, summary: `${guest.name} <${guest.email}>: ${error}` });
          return;
        }
        await tx
          .update(invitations)
          .set({ sentAt: sql`now()`, channel: "email", ...bump(invitations) })
          .where(eq(invitations.id, guest.id));
        await writeAudit(tx, user, { action: "email_sent", entity: "invitation", entityId: guest.id, summary: `${guest.name} <${guest.email}> → ${event.title}` });
        await markInvitationsSent(tx, user, event.id);
      });
      if (error) result.failed.push({ name: guest.name, error });
      else result.sent++;
    }
  } finally {
    transport.close();
  }
  return result;
});
