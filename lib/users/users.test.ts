import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, users } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { ForbiddenError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser } from "@/tests/helpers";
import { changeOwnPassword, changeRole, createUser, deactivateUser, reactivateUser, resetPassword } from "./mutations";
import { getUser, listUsers } from "./queries";
import { userListSchema } from "./schema";

const newEmail = (label = "new") => `${label}-${randomUUID().slice(0, 8)}@test.example`;
const PASSWORD = "correct horse battery staple";

async function auditOf(entityId: string) {
  return db.select().from(auditEntries).where(and(eq(auditEntries.entity, "user"), eq(auditEntries.entityId, entityId)));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("creating users", () => {
  it("creates the user with a hashed temporary password and an audit entry of the same transaction", async () => {
    const admin = await createTestUser("admin");
    const email = newEmail();
    const { id } = await createUser(admin, { email, name: "Nursultan Test", role: "officer", password: PASSWORD });

    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ email, name: "Nursultan Test", role: "officer", active: true, mustChangePassword: true });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);

    const entries = await auditOf(id);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ action: "create", actorId: admin.id, actorEmail: admin.email });
    expect(entry.changes?.email).toEqual({ before: null, after: email });
    // now() is the transaction's start time: equal timestamps mean one transaction.
    expect(entry.at.getTime()).toBe(row.createdAt.getTime());
    const serialized = JSON.stringify(entry);
    expect(serialized).not.toContain(PASSWORD);
    expect(serialized).not.toContain("passwordHash");
    expect(serialized).not.toContain(row.passwordHash);
  });

  it("refuses a duplicate e-mail address, whatever its case, on the email field", async () => {
    const admin = await createTestUser("admin");
    const email = newEmail("dup");
    await createUser(admin, { email, name: "First", role: "viewer", password: PASSWORD });
    const error = await rejection(createUser(admin, { email: email.toUpperCase(), name: "Second", role: "viewer", password: PASSWORD }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("email");
    expect((error as ValidationError).message).toMatch(/already exists/);
    const rows = await db.select().from(users).where(eq(users.name, "Second"));
    expect(rows.filter((r) => r.email.toLowerCase() === email)).toHaveLength(0);
  });


  it("refuses the second of two simultaneous creations of one address", async () => {
    const admin = await createTestUser("admin");
    const email = newEmail("race");
    const results = await Promise.allSettled([
      createUser(admin, { email, name: "One", role: "viewer", password: PASSWORD }),
      createUser(admin, { email, name: "Two", role: "viewer", password: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toBeInstanceOf(ValidationError);
    expect((refused.reason as ValidationError).field).toBe("email");
  });
});

describe("listing users", () => {
  it("filters by search, role and status, paginated in SQL", async () => {
    const admin = await createTestUser("admin");
    const tag = randomUUID().slice(0, 8);
    const active = await createTestUser("coordinator", { name: `Zhanara ${tag}` });
    const inactive = await createTestUser("coordinator", { name: `Zhanara ${tag} old`, active: false });

    const params = (over: Record<string, string>) => userListSchema.parse({ q: tag, ...over });
    expect((await listUsers(admin, params({}))).rows.map((r) => r.id)).toEqual([active.id]);
    expect((await listUsers(admin, params({ status: "inactive" }))).rows.map((r) => r.id)).toEqual([inactive.id]);
    expect((await listUsers(admin, params({ status: "all" }))).total).toBe(2);
    expect((await listUsers(admin, params({ status: "all", role: "viewer" }))).total).toBe(0);
    expect((await listUsers(admin, params({ q: active.email.toUpperCase() }))).rows.map((r) => r.id)).toEqual([active.id]);
    // A "%" typed by the user is a character, not a wildcard.
    expect((await listUsers(admin, params({ q: "%" }))).total).toBe(0);
  });
});

describe("changing roles", () => {
  it("takes effect and is audited before → after", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("viewer");
    const { version } = await getUser(admin, target.id);
    await changeRole(admin, { id: target.id, version, values: { role: "manager" } });

    const after = await getUser(admin, target.id);
    expect(after.role).toBe("manager");
    expect(after.version).toBe(version + 1);
    const entry = (await auditOf(target.id)).find((e) => e.action === "change_role");
    expect(entry?.changes?.role).toEqual({ before: "viewer", after: "manager" });
  });

  it("refuses a stale version", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("viewer");
    const { version } = await getUser(admin, target.id);
    await changeRole(admin, { id: target.id, version, values: { role: "officer" } });
    await expect(changeRole(admin, { id: target.id, version, values: { role: "manager" } })).rejects.toBeInstanceOf(StaleError);
    expect((await getUser(admin, target.id)).role).toBe("officer");
  });

  it("refuses changing one's own role", async () => {
    const admin = await createTestUser("admin");
    const { version } = await getUser(admin, admin.id);
    await expect(changeRole(admin, { id: admin.id, version, values: { role: "viewer" } })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("deactivating and reactivating", () => {
  it("deactivates and revokes every session in the same transaction", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("officer");
    const sid = await createSession(target.id, "vitest");
    expect(await resolveSession(sid)).not.toBeNull();

    const { version } = await getUser(admin, target.id);
    await deactivateUser(admin, { id: target.id, version });

    expect(await resolveSession(sid)).toBeNull();
    const after = await getUser(admin, target.id);
    expect(after.active).toBe(false);
    expect(after.openSessions).toBe(0);
    // Reactivating does not bring the old session back.
    await reactivateUser(admin, { id: target.id, version: after.version });
    expect((await getUser(admin, target.id)).active).toBe(true);
    expect(await resolveSession(sid)).toBeNull();
    const actions = (await auditOf(target.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["deactivate", "reactivate"]));
  });

  it("refuses deactivating oneself", async () => {
    const admin = await createTestUser("admin");
    const { version } = await getUser(admin, admin.id);
    const error = await rejection(deactivateUser(admin, { id: admin.id, version }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((await getUser(admin, admin.id)).active).toBe(true);
  });

  it("refuses a stale version", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("viewer");
    const { version } = await getUser(admin, target.id);
    await changeRole(admin, { id: target.id, version, values: { role: "officer" } });
    await expect(deactivateUser(admin, { id: target.id, version })).rejects.toBeInstanceOf(StaleError);
  });

  it("refuses removing the last active admin", async () => {
    // An admin whose account was deactivated while a request of theirs was in flight is the only
    // way to reach this through the DAL (nobody may deactivate or demote themselves), so the test
    // builds that situation: `stale` acts, `last` is the only active admin left.
    const stale = await createTestUser("admin");
    const last = await createTestUser("admin");
    const othersActive = await db
      .update(users)
      .set({ active: false })
      .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, last.id)))
      .returning({ id: users.id });
    try {
      const { version } = await getUser(stale, last.id);
      const deactivation = await rejection(deactivateUser(stale, { id: last.id, version }));
      expect(deactivation).toBeInstanceOf(ValidationError);
      expect((deactivation as Error).message).toMatch(/last active admin/);
      const demotion = await rejection(changeRole(stale, { id: last.id, version, values: { role: "manager" } }));
      expect(demotion).toBeInstanceOf(ValidationError);
      const now = await getUser(stale, last.id);
      expect(now).toMatchObject({ active: true, role: "admin", version });
    } finally {
      for (const { id } of othersActive) if (id !== stale.id) await db.update(users).set({ active: true }).where(eq(users.id, id));
    }
  });
});

describe("resetting a password", () => {
  it("sets a temporary password, forces a change and signs the user out everywhere", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("coordinator");
    const sid = await createSession(target.id, "vitest");
    const { version } = await getUser(admin, target.id);
    await resetPassword(admin, { id: target.id, version, values: { password: PASSWORD } });

    const [row] = await db.select().from(users).where(eq(users.id, target.id));
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await resolveSession(sid)).toBeNull();

    const entry = (await auditOf(target.id)).find((e) => e.action === "reset_password");
    expect(entry).toBeDefined();
    const serialized = JSON.stringify(entry);
    expect(serialized).not.toContain(PASSWORD);
    expect(serialized).not.toContain(row.passwordHash);
    expect(serialized).not.toContain("passwordHash");
  });

  it("refuses a stale version", async () => {
    const admin = await createTestUser("admin");
    const target = await createTestUser("viewer");
    const { version } = await getUser(admin, target.id);
    await resetPassword(admin, { id: target.id, version, values: { password: PASSWORD } });
    await expect(resetPassword(admin, { id: target.id, version, values: { password: `${PASSWORD}!` } })).rejects.toBeInstanceOf(StaleError);
  });
});

describe("changing one's own password", () => {
  async function userWithPassword(role: Role) {
    const admin = await createTestUser("admin");
    const user = await createTestUser(role);
    const { version } = await getUser(admin, user.id);
    await resetPassword(admin, { id: user.id, version, values: { password: PASSWORD } });
    return user;
  }

  it("refuses a wrong current password on its field", async () => {
    const user = await userWithPassword("viewer");
    const error = await rejection(changeOwnPassword(user, { currentPassword: "not the password", newPassword: "a brand new passphrase" }, undefined));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("currentPassword");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
  });

  it("changes it, clears the temporary flag, keeps this session and ends the others", async () => {
    const user = await userWithPassword("officer");
    const current = await createSession(user.id, "this browser");
    const other = await createSession(user.id, "another browser");
    const newPassword = "a brand new passphrase";
    await changeOwnPassword(user, { currentPassword: PASSWORD, newPassword }, current);

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row.passwordHash, newPassword)).toBe(true);
    expect(row.mustChangePassword).toBe(false);
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await resolveSession(current)).not.toBeNull();
    expect(await resolveSession(other)).toBeNull();

    const entry = (await auditOf(user.id)).find((e) => e.action === "change_password");
    expect(entry).toMatchObject({ actorId: user.id });
    const serialized = JSON.stringify(entry);
    for (const secret of [PASSWORD, newPassword, row.passwordHash, "passwordHash"]) expect(serialized).not.toContain(secret);
  });

  it("is refused without a user", async () => {
    await expect(changeOwnPassword(null as unknown as Acting, { currentPassword: "x", newPassword: "y".repeat(12) }, undefined)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("access", () => {
  it.each(["viewer", "officer", "coordinator", "manager"] as const)("refuses every user-management function to a %s", async (role) => {
    const actor = await createTestUser(role);
    const target = await createTestUser("viewer");
    const idVersion = { id: target.id, version: 1 };
    const calls: Array<() => Promise<unknown>> = [
      () => listUsers(actor, userListSchema.parse({})),
      () => getUser(actor, target.id),
      () => createUser(actor, { email: newEmail("forbidden"), name: "Nope", role: "admin", password: PASSWORD }),
      () => changeRole(actor, { ...idVersion, values: { role: "admin" } }),
      () => deactivateUser(actor, idVersion),
      () => reactivateUser(actor, idVersion),
      () => resetPassword(actor, { ...idVersion, values: { password: PASSWORD } }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    // Nothing changed, nothing was audited.
    const [row] = await db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ role: "viewer", active: true, version: 1, mustChangePassword: false });
    expect(await auditOf(target.id)).toHaveLength(0);
  });
});
