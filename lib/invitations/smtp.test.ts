import { normalizeForSearch } from "@/lib/search/normalize";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contacts, events, invitations } from "@/db/schema";
import { zonedTimeToInstant } from "@/lib/events/zoned";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { inviteContacts, updateTemplate } from "./mutations";
import { rsvpView } from "./rsvp";
import { invitationEmailPlan, sendInvitationsByEmail } from "./smtp";

process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret-123";

// A real SMTP server on a free local port: the app talks SMTP to it exactly as to a mail provider.
type Received = { to: string[]; raw: string };
const received: Received[] = [];
const REFUSED = "refused-guest@example.org";
const ORIGIN = async () => "https://desk.example.org";
let server: SMTPServer;
let url: string;
const users = {} as Record<Role, TestUser>;

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator"] as const) users[role] = await createTestUser(role);
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) return callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterEach(() => {
  delete process.env.SMTP_URL;
  received.length = 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function guest(name: string, email?: string, salutation?: string) {
  const [c] = await db.insert(contacts).values({ fullName: name, salutation, searchText: normalizeForSearch(name) }).returning({ id: contacts.id });
  if (email) await db.insert(contactEmails).values({ contactId: c.id, email, isPrimary: true });
  return c.id;
}

describe("sending invitations by e-mail", () => {
  it("sends each guest with an address their own text and link once, records sent_at and the channel, and retries failures only", async () => {
    const [event] = await db
      .insert(events)
      .values({ kind: "side_event", title: unique("Side-event"), status: "confirmed", timeZone: "Europe/Luxembourg", startsAt: zonedTimeToInstant("2030-07-04T12:30", "Europe/Luxembourg") })
      .returning();
    const anna = await guest(unique("Anna Mail"), "anna@example.org", "Dear Ms Anna");
    const boris = await guest(unique("Boris Mail"), REFUSED);
    const carla = await guest(unique("Carla Nomail"));
    await inviteContacts(users.coordinator, { eventId: event.id, contactIds: [anna, boris, carla] });
    await updateTemplate(users.coordinator, { eventId: event.id, version: event.version, values: { template: "{{salutation}}, join us at {{time}}: {{rsvp_link}}" } });

    await expect(sendInvitationsByEmail(users.coordinator, { eventId: event.id }, ORIGIN)).rejects.toThrow(ValidationError);
    process.env.SMTP_URL = url;
    await expect(sendInvitationsByEmail(users.officer, { eventId: event.id }, ORIGIN)).rejects.toThrow(ForbiddenError);
    await expect(sendInvitationsByEmail(null, { eventId: event.id }, ORIGIN)).rejects.toThrow(ForbiddenError);
    expect(await invitationEmailPlan(users.coordinator, event.id)).toEqual({ configured: true, pending: 2, noEmail: 1 });

    const result = await sendInvitationsByEmail(users.coordinator, { eventId: event.id }, ORIGIN);
    expect(result).toEqual({ sent: 1, failed: [{ name: expect.stringMatching(/^Boris Mail/), error: expect.stringContaining("Mailbox unavailable") }], skipped: { noEmail: 1 } });
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.to).toEqual(["anna@example.org"]);
    expect(mail.raw).toMatch(/^Subject: Invitation: Side-event/m);
    expect(mail.raw).toContain("Dear Ms Anna, join us at 12:30:");
    const link = mail.raw.replace(/=\r?\n/g, "").match(/https:\/\/desk\.example\.org\/rsvp\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    expect((await rsvpView(link![1]))?.guestName).toMatch(/^Anna Mail/);

    const [annaInv] = await db.select().from(invitations).where(and(eq(invitations.eventId, event.id), eq(invitations.contactId, anna)));
    expect(annaInv).toMatchObject({ channel: "email", sentAt: expect.any(Date) });
    const [borisInv] = await db.select().from(invitations).where(and(eq(invitations.eventId, event.id), eq(invitations.contactId, boris)));
    expect(borisInv.sentAt).toBeNull();
    expect(await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, borisInv.id), eq(auditEntries.action, "email_failed")))).toHaveLength(1);
    expect((await db.select({ status: events.status }).from(events).where(eq(events.id, event.id)))[0].status).toBe("invitations_sent");

    // Again: Anna does not get it twice; Boris is retried.
    const again = await sendInvitationsByEmail(users.coordinator, { eventId: event.id }, ORIGIN);
    expect(again).toMatchObject({ sent: 0, failed: [{ name: expect.stringMatching(/^Boris Mail/) }], skipped: { noEmail: 1 } });
    expect(received).toHaveLength(1);
  });
});
