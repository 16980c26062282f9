import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { createTestUser } from "@/tests/helpers";
import { can, homePath, policy, roles } from "./policy";
import { hashPassword, verifyPassword } from "./password";
import { createSession, resolveSession, revokeSession, revokeUserSessions } from "./sessions";
import { attemptSecret, clearFailures, lockedUntil } from "./throttle";
import { sessionConfig } from "./config";

describe("policy", () => {
  it("matches the role table of DESIGN.md", () => {
    expect(roles.filter((r) => can(r, "appeal.approve"))).toEqual(["manager", "admin"]);
    expect(roles.filter((r) => can(r, "event.write"))).toEqual(["coordinator", "manager", "admin"]);
    expect(roles.filter((r) => can(r, "case.write"))).toEqual(["officer", "manager", "admin"]);
    expect(roles.filter((r) => can(r, "user.manage"))).toEqual(["admin"]);
    expect(roles.filter((r) => can(r, "read"))).toEqual([...roles]);
    expect(can("viewer", "contact.write")).toBe(false);
    expect(can(null, "read")).toBe(false);
    expect(Object.keys(policy)).toContain("delete");
  });
});

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
  });
});

describe("attempt limit", () => {
  const wrong = async () => false;
  it("lets five attempts through, locks on the fifth failure, then refuses without checking", async () => {
    const key = `Throttle-${Date.now()}@test.example`;
    for (let i = 1; i <= 4; i++) expect(await attemptSecret(key, wrong)).toEqual({ outcome: "wrong", lockedNow: false });
    expect(await lockedUntil(key)).toBeNull();
    expect(await attemptSecret(key, wrong)).toEqual({ outcome: "wrong", lockedNow: true });
    const until = await lockedUntil(key.toLowerCase());
    expect(until!.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    let checked = false;
    expect(await attemptSecret(key, async () => (checked = true))).toEqual({ outcome: "locked" });
    expect(checked).toBe(false);
    expect(await attemptSecret(`other-${key}`, async () => "proof")).toEqual({ outcome: "ok", value: "proof" });
    await clearFailures(key);
    expect(await lockedUntil(key)).toBeNull();
  });

  it("a success clears the count; a passed window starts a new one", async () => {
    const key = `window-${Date.now()}@test.example`;
    for (let i = 0; i < 4; i++) await attemptSecret(key, wrong);
    expect(await attemptSecret(key, async () => 1)).toEqual({ outcome: "ok", value: 1 });
    for (let i = 0; i < 4; i++) expect(await attemptSecret(key, wrong)).toMatchObject({ lockedNow: false });
    await db.execute(sql`UPDATE login_throttle SET window_started_at = now() - interval '16 minutes' WHERE email = ${key}`);
    expect(await attemptSecret(key, wrong)).toEqual({ outcome: "wrong", lockedNow: false });
    expect(await lockedUntil(key)).toBeNull();
  });

  it("a check that throws stays counted", async () => {
    const key = `throws-${Date.now()}@test.example`;
    for (let i = 0; i < 5; i++) await expect(attemptSecret(key, async () => Promise.reject(new Error("replay")))).rejects.toThrow("replay");
    expect(await attemptSecret(key, async () => 1)).toEqual({ outcome: "locked" });
  });
});

describe("server-side sessions", () => {
  it("resolves a live session with the user's current role", async () => {
    const user = await createTestUser("officer");
    const sid = await createSession(user.id, "vitest");
    expect(await resolveSession(sid)).toMatchObject({ id: user.id, role: "officer" });
    await db.update(users).set({ role: "coordinator" }).where(eq(users.id, user.id));
    expect((await resolveSession(sid))?.role).toBe("coordinator");
  });

  it("ends on sign-out, deactivation, idle timeout and absolute lifetime", async () => {
    const user = await createTestUser("viewer");
    const a = await createSession(user.id, null);
    await revokeSession(a);
    expect(await resolveSession(a)).toBeNull();

    const b = await createSession(user.id, null);
    await db.execute(sql`UPDATE sessions SET last_seen_at = now() - make_interval(mins => ${sessionConfig.idleMinutes + 1}) WHERE user_id = ${user.id}`);
    expect(await resolveSession(b)).toBeNull();

    const c = await createSession(user.id, null);
    await db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${user.id} AND revoked_at IS NULL`);
    expect(await resolveSession(c)).toBeNull();

    const d = await createSession(user.id, null);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSession(d)).toBeNull();
  });

  it("revokes all of a user's sessions but the one kept", async () => {
    const user = await createTestUser("coordinator");
    const keep = await createSession(user.id, null);
    const other = await createSession(user.id, null);
    await db.transaction((tx) => revokeUserSessions(tx, user.id, keep));
    expect(await resolveSession(keep)).not.toBeNull();
    expect(await resolveSession(other)).toBeNull();
    const rows = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.every((r) => r.id.length === 64)).toBe(true); // only hashes are stored
  });
});

describe("where a sign-in lands", () => {
  it("sends managers and admins to the dashboard and everyone else to My work", () => {
    expect(Object.fromEntries(roles.map((r) => [r, homePath(r)]))).toEqual({
      viewer: "/my-work",
      officer: "/my-work",
      coordinator: "/my-work",
      manager: "/dashboard",
      admin: "/dashboard",
    });
  });
});
