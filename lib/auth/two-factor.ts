import "server-only";
// Second factor (TOTP and recovery codes): enrolment, the code step of sign-in, the admin's
// reset and the setting of which roles must use it.
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import QRCode from "qrcode";
import { db } from "@/db/client";
import { securitySettings, twoFactorRecoveryCodes, userTwoFactor, users } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { authorize, type Acting } from "./authorize";
import { roles, type Role } from "./policy";
import { markSecondFactor, revokeUserSessions } from "./sessions";
import { attemptSecret, clearFailures, type Attempt } from "./throttle";
import { decryptSecret, encryptSecret, hashRecoveryCode, matchingStep, newRecoveryCode, newTotpSecret, otpauthUri } from "./totp";
import { defaultTwoFactorRoles, roleRequiresSecondFactor } from "./two-factor-roles";

type Person = { id: string; email: string };
type PersonWithRole = Person & { role: Role };

const RECOVERY_CODES = 10;
// Wrong codes share login_throttle with passwords, under their own key: 5 failures in 15 minutes
// lock the code step (not the password step) for 15 minutes.
const throttleKey = (userId: string) => `totp:${userId}`;
const lockedMessage = "Too many wrong codes. The code step is paused for 15 minutes; try again later or ask an admin.";
const wrongMessage = "That code is not right. Check the time on your phone and enter the current code, or a recovery code.";

// ——— settings ———

export async function getTwoFactorRoles(): Promise<Role[]> {
  const [row] = await db.select({ roles: securitySettings.twoFactorRoles }).from(securitySettings).where(eq(securitySettings.id, 1));
  return row ? row.roles : [...defaultTwoFactorRoles];
}

/** Version 0 stands for "never saved": the defaults apply. */
export const getSecuritySettings = dataAccess(async function getSecuritySettings(actor: Acting) {
  authorize(actor, "user.manage");
  const [row] = await db.select().from(securitySettings).where(eq(securitySettings.id, 1));
  return { twoFactorRoles: row ? row.twoFactorRoles : [...defaultTwoFactorRoles], version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null };
});

export const updateSecuritySettings = dataAccess(async function updateSecuritySettings(actor: Acting, input: { version: number; values: { twoFactorRoles: Role[] } }) {
  authorize(actor, "user.manage");
  const next = roles.filter((r) => input.values.twoFactorRoles.includes(r)); // role order, no duplicates
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(securitySettings).where(eq(securitySettings.id, 1)).for("update");
    if ((before?.version ?? 0) !== input.version) throw new StaleError();
    const previous = before ? before.twoFactorRoles : [...defaultTwoFactorRoles];
    const [saved] = before
      ? await tx
          .update(securitySettings)
          .set({ twoFactorRoles: next, updatedBy: actor.id, ...bump(securitySettings) })
          .where(eq(securitySettings.id, 1))
          .returning()
      : await tx.insert(securitySettings).values({ id: 1, twoFactorRoles: next, updatedBy: actor.id, version: 1 }).onConflictDoNothing().returning();
    if (!saved) throw new StaleError();
    await writeAudit(tx, actor, {
      action: "update_security_settings",
      entity: "security_settings",
      entityId: "1",
      summary: `Second factor required for: ${next.join(", ") || "no role"}`,
      before: { twoFactorRoles: previous.join(", ") },
      after: { twoFactorRoles: next.join(", ") },
    });
    return { version: saved.version };
  });
});

// ——— status and enrolment ———

export async function twoFactorStatus(user: PersonWithRole) {
  const [row] = await db.select({ confirmedAt: userTwoFactor.confirmedAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
  const [{ left }] = await db
    .select({ left: sql<number>`count(*)::int` })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, user.id), isNull(twoFactorRecoveryCodes.usedAt)));
  return {
    enrolledAt: row?.confirmedAt ?? null,
    required: roleRequiresSecondFactor(user.role, await getTwoFactorRoles()),
    recoveryCodesLeft: left,
  };
}

/**
 * The secret to scan. Reloading the page shows the same secret until enrolment is confirmed, so a
 * phone that already scanned it keeps working.
 */
export async function startEnrolment(user: Person) {
  let [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
  if (row?.confirmedAt) throw new ValidationError("Two-factor sign-in is already set up for this account.");
  if (!row) {
    await db.insert(userTwoFactor).values({ userId: user.id, secretEncrypted: encryptSecret(newTotpSecret()) }).onConflictDoNothing();
    [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
  }
  const secret = decryptSecret(row.secretEncrypted);
  const uri = otpauthUri(secret, user.email);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** The outcome of a code attempt (lib/auth/throttle.ts): the proof, or an audited refusal. */
async function settle<T>(user: Person, attempt: Attempt<T>, what: string): Promise<T> {
  if (attempt.outcome === "ok") return attempt.value;
  if (attempt.outcome === "locked") throw new ValidationError(lockedMessage, "code");
  await db.transaction(async (tx) => {
    await writeAudit(tx, user, { action: "two_factor_failed", entity: "user", entityId: user.id, summary: `Wrong ${what}` });
    if (attempt.lockedNow) await writeAudit(tx, user, { action: "two_factor_locked", entity: "user", entityId: user.id, summary: "Code step locked after repeated wrong codes" });
  });
  throw new ValidationError(attempt.lockedNow ? lockedMessage : wrongMessage, "code");
}

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
}

/** Confirms enrolment with a first code; returns the recovery codes, shown this once. */
export async function confirmEnrolment(user: Person, sid: string | undefined, code: string): Promise<string[]> {
  const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
  if (!row || row.confirmedAt) throw new ValidationError("Reload the page to start setting up two-factor sign-in again.");
  const attempt = await attemptSecret(throttleKey(user.id), async () => matchingStep(decryptSecret(row.secretEncrypted), code.replace(/\s/g, "")));
  const step = await settle(user, attempt, "code while setting up two-factor sign-in");
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(userTwoFactor)
      .set({ confirmedAt: sql`now()`, lastUsedStep: step })
      .where(and(eq(userTwoFactor.userId, user.id), isNull(userTwoFactor.confirmedAt)))
      .returning({ userId: userTwoFactor.userId });
    if (!confirmed) throw new ValidationError("Two-factor sign-in is already set up for this account.");
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, user.id));
    await tx.insert(twoFactorRecoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })));
    if (sid) await markSecondFactor(tx, sid, "totp");
    await writeAudit(tx, user, { action: "two_factor_enrol", entity: "user", entityId: user.id, summary: "Set up two-factor sign-in" });
  });
  return codes;
}

