import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, securitySettings, userTwoFactor } from "@/db/schema";
import { ForbiddenError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { createSession, resolveSession, resolveSessionState } from "./sessions";
import { currentStep, decryptSecret, totpCode } from "./totp";
import {
  confirmEnrolment,
  disableOwnTwoFactor,
  getSecuritySettings,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startEnrolment,
  twoFactorStatus,
  updateSecuritySettings,
  verifySecondFactor,
} from "./two-factor";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await db.select({ action: auditEntries.action }).from(auditEntries).where(eq(auditEntries.entityId, userId));
  return rows.map((r) => r.action);
}

/** A user of the role with a confirmed authenticator; returns its secret and recovery codes. */
async function enrolled(role: TestUser["role"]) {
  const user = await createTestUser(role);
  const sid = await createSession(user.id, "vitest");
  const { secret } = await startEnrolment(user);
  const step = currentStep();
  const recoveryCodes = await confirmEnrolment(user, sid, totpCode(secret, step));
  return { user, secret, recoveryCodes, step };
}

describe("enrolment", () => {
  it("a manager without a second factor must enrol before the session counts; the secret is stored encrypted", async () => {
    const manager = await createTestUser("manager");
    const sid = await createSession(manager.id, "vitest");
    expect((await resolveSessionState(sid))?.needs).toBe("enrol");
    expect(await resolveSession(sid)).toBeNull();

    const first = await startEnrolment(manager);
    const again = await startEnrolment(manager);
    expect(again.secret).toBe(first.secret); // reloading the page keeps what the phone scanned
    expect(first.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(first.uri).toContain("otpauth://totp/");
    const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, manager.id));
    expect(row.secretEncrypted).not.toContain(first.secret);
    expect(decryptSecret(row.secretEncrypted)).toBe(first.secret);

    const wrong = await rejection(confirmEnrolment(manager, sid, "000000"));
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(await resolveSession(sid)).toBeNull();

    const codes = await confirmEnrolment(manager, sid, totpCode(first.secret));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await resolveSession(sid)).toMatchObject({ id: manager.id });
    expect(await auditActions(manager.id)).toContain("two_factor_enrol");
    expect((await twoFactorStatus(manager)).recoveryCodesLeft).toBe(10);
    await expect(startEnrolment(manager)).rejects.toBeInstanceOf(ValidationError);
  });

  it("a viewer's password sign-in is complete; a voluntary enrolment keeps that session signed in", async () => {
    const viewer = await createTestUser("viewer");
    const sid = await createSession(viewer.id, "vitest");
    expect((await resolveSessionState(sid))?.needs).toBeNull();
    const { secret } = await startEnrolment(viewer);
    await confirmEnrolment(viewer, sid, totpCode(secret));
    expect(await resolveSession(sid)).not.toBeNull();
    // Their next sign-in asks for a code.
    const next = await createSession(viewer.id, "vitest");
    expect((await resolveSessionState(next))?.needs).toBe("verify");
  });
});

describe("the code step", () => {
  it("accepts a current code once: the same code is refused as a replay", async () => {
    const { user, secret, step } = await enrolled("admin");
    const sid = await createSession(user.id, "vitest");
    expect((await resolveSessionState(sid))?.needs).toBe("verify");
    expect(await resolveSession(sid)).toBeNull();

    // The enrolment code's step is spent already.
    const replay = await rejection(verifySecondFactor(user, sid, totpCode(secret, step)));
    expect(replay).toBeInstanceOf(ValidationError);
    expect((replay as Error).message).toContain("already used");

    await verifySecondFactor(user, sid, totpCode(secret, step + 1));
    expect(await resolveSession(sid)).toMatchObject({ id: user.id, role: "admin" });
    const other = await createSession(user.id, "vitest");
    await expect(verifySecondFactor(user, other, totpCode(secret, step + 1))).rejects.toThrow(/already used/);
    expect(await auditActions(user.id)).toContain("sign_in_second_factor");
  });

  it("locks the code step after five wrong codes in the window, refusing even a right one, and audits it", async () => {
    const { user, secret, step } = await enrolled("manager");
    const sid = await createSession(user.id, "vitest");
    for (let i = 1; i <= 4; i++) {
      // Never one of the codes the server would accept right now.
      const wrong = [totpCode(secret, step), totpCode(secret, step + 1), totpCode(secret, step + 2)].includes("123456") ? "654321" : "123456";
      await expect(verifySecondFactor(user, sid, wrong)).rejects.toThrow(/not right/);
    }
    await expect(verifySecondFactor(user, sid, "wrong-code")).rejects.toThrow(/Too many wrong codes/);
    await expect(verifySecondFactor(user, sid, totpCode(secret, step + 1))).rejects.toThrow(/Too many wrong codes/);
    expect(await resolveSession(sid)).toBeNull();
    const actions = await auditActions(user.id);
    expect(actions.filter((a) => a === "two_factor_failed")).toHaveLength(5);
    expect(actions).toContain("two_factor_locked");
  });

  it("a recovery code works once, in any case and with or without its dash", async () => {
    const { user, recoveryCodes } = await enrolled("manager");
    const first = await createSession(user.id, "vitest");
    await verifySecondFactor(user, first, recoveryCodes[0].toUpperCase().replace("-", " "));
    expect(await resolveSession(first)).not.toBeNull();
    const second = await createSession(user.id, "vitest");
    await expect(verifySecondFactor(user, second, recoveryCodes[0])).rejects.toThrow(/not right/);
    await verifySecondFactor(user, second, recoveryCodes[1]);
    expect((await twoFactorStatus(user)).recoveryCodesLeft).toBe(8);
  });

  it("new recovery codes replace the old ones and need a current code", async () => {
    const { user, secret, step, recoveryCodes } = await enrolled("officer");
    await expect(regenerateRecoveryCodes(user, recoveryCodes[0])).rejects.toThrow(/not right/);
    const fresh = await regenerateRecoveryCodes(user, totpCode(secret, step + 1));
    expect(fresh).toHaveLength(10);
    const sid = await createSession(user.id, "vitest");
    await expect(verifySecondFactor(user, sid, recoveryCodes[2])).rejects.toThrow(/not right/);
    await verifySecondFactor(user, sid, fresh[0]);
  });

  it("a single sign-on session relies on the identity provider's second factor", async () => {
    const { user } = await enrolled("admin");
    const sid = await createSession(user.id, "vitest", { secondFactor: "sso" });
    expect(await resolveSession(sid)).toMatchObject({ id: user.id });
  });
});

