// Fresh records for the policy matrix (tests/action-matrix.test.ts), written straight to the
// database as the owner: each call of an action gets its own record at its current version, in the
// state the action needs, so an allowed call can be shown to succeed and one role's success never
// spoils the next role's call. Every helper returns the ids (and versions) the inputs need.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  appealCases,
  appealRecipients,
  appeals,
  campaignGoals,
  campaignMembers,
  campaigns,
  caseAssignments,
  cases,
  contactEmails,
  contactListMembers,
  contactLists,
  contacts,
  eventParticipants,
  eventPartners,
  events,
  eventTasks,
  incomingAppeals,
  invitations,
  letterSignatories,
  letters,
  organizations,
  securitySettings,
  twoFactorRecoveryCodes,
  userTwoFactor,
  users,
} from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret, newTotpSecret, totpCode } from "@/lib/auth/totp";
import type { Fixtures } from "../action-registry";
import { createTestUser, type TestUser } from "../helpers";

const KNOWN_PASSWORD = "the matrix's known password";
let knownHash: Promise<string> | undefined;

/** Today as YYYY-MM-DD: a dispatch or a reply may not be dated in the future, nor before the appeal was sent. */
export const today = () => new Date().toISOString().slice(0, 10);

const tag = () => randomUUID().slice(0, 8);
type Versioned = { id: string; version: number };

/** Next year, so that an event is upcoming; `past` puts it last year (it has begun: no-shows, held). */
function when(past = false) {
  const year = new Date().getUTCFullYear() + (past ? -1 : 1);
  return { startsAt: new Date(`${year}-06-24T10:30:00Z`), endsAt: new Date(`${year}-06-24T12:00:00Z`) };
}

/** A fresh record as the fixture it stands for, with its version: `{ [key]: id, version }`. */
export async function record(key: keyof Fixtures, made: Versioned | Promise<Versioned>): Promise<Partial<Fixtures>> {
  const { id, version } = await made;
  return { [key]: id, version };
}

