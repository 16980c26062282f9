// The policy matrix: every exported server action × (anonymous and every role). The expected
// outcome comes from the role table in lib/auth/policy.ts, never from this file.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { appealCases, appealRecipients, appeals, cases, contacts, events, incomingAppeals, invitations, letters } from "@/db/schema";
import { can, roles, type Role } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/sessions";
import { AuthError, ForbiddenError, PasswordChangeRequired } from "@/lib/errors";
import { createTestUser, type TestUser } from "./helpers";
import { actionRegistry, type Fixtures } from "./action-registry";
import { actionVariants } from "./registry/variants";

// The session is the one thing replaced: who is calling. The database and policy are real.
let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => caller,
  requirePageUser: async () => caller,
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const appDir = path.resolve(__dirname, "../app");

function actionFiles(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

type Action = (input: unknown) => Promise<{ ok: boolean; formError?: string }>;
const discovered: Array<{ key: string; action: Action }> = [];
const users = {} as Record<Role, TestUser>;
let fixtures: Fixtures;

beforeAll(async () => {
  for (const file of actionFiles()) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") discovered.push({ key: `${path.relative(appDir, file)}#${name}`, action: value as Action });
    }
  }
  for (const role of roles) users[role] = await createTestUser(role);
  const { createCampaign } = await import("@/lib/campaigns/mutations");
  const campaign = await createCampaign(users.manager, { name: "Matrix target", summary: "", description: "", status: "active", startsOn: null, endsOn: null });
  const target = await createTestUser("viewer");
  const { createList } = await import("@/lib/lists/mutations");
  const list = await createList(users.manager, { name: "Matrix list", description: "" });
  const [contact] = await db.insert(contacts).values({ fullName: "Matrix contact", searchText: "matrix contact" }).returning({ id: contacts.id });
  const [open, restricted] = await db
    .insert(cases)
    .values([
      { primaryName: "Matrix case", searchText: "matrix case" },
      { primaryName: "Matrix restricted case", restricted: true, searchText: "matrix restricted case" },
    ])
    .returning({ id: cases.id });
  const [incoming] = await db
    .insert(incomingAppeals)
    .values({ senderName: "Matrix sender", receivedOn: "2026-01-05", channel: "email", originalText: "Matrix appeal text" })
    .returning({ id: incomingAppeals.id });
  const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: "Matrix letter" }).returning({ id: letters.id });
  const [draft, approved] = await db
    .insert(appeals)
    .values([
      { type: "urgent_appeal", title: "Matrix appeal", bodyMarkdown: "{{salutation}}," },
      { type: "letter_of_concern", title: "Matrix approved appeal", bodyMarkdown: "{{salutation}},", status: "approved" },
    ])
    .returning({ id: appeals.id });
  await db.insert(appealCases).values({ appealId: draft.id, caseId: open.id });
  const [, approvedRecipient] = await db
    .insert(appealRecipients)
    .values([
      { appealId: draft.id, contactId: contact.id, name: "Matrix contact" },
      { appealId: approved.id, contactId: contact.id, name: "Matrix contact", email: "matrix-recipient@example.org", salutation: "Dear Minister" },
    ])
    .returning({ id: appealRecipients.id });
  const nextYear = new Date().getUTCFullYear() + 1;
  const [event] = await db
    .insert(events)
    .values({
      kind: "side_event", forum: "pace_session", title: "Matrix side-event", status: "planned", timeZone: "Europe/Paris",
      startsAt: new Date(`${nextYear}-06-24T10:30:00Z`), endsAt: new Date(`${nextYear}-06-24T12:00:00Z`), searchText: "matrix side event",
    })
    .returning({ id: events.id });
  const [invitation] = await db.insert(invitations).values({ eventId: event.id, contactId: contact.id }).returning({ id: invitations.id });
  fixtures = {
    campaignId: campaign.id,
    targetUserId: target.id,
    listId: list.id,
    contactId: contact.id,
    caseId: open.id,
    restrictedCaseId: restricted.id,
    incomingId: incoming.id,
    letterId: letter.id,
    appealId: draft.id,
    approvedAppealId: approved.id,
    approvedRecipientId: approvedRecipient.id,
    eventId: event.id,
    invitationId: invitation.id,
  };
});