// ——— codes ———

/**
 * Accepts a current authenticator code (never one whose time step was already used: a code seen
 * over someone's shoulder is worthless) or, when allowed, an unused recovery code, which is spent.
 */
async function acceptCode(user: Person, code: string, allowRecovery: boolean): Promise<"totp" | "recovery"> {
  const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
  if (!row?.confirmedAt) throw new ValidationError("Two-factor sign-in is not set up for this account.");
  const attempt = await attemptSecret(throttleKey(user.id), async (): Promise<"totp" | "recovery" | null> => {
    const compact = code.replace(/\s/g, "");
    if (/^\d{6}$/.test(compact)) {
      const step = matchingStep(decryptSecret(row.secretEncrypted), compact);
      if (step === null) return null;
      const [used] = await db
        .update(userTwoFactor)
        .set({ lastUsedStep: step })
        .where(and(eq(userTwoFactor.userId, user.id), or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step))))
        .returning({ userId: userTwoFactor.userId });
      // A replay stays counted as an attempt but is not audited as a wrong code.
      if (!used) throw new ValidationError("This code was already used. Wait for the next code to appear, then enter it.", "code");
      return "totp";
    }
    if (!allowRecovery) return null;
    const [spent] = await db
      .update(twoFactorRecoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(twoFactorRecoveryCodes.userId, user.id), eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(compact)), isNull(twoFactorRecoveryCodes.usedAt)))
      .returning({ id: twoFactorRecoveryCodes.id });
    return spent ? "recovery" : null;
  });
  return settle(user, attempt, allowRecovery ? "authentication or recovery code" : "authentication code");
}

/** The code step of sign-in: on success this session counts as signed in. */
export async function verifySecondFactor(user: Person, sid: string, code: string): Promise<void> {
  const method = await acceptCode(user, code, true);
  await db.transaction(async (tx) => {
    await markSecondFactor(tx, sid, method);
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
    await writeAudit(tx, user, {
      action: "sign_in_second_factor",
      entity: "user",
      entityId: user.id,
      summary: method === "recovery" ? "Second factor: a recovery code (now spent)" : "Second factor: authenticator code",
    });
  });
}

/** New recovery codes replace all the old ones; needs a current authenticator code. */
export async function regenerateRecoveryCodes(user: Person, code: string): Promise<string[]> {
  await acceptCode(user, code, false);
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, user.id));
    await tx.insert(twoFactorRecoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })));
    await writeAudit(tx, user, { action: "two_factor_recovery_codes", entity: "user", entityId: user.id, summary: "New recovery codes; the old ones no longer work" });
  });
  return codes;
}

/** Only when the user's role does not require a second factor; needs a current code. */
export async function disableOwnTwoFactor(user: PersonWithRole, code: string): Promise<void> {
  if (roleRequiresSecondFactor(user.role, await getTwoFactorRoles())) {
    throw new ValidationError("Your role requires two-factor sign-in: it cannot be turned off.");
  }
  await acceptCode(user, code, false);
  await db.transaction(async (tx) => {
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, user.id));
    await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
    await writeAudit(tx, user, { action: "two_factor_disable", entity: "user", entityId: user.id, summary: "Turned off two-factor sign-in" });
  });
}

/**
 * An admin removes a user's authenticator and recovery codes (a lost phone) and signs them out
 * everywhere: at their next sign-in they enrol again if their role requires it.
 */
export const resetTwoFactor = dataAccess(async function resetTwoFactor(actor: Acting, input: { id: string }): Promise<void> {
  authorize(actor, "user.manage");
  await db.transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.id));
    if (!target) throw new NotFoundError();
    const removed = await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, target.id)).returning({ confirmedAt: userTwoFactor.confirmedAt });
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, target.id));
    await revokeUserSessions(tx, target.id);
    await writeAudit(tx, actor, {
      action: "two_factor_reset",
      entity: "user",
      entityId: target.id,
      summary: `Reset the second factor of ${target.email}${removed.some((r) => r.confirmedAt) ? "" : " (none was set up)"}; signed out everywhere`,
    });
  });
  await clearFailures(throttleKey(input.id));
});

/** For the admin's user page. */
export const twoFactorOf = dataAccess(async function twoFactorOf(actor: Acting, userId: string) {
  authorize(actor, "user.manage");
  const [row] = await db.select({ confirmedAt: userTwoFactor.confirmedAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  const [target] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (!target) throw new NotFoundError();
  return { enrolledAt: row?.confirmedAt ?? null, required: roleRequiresSecondFactor(target.role, await getTwoFactorRoles()) };
});