describe("turning it off and resetting it", () => {
  it("a user may turn it off only when the role does not require it", async () => {
    const manager = await enrolled("manager");
    await expect(disableOwnTwoFactor(manager.user, totpCode(manager.secret, manager.step + 1))).rejects.toThrow(/requires/);
    const viewer = await enrolled("viewer");
    await disableOwnTwoFactor(viewer.user, totpCode(viewer.secret, viewer.step + 1));
    expect((await twoFactorStatus(viewer.user)).enrolledAt).toBeNull();
    const sid = await createSession(viewer.user.id, "vitest");
    expect(await resolveSession(sid)).not.toBeNull();
    expect(await auditActions(viewer.user.id)).toContain("two_factor_disable");
  });

  it("an admin resets a user's second factor: signed out everywhere, enrols again at next sign-in; audited", async () => {
    const admin = await createTestUser("admin");
    const { user, secret, step } = await enrolled("manager");
    const sid = await createSession(user.id, "vitest");
    await verifySecondFactor(user, sid, totpCode(secret, step + 1));
    expect(await resolveSession(sid)).not.toBeNull();

    await resetTwoFactor(admin, { id: user.id });
    expect(await resolveSession(sid)).toBeNull();
    expect((await twoFactorStatus(user)).enrolledAt).toBeNull();
    const next = await createSession(user.id, "vitest");
    expect((await resolveSessionState(next))?.needs).toBe("enrol");
    const [entry] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, "two_factor_reset"), eq(auditEntries.entityId, user.id)));
    expect(entry).toMatchObject({ actorId: admin.id });
  });

  it("a manager and an anonymous caller may not reset anyone's second factor", async () => {
    const manager = await createTestUser("manager");
    const { user } = await enrolled("officer");
    await expect(resetTwoFactor(manager, { id: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetTwoFactor(null as never, { id: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await twoFactorStatus(user)).enrolledAt).not.toBeNull();
  });
});

describe("which roles require a second factor", () => {
  afterAll(async () => {
    // The test database is shared by every file: leave the defaults behind.
    await db.delete(securitySettings);
  });

  it("only an admin changes it; it is audited, versioned, and applies to the next sign-in", async () => {
    const admin = await createTestUser("admin");
    const manager = await createTestUser("manager");
    const officer = await createTestUser("officer");
    await expect(getSecuritySettings(manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSecuritySettings(manager, { version: 0, values: { twoFactorRoles: [] } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSecuritySettings(null as never, { version: 0, values: { twoFactorRoles: [] } })).rejects.toBeInstanceOf(ForbiddenError);

    const before = await getSecuritySettings(admin);
    expect(before).toMatchObject({ twoFactorRoles: ["manager", "admin"], version: 0 });
    const { version } = await updateSecuritySettings(admin, { version: before.version, values: { twoFactorRoles: ["officer", "admin", "manager"] } });
    expect((await getSecuritySettings(admin)).twoFactorRoles).toEqual(["officer", "manager", "admin"]);
    await expect(updateSecuritySettings(admin, { version: before.version, values: { twoFactorRoles: ["admin"] } })).rejects.toBeInstanceOf(StaleError);

    const sid = await createSession(officer.id, "vitest");
    expect((await resolveSessionState(sid))?.needs).toBe("enrol");
    const [entry] = await db.select().from(auditEntries).where(and(eq(auditEntries.action, "update_security_settings"), eq(auditEntries.actorId, admin.id)));
    expect(entry.changes).toMatchObject({ twoFactorRoles: { before: "manager, admin", after: "officer, manager, admin" } });

    await updateSecuritySettings(admin, { version, values: { twoFactorRoles: ["admin"] } });
    const managerSid = await createSession(manager.id, "vitest");
    expect((await resolveSessionState(managerSid))?.needs).toBeNull();
  });
});