describe("policy matrix", () => {
  it("every exported server action is in the registry", () => {
    expect(discovered.length).toBeGreaterThan(0);
    const missing = discovered.map((d) => d.key).filter((key) => !(key in actionRegistry));
    expect(missing, "add these actions to tests/action-registry.ts").toEqual([]);
  });

  it("the registry lists no action that no longer exists", () => {
    const existing = new Set(discovered.map((d) => d.key));
    expect(Object.keys(actionRegistry).filter((key) => !existing.has(key))).toEqual([]);
  });

  it("anonymous callers are refused by every action that needs a session", async () => {
    caller = null;
    for (const { key, action } of discovered) {
      const entry = actionRegistry[key];
      if (!entry || !("input" in entry)) continue;
      const result = await action(entry.input(fixtures));
      expect(result, key).toMatchObject({ ok: false, formError: new AuthError().message });
    }
  });

  it("a user holding a temporary password may only change it: every other action is refused", async () => {
    caller = { ...users.admin, mustChangePassword: true };
    const passwordChange = "(app)/account/password/actions.ts#changeOwnPasswordAction";
    expect(discovered.map((d) => d.key)).toContain(passwordChange);
    for (const { key, action } of discovered) {
      const entry = actionRegistry[key];
      if (!entry || !("input" in entry) || key === passwordChange) continue;
      const result = await action(entry.input(fixtures));
      expect(result, key).toMatchObject({ ok: false, formError: new PasswordChangeRequired().message });
    }
    const allowed = await discovered.find((d) => d.key === passwordChange)!.action({ currentPassword: "not it", newPassword: "a long new password", confirmPassword: "a long new password" });
    expect(allowed.formError).not.toBe(new PasswordChangeRequired().message);
  });

  it("every input variant calls an action of the registry", () => {
    const missing = Object.values(actionVariants).filter((v) => !(v.action in actionRegistry) || !discovered.some((d) => d.key === v.action));
    expect(missing.map((v) => v.action)).toEqual([]);
  });

  for (const role of roles) {
    it(`${role}: allowed exactly where the role table says`, async () => {
      const user = users[role];
      caller = { ...user, mustChangePassword: false };
      for (const { key, action } of discovered) {
        const entry = actionRegistry[key];
        if (!entry || !("input" in entry)) continue;
        const result = await action(entry.input(fixtures));
        if (can(role, entry.capability)) {
          // Allowed: it may still fail for a business reason (a stale version, a wrong password),
          // but never for authorization.
          expect(result.formError ?? "", `${key} as ${role}`).not.toBe(new ForbiddenError().message);
          expect(result.formError ?? "", `${key} as ${role}`).not.toBe(new AuthError().message);
        } else {
          expect(result, `${key} as ${role}`).toMatchObject({ ok: false, formError: new ForbiddenError().message });
        }
      }
    });
  }
});

describe("policy matrix: inputs that need more than their action's capability (tests/registry/variants.ts)", () => {
  const actionOf = (key: string) => discovered.find((d) => d.key === key)!.action;
  // The capability the action itself needs; without it the variant is refused as the action is.
  const baseCapability = (key: string) => {
    const entry = actionRegistry[key];
    return "input" in entry ? entry.capability : null;
  };

  it("anonymous callers are refused", async () => {
    caller = null;
    for (const [key, variant] of Object.entries(actionVariants)) {
      const result = await actionOf(variant.action)(await variant.input(fixtures));
      expect(result, key).toMatchObject({ ok: false, formError: new AuthError().message });
    }
  });

  for (const role of roles) {
    it(`${role}: succeeds where the role table says, refused with the variant's message or Forbidden elsewhere`, async () => {
      caller = { ...users[role], mustChangePassword: false };
      for (const [key, variant] of Object.entries(actionVariants)) {
        const result = await actionOf(variant.action)(await variant.input(fixtures));
        const base = baseCapability(variant.action);
        if (can(role, variant.capability)) expect(result, `${key} as ${role}`).toMatchObject({ ok: true });
        else if (base && can(role, base)) expect(result, `${key} as ${role}`).toEqual({ ok: false, ...variant.refusal });
        else expect(result, `${key} as ${role}`).toMatchObject({ ok: false, formError: new ForbiddenError().message });
      }
    });
  }
});
