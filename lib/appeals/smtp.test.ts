import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appealDispatches, appealRecipients, appeals, cases } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { emailSendPlan, sendAppealByEmail } from "./smtp";

// A real SMTP server on a free local port: the app talks SMTP to it exactly as to a mail provider.
type Received = { to: string[]; raw: string };
const received: Received[] = [];
const REFUSED = "refused@example.org";
let server: SMTPServer;
let url: string;

const users = {} as Record<Role, TestUser>;

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
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

async function makeAppeal(status: (typeof appeals.$inferInsert)["status"], recipients: Array<{ name: string; email?: string; salutation?: string }>) {
  const [appeal] = await db
    .insert(appeals)
    .values({ type: "letter_of_concern", title: unique("Stop the persecution"), subject: "Concern for {{recipient_name}}'s attention", bodyMarkdown: "{{salutation}},\n\nWe are **deeply concerned**.", status })
    .returning({ id: appeals.id });
  const rows = await db
    .insert(appealRecipients)
    .values(recipients.map((r) => ({ ...r, appealId: appeal.id })))
    .returning({ id: appealRecipients.id, name: appealRecipients.name });
  return { id: appeal.id, recipients: rows };
}

const dispatchesOf = (recipientIds: string[]) => db.select().from(appealDispatches).where(inArray(appealDispatches.recipientId, recipientIds));
const statusOf = async (id: string) => (await db.select({ status: appeals.status }).from(appeals).where(eq(appeals.id, id)))[0].status;

describe("sending an approved appeal by e-mail", () => {
  it("sends each recipient with an address their own letter, records the message ids, and marks the appeal sent", async () => {
    process.env.SMTP_URL = url;
    const appeal = await makeAppeal("approved", [
      { name: "Anna Minister", email: "anna@example.org", salutation: "Dear Minister" },
      { name: "Boris Ombudsman", email: "boris@example.org", salutation: "Dear Ombudsman" },
      { name: "Colony Management" },
    ]);
    expect(await emailSendPlan(users.officer, appeal.id)).toEqual({ configured: true, sendable: true, pending: 2, alreadySent: 0, noEmail: 1 });

    const result = await sendAppealByEmail(users.officer, appeal.id);
    expect(result).toEqual({ sent: 2, failed: [], skipped: { alreadySent: 0, noEmail: 1 } });
    expect(received).toHaveLength(2);
    const anna = received.find((m) => m.to[0] === "anna@example.org")!;
    expect(anna.raw).toMatch(/^To: Anna Minister <anna@example\.org>$/m);
    expect(anna.raw).toMatch(/^Subject: Concern for Anna Minister's attention$/m);
    expect(anna.raw).toContain("Dear Minister,");
    expect(anna.raw).not.toContain("Dear Ombudsman");
    const boris = received.find((m) => m.to[0] === "boris@example.org")!;
    expect(boris.raw).toContain("Dear Ombudsman,");

    const dispatches = await dispatchesOf(appeal.recipients.map((r) => r.id));
    expect(dispatches).toHaveLength(2);
    for (const d of dispatches) expect(d).toMatchObject({ channel: "email", error: null, messageId: expect.stringMatching(/^<.+@.+>$/), createdById: users.officer.id });
    expect(anna.raw).toContain(`Message-ID: ${dispatches.find((d) => d.recipientId === appeal.recipients[0].id)!.messageId}`);
    expect(await statusOf(appeal.id)).toBe("sent");

    // Again: nobody gets it twice.
    const again = await sendAppealByEmail(users.manager, appeal.id);
    expect(again).toEqual({ sent: 0, failed: [], skipped: { alreadySent: 2, noEmail: 1 } });
    expect(received).toHaveLength(2);
    expect(await dispatchesOf(appeal.recipients.map((r) => r.id))).toHaveLength(2);
    expect(await emailSendPlan(users.officer, appeal.id)).toMatchObject({ pending: 0, alreadySent: 2 });
  });

  it("records a refused address as a failed dispatch and sends to the others", async () => {
    process.env.SMTP_URL = url;
    const appeal = await makeAppeal("approved", [
      { name: "Refused Address", email: REFUSED },
      { name: "Good Address", email: "good@example.org" },
    ]);
    const result = await sendAppealByEmail(users.officer, appeal.id);
    expect(result.sent).toBe(1);
    expect(result.failed).toEqual([{ name: "Refused Address", error: expect.stringContaining("Mailbox unavailable") }]);
    expect(received.map((m) => m.to)).toEqual([["good@example.org"]]);
    const [failed] = (await dispatchesOf([appeal.recipients[0].id]));
    expect(failed).toMatchObject({ channel: "email", messageId: null, error: expect.stringContaining("550") });
    expect(await statusOf(appeal.id)).toBe("sent");

    // A second run retries the failure only.
    const retry = await sendAppealByEmail(users.officer, appeal.id);
    expect(retry).toMatchObject({ sent: 0, failed: [{ name: "Refused Address" }], skipped: { alreadySent: 1, noEmail: 0 } });
    expect(received).toHaveLength(1);
  });

  it("says clearly when SMTP_URL is not set, and sends nothing", async () => {
    const appeal = await makeAppeal("approved", [{ name: "Anna Minister", email: "anna@example.org" }]);
    await expect(sendAppealByEmail(users.officer, appeal.id)).rejects.toThrow(new ValidationError("E-mail sending is not configured (SMTP_URL)."));
    expect(await emailSendPlan(users.officer, appeal.id)).toMatchObject({ configured: false, pending: 1 });
    expect(await dispatchesOf([appeal.recipients[0].id])).toHaveLength(0);
  });

  it("sends only approved appeals, and only for those who may log dispatches", async () => {
    process.env.SMTP_URL = url;
    const draft = await makeAppeal("draft", [{ name: "Anna Minister", email: "anna@example.org" }]);
    await expect(sendAppealByEmail(users.officer, draft.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await emailSendPlan(users.officer, draft.id)).toMatchObject({ sendable: false });
    const approved = await makeAppeal("approved", [{ name: "Anna Minister", email: "anna@example.org" }]);
    for (const role of ["viewer", "coordinator"] as const) {
      await expect(sendAppealByEmail(users[role], approved.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(emailSendPlan(users[role], approved.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(sendAppealByEmail(null, approved.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendAppealByEmail(users.officer, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    // about a restricted case the officer is not assigned to: as if it did not exist
    const [hiddenCase] = await db.insert(cases).values({ primaryName: unique("Hidden"), restricted: true, searchText: "hidden" }).returning({ id: cases.id });
    await db.insert(appealCases).values({ appealId: approved.id, caseId: hiddenCase.id });
    await expect(sendAppealByEmail(users.officer, approved.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(emailSendPlan(users.officer, approved.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(received).toHaveLength(0);
  });
});