export const make = {
  user: (role: Role, overrides: Partial<typeof users.$inferInsert> = {}): Promise<TestUser> => createTestUser(role, overrides),

  async campaign(values: Partial<typeof campaigns.$inferInsert> = {}): Promise<Versioned> {
    const [row] = await db
      .insert(campaigns)
      .values({ name: `Matrix campaign ${tag()}`, status: "active", searchText: "matrix campaign", ...values })
      .returning({ id: campaigns.id, version: campaigns.version });
    return row;
  },

  async goal(campaignId: string): Promise<Versioned> {
    const [row] = await db.insert(campaignGoals).values({ campaignId, metric: "signatures", label: "Matrix goal", target: 20 }).returning({ id: campaignGoals.id, version: campaignGoals.version });
    return row;
  },

  /** A campaign with `userId` on its team. */
  async campaignMember(userId: string): Promise<{ campaignId: string }> {
    const campaign = await make.campaign();
    await db.insert(campaignMembers).values({ campaignId: campaign.id, userId });
    return { campaignId: campaign.id };
  },

  async contact(values: Partial<typeof contacts.$inferInsert> & { email?: string } = {}): Promise<Versioned> {
    const { email, ...rest } = values;
    // Not "Matrix contact": the look-ups search for the shared contact of that name.
    const fullName = rest.fullName ?? `Fresh person ${tag()}`;
    const [row] = await db
      .insert(contacts)
      .values({ fullName, searchText: fullName.toLowerCase(), ...rest })
      .returning({ id: contacts.id, version: contacts.version });
    if (email) await db.insert(contactEmails).values({ contactId: row.id, email, isPrimary: true });
    return row;
  },

  /** A member of the European Parliament, who may be asked to sign a letter. */
  mep: () => make.contact({ kind: "person", parliamentaryBody: "european_parliament", country: "DE", politicalGroup: "EPP" }),

  async organization(): Promise<Versioned> {
    const name = `Matrix organization ${tag()}`;
    const [row] = await db.insert(organizations).values({ name, kind: "ngo", searchText: name.toLowerCase() }).returning({ id: organizations.id, version: organizations.version });
    return row;
  },

  async list(memberIds: string[] = []): Promise<Versioned> {
    const name = `Matrix list ${tag()}`;
    const [row] = await db.insert(contactLists).values({ name, searchText: name.toLowerCase() }).returning({ id: contactLists.id, version: contactLists.version });
    if (memberIds.length) await db.insert(contactListMembers).values(memberIds.map((contactId) => ({ listId: row.id, contactId })));
    return row;
  },

  async case(values: Partial<typeof cases.$inferInsert> = {}): Promise<Versioned> {
    const [row] = await db
      .insert(cases)
      .values({ primaryName: `Matrix case ${tag()}`, searchText: "matrix case", ...values })
      .returning({ id: cases.id, version: cases.version });
    return row;
  },

  /** A restricted case with `userId` assigned to it. */
  async assignment(userId: string): Promise<{ caseId: string }> {
    const theCase = await make.case({ restricted: true });
    await db.insert(caseAssignments).values({ caseId: theCase.id, userId });
    return { caseId: theCase.id };
  },

  async incoming(values: Partial<typeof incomingAppeals.$inferInsert> = {}): Promise<Versioned> {
    const [row] = await db
      .insert(incomingAppeals)
      // Received long ago: they sort after the appeals other test files list page by page.
      .values({ senderName: "Matrix sender", receivedOn: "2001-01-05", channel: "email", originalText: "Matrix appeal text", ...values })
      .returning({ id: incomingAppeals.id, version: incomingAppeals.version });
    return row;
  },

  async letter(values: Partial<typeof letters.$inferInsert> = {}): Promise<Versioned> {
    const [row] = await db
      .insert(letters)
      .values({ kind: "joint_letter", title: `Matrix letter ${tag()}`, parliamentaryBody: "european_parliament", ...values })
      .returning({ id: letters.id, version: letters.version });
    return row;
  },

  /** A letter with one MEP in its pool, not yet asked. */
  async signatory(): Promise<{ letterId: string; signatoryId: string; version: number }> {
    const letter = await make.letter();
    const mep = await make.mep();
    const [row] = await db
      .insert(letterSignatories)
      .values({ letterId: letter.id, contactId: mep.id })
      .returning({ id: letterSignatories.id, version: letterSignatories.version });
    return { letterId: letter.id, signatoryId: row.id, version: row.version };
  },

  /**
   * An appeal in `status` with one recipient (a contact with an e-mail address) and one case; the
   * dates of an appeal that went further than a draft are set as its workflow would have.
   */
  async appeal(status: (typeof appeals.$inferInsert)["status"] = "draft"): Promise<Versioned & { recipientId: string; contactId: string; caseId: string }> {
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    const dated = status === "draft" ? {} : { submittedAt: daysAgo(3) };
    const approved = ["approved", "sent", "response_received", "closed"].includes(status!) ? { approvedAt: daysAgo(2) } : {};
    const sent = ["sent", "response_received", "closed"].includes(status!) ? { sentAt: daysAgo(1) } : {};
    const [row] = await db
      .insert(appeals)
      .values({ type: "urgent_appeal", title: `Matrix appeal ${tag()}`, subject: "About {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe are concerned.", status, ...dated, ...approved, ...sent })
      .returning({ id: appeals.id, version: appeals.version });
    const theCase = await make.case();
    await db.insert(appealCases).values({ appealId: row.id, caseId: theCase.id });
    const contact = await make.contact({ email: `matrix-${tag()}@example.org`, salutation: "Dear Minister" });
    const [recipient] = await db
      .insert(appealRecipients)
      .values({ appealId: row.id, contactId: contact.id, name: "Matrix Recipient", email: `matrix-recipient-${tag()}@example.org`, salutation: "Dear Minister" })
      .returning({ id: appealRecipients.id });
    return { ...row, recipientId: recipient.id, contactId: contact.id, caseId: theCase.id };
  },

  /** A planned side-event next year (`past`: last year, held). */
  async event(values: Partial<typeof events.$inferInsert> & { past?: boolean } = {}): Promise<Versioned> {
    const { past, ...rest } = values;
    const [row] = await db
      .insert(events)
      .values({
        kind: "side_event", forum: "pace_session", title: `Matrix side-event ${tag()}`, status: past ? "held" : "planned", timeZone: "Europe/Paris",
        ...when(past), searchText: "matrix side event", ...rest,
      })
      .returning({ id: events.id, version: events.version });
    return row;
  },

  async participant(role: (typeof eventParticipants.$inferInsert)["role"]): Promise<{ eventId: string; contactId: string }> {
    const event = await make.event();
    const contact = await make.contact();
    await db.insert(eventParticipants).values({ eventId: event.id, contactId: contact.id, role });
    return { eventId: event.id, contactId: contact.id };
  },

  async partner(): Promise<{ eventId: string; organizationId: string }> {
    const event = await make.event();
    const organization = await make.organization();
    await db.insert(eventPartners).values({ eventId: event.id, organizationId: organization.id });
    return { eventId: event.id, organizationId: organization.id };
  },

  async task(values: Partial<typeof eventTasks.$inferInsert> = {}): Promise<Versioned & { eventId: string }> {
    const event = await make.event();
    const [row] = await db
      .insert(eventTasks)
      .values({ eventId: event.id, title: "Matrix task", ...values })
      .returning({ id: eventTasks.id, version: eventTasks.version });
    return { ...row, eventId: event.id };
  },

  /** An event (planned next year unless `past`) with one guest who has an e-mail address. */
  async invitation(values: Partial<typeof invitations.$inferInsert> & { past?: boolean } = {}): Promise<Versioned & { eventId: string; contactId: string }> {
    const { past, ...rest } = values;
    const event = await make.event({ past });
    const contact = await make.contact({ email: `matrix-guest-${tag()}@example.org`, salutation: "Dear Ms Guest" });
    const [row] = await db
      .insert(invitations)
      .values({ eventId: event.id, contactId: contact.id, ...rest })
      .returning({ id: invitations.id, version: invitations.version });
    return { ...row, eventId: event.id, contactId: contact.id };
  },

  /** Sets the password of `userId` to a known one and returns it. */
  async password(userId: string): Promise<string> {
    knownHash ??= hashPassword(KNOWN_PASSWORD);
    await db.update(users).set({ passwordHash: await knownHash }).where(eq(users.id, userId));
    return KNOWN_PASSWORD;
  },

  /** The current version of the security settings (0: never saved, the defaults apply). */
  async securitySettingsVersion(): Promise<number> {
    const [row] = await db.select({ version: securitySettings.version }).from(securitySettings).where(eq(securitySettings.id, 1));
    return row?.version ?? 0;
  },

  /**
   * Gives `userId` an authenticator (`confirmed`: enrolled; otherwise scanned but not confirmed)
   * with no code used yet, and returns its current code. Replaces whatever the user had.
   */
  async authenticator(userId: string, confirmed: boolean): Promise<string> {
    const secret = newTotpSecret();
    await db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
    await db.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    await db.insert(userTwoFactor).values({ userId, secretEncrypted: encryptSecret(secret), confirmedAt: confirmed ? new Date() : null });
    return totpCode(secret);
  },
};
