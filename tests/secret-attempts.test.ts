// Guessing secrets in parallel: the five-attempt limits hold when 200 wrong guesses arrive at once
// and the right one follows while they are still in flight (before the fix, the lock was checked
// before an attempt and the failure counted after it, so the right one got through). Also: a
// promotion asks for the second factor on the next request, as a fresh sign-in would.
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import { auditEntries, sessions, users } from "@/db/schema";
import { AccountLocked, InvalidCredentials, signInWithPassword } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, resolveSession, resolveSessionState } from "@/lib/auth/sessions";
import { lockedUntil } from "@/lib/auth/throttle";
import { currentStep, totpCode } from "@/lib/auth/totp";
import { confirmEnrolment, startEnrolment, verifySecondFactor } from "@/lib/auth/two-factor";
import { ValidationError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/mutations";
import { createTestUser } from "./helpers";

const WRONG = 200;

async function auditCount(userId: string, action: string): Promise<number> {
  const rows = await db.select({ id: auditEntries.id }).from(auditEntries).where(and(eq(auditEntries.entityId, userId), eq(auditEntries.action, action)));
  return rows.length;
}

/** Waits until the key's five attempts are spent (taken by the wrong guesses in flight). */
async function attemptsSpent(key: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    const [row] = rowsOf<{ spent: boolean }>(
      await db.execute(sql`SELECT failures >= 5 OR coalesce(locked_until > now(), false) AS spent FROM login_throttle WHERE email = ${key.toLowerCase()}`),
    );
    if (row?.spent) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("the wrong guesses never spent the attempts");
}

/** Each call's result or error, in call order; handlers attached at once (no unhandled rejections). */
const outcomesOf = (promises: Promise<unknown>[]) =>
  Promise.allSettled(promises).then((results) => results.map((r) => (r.status === "rejected" ? (r.reason as unknown) : r.value)));

async function userWithPassword(role: "officer" | "manager", password: string) {
  const user = await createTestUser(role, { passwordHash: await hashPassword(password) });
  return user;
}

describe("parallel guesses against the five-attempt limits", () => {
  it("password sign-in: 200 wrong at once, then the right one → refused; one lock, audited once", async () => {
    const user = await userWithPassword("officer", "the right password 1");
    const wrong = outcomesOf(Array.from({ length: WRONG }, (_, i) => signInWithPassword({ email: user.email, password: `wrong ${i}` }, "attacker")));
    await attemptsSpent(user.email);
    const right = outcomesOf([signInWithPassword({ email: user.email, password: "the right password 1" }, "attacker")]);
    const outcomes = [...(await wrong), ...(await right)];

    expect(outcomes.at(-1)).toBeInstanceOf(AccountLocked);
    // At most five guesses were checked: four told "incorrect", the fifth told "locked".
    expect(outcomes.filter((o) => o instanceof InvalidCredentials).length).toBeLessThanOrEqual(4);
    expect(outcomes.every((o) => o instanceof InvalidCredentials || o instanceof AccountLocked)).toBe(true);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(await lockedUntil(user.email)).not.toBeNull();
    expect(await auditCount(user.id, "sign_in_locked")).toBe(1);
    expect(await auditCount(user.id, "sign_in")).toBe(0);
  });

  it("the code step: 200 wrong codes at once, then the right one → refused; the session still owes its code", async () => {
    const user = await createTestUser("manager");
    const enrolSid = await createSession(user.id, "vitest");
    const { secret } = await startEnrolment(user);
    await confirmEnrolment(user, enrolSid, totpCode(secret, currentStep() - 1));
    const sid = await createSession(user.id, "attacker");
    expect((await resolveSessionState(sid))?.needs).toBe("verify");

    const rightCode = totpCode(secret, currentStep());
    const wrongCode = (i: number) => String((Number(rightCode) + 1 + i) % 1_000_000).padStart(6, "0");
    const wrong = outcomesOf(Array.from({ length: WRONG }, (_, i) => verifySecondFactor(user, sid, wrongCode(i))));
    await attemptsSpent(`totp:${user.id}`);
    const right = outcomesOf([verifySecondFactor(user, sid, rightCode)]);
    const outcomes = [...(await wrong), ...(await right)];

    expect(outcomes.at(-1)).toBeInstanceOf(ValidationError);
    expect((outcomes.at(-1) as Error).message).toMatch(/Too many wrong codes/);
    expect(outcomes.every((o) => o instanceof ValidationError)).toBe(true);
    expect((await resolveSessionState(sid))?.needs).toBe("verify");
    expect(await resolveSession(sid)).toBeNull();
    expect(await auditCount(user.id, "two_factor_failed")).toBeLessThanOrEqual(5);
    expect(await auditCount(user.id, "two_factor_locked")).toBe(1);
    expect(await auditCount(user.id, "sign_in_second_factor")).toBe(0);
  });

  it("change my password: 200 wrong current passwords at once, then the right one → refused; every refusal audited; sign-in locked too", async () => {
    const user = await userWithPassword("officer", "the right password 2");
    const acting = { id: user.id, email: user.email, role: user.role };
    const change = (current: string) => changeOwnPassword(acting, { currentPassword: current, newPassword: "a brand new password" }, undefined);
    const wrong = outcomesOf(Array.from({ length: WRONG }, (_, i) => change(`wrong ${i}`)));
    await attemptsSpent(user.email);
    const right = outcomesOf([change("the right password 2")]);
    const outcomes = [...(await wrong), ...(await right)];

    expect(outcomes.at(-1)).toBeInstanceOf(ValidationError);
    expect((outcomes.at(-1) as Error).message).toMatch(/Too many wrong passwords/);
    const [after] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(after.passwordHash, "the right password 2")).toBe(true);
    expect(await auditCount(user.id, "change_password_failed")).toBe(WRONG + 1);
    expect(await auditCount(user.id, "sign_in_locked")).toBe(1);
    expect(await auditCount(user.id, "change_password")).toBe(0);
    // The same key as the sign-in page: the lock covers both.
    await expect(signInWithPassword({ email: user.email, password: "the right password 2" }, "vitest")).rejects.toBeInstanceOf(AccountLocked);
  });

  it("change my password: wrong attempts one after another are limited and audited too", async () => {
    const user = await userWithPassword("officer", "the right password 3");
    const acting = { id: user.id, email: user.email, role: user.role };
    for (let i = 0; i < 5; i++) {
      await expect(changeOwnPassword(acting, { currentPassword: `wrong ${i}`, newPassword: "a brand new password" }, undefined)).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(changeOwnPassword(acting, { currentPassword: "the right password 3", newPassword: "a brand new password" }, undefined)).rejects.toThrow(/Too many wrong passwords/);
    expect(await auditCount(user.id, "change_password_failed")).toBe(6);
  });
});

describe("a promotion does not skip the second factor", () => {
  it("an officer signed in with a password only, promoted to manager, must enrol on the next request", async () => {
    const user = await createTestUser("officer");
    const sid = await createSession(user.id, "vitest");
    expect((await resolveSession(sid))?.role).toBe("officer");
    await db.update(users).set({ role: "manager" }).where(eq(users.id, user.id));
    expect((await resolveSessionState(sid))?.needs).toBe("enrol");
    expect(await resolveSession(sid)).toBeNull();
  });

  it("an enrolled officer whose session gave no code, promoted, must give the code", async () => {
    const user = await createTestUser("officer");
    const other = await createSession(user.id, "phone");
    const { secret } = await startEnrolment(user);
    await confirmEnrolment(user, other, totpCode(secret, currentStep()));
    // A session from before the rule, recorded as "nothing owed at sign-in".
    const sid = await createSession(user.id, "laptop");
    await db.execute(sql`UPDATE sessions SET second_factor = 'none' WHERE user_id = ${user.id} AND second_factor IS NULL`);
    await db.update(users).set({ role: "manager" }).where(eq(users.id, user.id));
    expect((await resolveSessionState(sid))?.needs).toBe("verify");
    expect(await resolveSession(other)).toMatchObject({ role: "manager" }); // it gave its code
  });
});
