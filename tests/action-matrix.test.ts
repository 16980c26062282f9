// The policy matrix: every exported server action × (anonymous and every role). The expected
// outcome comes from the role table in lib/auth/policy.ts, never from this file: every role the
// table allows is shown to succeed ({ ok: true }) with a fresh, valid input made for its call
// (tests/registry/make.ts), every other role is refused with Forbidden for the same kind of input,
// and anonymous callers with AuthError. The few actions that cannot succeed for an allowed role are
// listed in the registry as business refusals, each with its reason and exact message.
import { readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { securitySettings } from "@/db/schema";
import { can, roles, type Capability, type Role } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/sessions";
import { AuthError, ForbiddenError, PasswordChangeRequired } from "@/lib/errors";
import { createTestUser, type TestUser } from "./helpers";
import { actionRegistry, type Entry, type Fixtures } from "./action-registry";
import { make } from "./registry/make";
import { actionVariants } from "./registry/variants";

// The session is the one thing replaced: who is calling. The database and policy are real.
let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => caller,
  requirePageUser: async () => caller,
  // The session behind the caller: none here (the actions that name it keep other sessions open).
  getSessionState: async () => null,
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

type Action = (input: unknown) => Promise<{ ok: boolean; formError?: string; data?: unknown }>;
const discovered: Array<{ key: string; action: Action }> = [];
const users = {} as Record<Role, TestUser>;
let fixtures: Fixtures;

type Callable = Extract<Entry, { input: unknown }>;
const callable = (entry: Entry | undefined): entry is Callable => !!entry && "input" in entry;
/** The entry's input for one call: the shared fixtures, with the fresh records of its setup in place. */
const inputFor = async (entry: Callable, who: TestUser | null) => entry.input({ ...fixtures, ...(await entry.setup?.(who)) });
/** The business refusal the registry lists for this allowed role, if any. */
const listedRefusal = (entry: Callable, role: Role) =>
  "expect" in entry && (!entry.roles || entry.roles.includes(role)) ? entry : null;

// A real SMTP server on a free local port, so that sending appeals and invitations by e-mail can succeed.
const mail = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => undefined);
    stream.on("end", () => {
      messages++;
      callback();
    });
  },
});
let messages = 0;
// The security settings another test file may have left, restored afterwards: the matrix runs on
// the defaults (a second factor required for admin and manager) and saves them again.
let savedSettings: Array<typeof securitySettings.$inferSelect> = [];

beforeAll(async () => {
  for (const file of actionFiles()) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") discovered.push({ key: `${path.relative(appDir, file)}#${name}`, action: value as Action });
    }
  }
  for (const role of roles) users[role] = await createTestUser(role);
  savedSettings = await db.select().from(securitySettings);
  await db.delete(securitySettings);
  await new Promise<void>((resolve) => mail.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(mail.server.address() as AddressInfo).port}`;
  // Shared records no action changes (an entry's setup replaces those its action would change).
  const campaign = await make.campaign();
  const contact = await make.contact({ fullName: "Matrix contact" });
  const draft = await make.appeal("draft");
  const approved = await make.appeal("approved");
  const signatory = await make.signatory();
  const invitation = await make.invitation();
  fixtures = {
    campaignId: campaign.id,
    goalId: (await make.goal(campaign.id)).id,
    targetUserId: (await make.user("viewer")).id,
    listId: (await make.list([contact.id])).id,
    contactId: contact.id,
    otherContactId: (await make.contact()).id,
    organizationId: (await make.organization()).id,
    caseId: draft.caseId,
    restrictedCaseId: (await make.case({ restricted: true })).id,
    incomingId: (await make.incoming()).id,
    letterId: signatory.letterId,
    signatoryId: signatory.signatoryId,
    appealId: draft.id,
    recipientId: draft.recipientId,
    approvedAppealId: approved.id,
    approvedRecipientId: approved.recipientId,
    eventId: invitation.eventId,
    invitationId: invitation.id,
    taskId: (await make.task({ eventId: invitation.eventId })).id,
    // Stale, as in the browser sweeps: an entry that acts on a versioned record gets the current version from its setup.
    version: 999,
    code: "000000",
    password: "not the password",
  };
});

afterAll(async () => {
  await db.delete(securitySettings);
  if (savedSettings.length) await db.insert(securitySettings).values(savedSettings);
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => mail.close(() => resolve()));
});

/** key → the allowed roles whose call succeeded; filled by the role tests, checked after them. */
const proven = new Map<string, Set<Role>>();

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
      if (!callable(entry)) continue;
      const result = await action(await inputFor(entry, null));
      expect(result, key).toMatchObject({ ok: false, formError: new AuthError().message });
    }
  });

  it("a user holding a temporary password may only change it: every other action is refused", async () => {
    caller = { ...users.admin, mustChangePassword: true };
    const passwordChange = "(app)/account/password/actions.ts#changeOwnPasswordAction";
    expect(discovered.map((d) => d.key)).toContain(passwordChange);
    for (const { key, action } of discovered) {
      const entry = actionRegistry[key];
      if (!callable(entry) || key === passwordChange) continue;
      const result = await action(await inputFor(entry, users.admin));
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
    it(`${role}: succeeds exactly where the role table says, Forbidden elsewhere`, async () => {
      const user = users[role];
      caller = { ...user, mustChangePassword: false };
      for (const { key, action } of discovered) {
        const entry = actionRegistry[key];
        if (!callable(entry)) continue;
        const result = await action(await inputFor(entry, user));
        // Soft: one run reports every action at fault, not the first one only.
        if (!can(role, entry.capability)) {
          expect.soft(result, `${key} as ${role}`).toMatchObject({ ok: false, formError: new ForbiddenError().message });
          continue;
        }
        const listed = listedRefusal(entry, role);
        if (listed) {
          // The listed business rule, with its own message: never Forbidden, AuthError or an internal error.
          expect.soft(result, `${key} as ${role} (listed: ${listed.reason})`).toMatchObject({ ok: false, formError: listed.formError });
          continue;
        }
        const expected = { ok: true, ...("data" in entry && entry.data ? { data: entry.data } : {}) };
        expect.soft(result, `${key} as ${role}: ${result.formError ?? ""}`).toMatchObject(expected);
        if (!result.ok) continue;
        if (!proven.has(key)) proven.set(key, new Set());
        proven.get(key)!.add(role);
      }
    });
  }

  it("every action a session reaches was shown to succeed for each role allowed, unless listed as a business refusal", () => {
    const unproven: string[] = [];
    for (const [key, entry] of Object.entries(actionRegistry)) {
      if (!callable(entry)) continue;
      const allowed = roles.filter((role) => can(role, entry.capability as Capability));
      expect(allowed.length, `${key}: no role may call it`).toBeGreaterThan(0);
      for (const role of allowed) if (!proven.get(key)?.has(role) && !listedRefusal(entry, role)) unproven.push(`${key} as ${role}`);
    }
    expect(unproven).toEqual([]);
    // The two e-mail sends really reached the mail server.
    expect(messages).toBeGreaterThan(0);
  });
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
