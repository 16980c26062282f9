import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { users } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { throttleConfig } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { attemptPassword } from "@/lib/auth/password-attempts";
import type { Role } from "@/lib/auth/policy";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import type { CreateUserValues } from "./schema";

type UserRow = typeof users.$inferSelect;

// Changes that could leave the desk without an active admin take this lock first, so two admins
// demoting or deactivating each other at the same moment are applied one after the other.
const ADMIN_GUARD_LOCK = 724_101;

const duplicateEmail = () => new ValidationError("A user with this e-mail address already exists.", "email");

/** The audit never sees the password hash (lib/audit/diff.ts drops it too; this is belt and braces). */
function auditable(row: UserRow): Omit<UserRow, "passwordHash"> {
  const { passwordHash: _omit, ...rest } = row;
  void _omit;
  return rest;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}

/** Refuses a change that would leave no active admin besides `userId`. Call under ADMIN_GUARD_LOCK. */
async function assertAnotherActiveAdmin(tx: Tx, userId: string, message: string): Promise<void> {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)))
    .limit(1);
  if (!other) throw new ValidationError(message);
}

export const createUser = dataAccess(async function createUser(user: Acting, values: CreateUserValues): Promise<{ id: string }> {
  authorize(user, "user.manage");
  const email = values.email.trim().toLowerCase();
  const passwordHash = await hashPassword(values.password);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
      if (existing) throw duplicateEmail();
      const [row] = await tx
        .insert(users)
        .values({ email, name: values.name, role: values.role, passwordHash, mustChangePassword: true })
        .returning();
      await writeAudit(tx, user, { action: "create", entity: "user", entityId: row.id, summary: `${row.name} <${row.email}>`, before: null, after: auditable(row) });
      return { id: row.id };
    });
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides, the message is the same.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
});

export const changeRole = dataAccess(async function changeRole(user: Acting, input: { id: string; version: number; values: { role: Role } }) {
  authorize(user, "user.manage");
  if (input.id === user.id) throw new ValidationError("You cannot change your own role. Ask another admin to do it.", "role");
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`);
    const before = await lockVersioned(tx, users, input.id, input.version);
    if (before.role === input.values.role) throw new ValidationError("This user already has that role.", "role");
    if (before.role === "admin" && before.active) {
      await assertAnotherActiveAdmin(tx, before.id, "This is the last active admin. Make someone else an admin first.");
    }
    // Nothing to revoke: the role is read from the database on every request.
    const [after] = await tx.update(users).set({ role: input.values.role, ...bump(users) }).where(eq(users.id, input.id)).returning();
    await writeAudit(tx, user, { action: "change_role", entity: "user", entityId: after.id, summary: `${after.email}: ${before.role} → ${after.role}`, before: auditable(before), after: auditable(after) });
    return { id: after.id, version: after.version };
  });
});

export const deactivateUser = dataAccess(async function deactivateUser(user: Acting, input: { id: string; version: number }) {
  authorize(user, "user.manage");
  if (input.id === user.id) throw new ValidationError("You cannot deactivate your own account.");
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`);
    const before = await lockVersioned(tx, users, input.id, input.version);
    if (!before.active) throw new ValidationError("This user is already deactivated.");
    if (before.role === "admin") {
      await assertAnotherActiveAdmin(tx, before.id, "This is the last active admin and cannot be deactivated. Make someone else an admin first.");
    }
    const [after] = await tx.update(users).set({ active: false, ...bump(users) }).where(eq(users.id, input.id)).returning();
    // Signed out everywhere in the same transaction: no window where a deactivated user still works.
    await revokeUserSessions(tx, after.id);
    await writeAudit(tx, user, { action: "deactivate", entity: "user", entityId: after.id, summary: after.email, before: auditable(before), after: auditable(after) });
    return { id: after.id, version: after.version };
  });
});

export const reactivateUser = dataAccess(async function reactivateUser(user: Acting, input: { id: string; version: number }) {
  authorize(user, "user.manage");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, users, input.id, input.version);
    if (before.active) throw new ValidationError("This user is already active.");
    const [after] = await tx.update(users).set({ active: true, ...bump(users) }).where(eq(users.id, input.id)).returning();
    await writeAudit(tx, user, { action: "reactivate", entity: "user", entityId: after.id, summary: after.email, before: auditable(before), after: auditable(after) });
    return { id: after.id, version: after.version };
  });
});

/** An admin sets a temporary password: the user must choose their own at next sign-in. */
export const resetPassword = dataAccess(async function resetPassword(user: Acting, input: { id: string; version: number; values: { password: string } }) {
  authorize(user, "user.manage");
  if (input.id === user.id) throw new ValidationError("To change your own password, use “Change password” in your account menu.");
  const passwordHash = await hashPassword(input.values.password);
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, users, input.id, input.version);
    const [after] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, passwordChangedAt: sql`now()`, ...bump(users) })
      .where(eq(users.id, input.id))
      .returning();
    // Whoever knew the old password is signed out too.
    await revokeUserSessions(tx, after.id);
    await writeAudit(tx, user, { action: "reset_password", entity: "user", entityId: after.id, summary: after.email, before: auditable(before), after: auditable(after) });
    return { id: after.id, version: after.version };
  });
});

/**
 * Any signed-in user changes their own password. The session they are using (`currentSid`, from
 * the Auth.js cookie) stays open; every other session of theirs ends.
 */
export const changeOwnPassword = dataAccess(async function changeOwnPassword(
  user: Acting,
  input: { currentPassword: string; newPassword: string },
  currentSid: string | undefined,
): Promise<{ ok: true }> {
  authorize(user, "read");
  const [current] = await db.select({ passwordHash: users.passwordHash, active: users.active, email: users.email }).from(users).where(eq(users.id, user.id));
  if (!current?.active) throw new NotFoundError();
  const attempt = await attemptPassword(current.email, "Password change", user, async () => verifyPassword(current.passwordHash, input.currentPassword));
  if (attempt.outcome !== "ok") {
    const locked = attempt.outcome === "locked" || attempt.lockedNow;
    await db.transaction((tx) =>
      writeAudit(tx, user, { action: "change_password_failed", entity: "user", entityId: user.id, summary: locked ? "Refused: too many wrong passwords" : "Wrong current password" }),
    );
    throw new ValidationError(
      locked ? `Too many wrong passwords. Password changes and sign-in are paused for ${throttleConfig.lockMinutes} minutes.` : "Your current password is not correct.",
      "currentPassword",
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // Locked and compared again: a concurrent change between the check above and now wins, not this one.
    const [before] = await tx.select().from(users).where(eq(users.id, user.id)).for("update");
    if (!before || before.passwordHash !== current.passwordHash) throw new StaleError("Your password was changed in the meantime. Nothing was saved; reload and try again.");
    const [after] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, ...bump(users) })
      .where(eq(users.id, user.id))
      .returning();
    await revokeUserSessions(tx, user.id, currentSid);
    await writeAudit(tx, user, { action: "change_password", entity: "user", entityId: user.id, summary: after.email, before: auditable(before), after: auditable(after) });
  });
  return { ok: true };
});
