import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { securitySettings, sessions, userTwoFactor, users } from "@/db/schema";
import type { Role } from "./policy";
import { sessionConfig } from "./config";
import { roleRequiresSecondFactor } from "./two-factor-roles";

export type SessionUser = { id: string; email: string; name: string; role: Role; mustChangePassword: boolean };

// The cookie holds a random id (inside Auth.js's encrypted JWT); the table holds its hash, so a
// leaked database dump cannot be replayed as cookies.
const hashId = (sid: string) => createHash("sha256").update(sid).digest("hex");

/**
 * `secondFactor: "sso"` for sign-ins through the identity provider, which applies its own second
 * factor. A password sign-in starts with none given; whether one is owed is decided on every
 * request (resolveSessionState), so a user promoted to a role that requires it is asked for their
 * code, or to enrol, on their next request, like a fresh sign-in.
 */
export async function createSession(userId: string, userAgent: string | null, options: { secondFactor?: "sso" } = {}): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + sessionConfig.maxHours * 3600_000);
  await db.insert(sessions).values({ id: hashId(sid), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null, secondFactor: options.secondFactor ?? null });
  return sid;
}

const enrolledSql = sql<boolean>`exists (select 1 from ${userTwoFactor} where ${userTwoFactor.userId} = ${users.id} and ${userTwoFactor.confirmedAt} is not null)`;
const requiredRolesSql = sql<string[] | null>`(select ${securitySettings.twoFactorRoles}::text[] from ${securitySettings} where ${securitySettings.id} = 1)`;

/**
 * What a live session still owes before it counts as signed in: "verify" (the user has an
 * authenticator and this session has not given a code yet), "enrol" (the user's role requires a
 * second factor and they have none), or null (nothing). Decided from the user's role and enrolment
 * now, not at sign-in: a promotion, a newly required role or an enrolment elsewhere applies at once.
 */
export type SecondFactorNeed = "enrol" | "verify" | null;
export type SessionState = { user: SessionUser; needs: SecondFactorNeed };

/**
 * The user behind a session id, or null when the session was revoked, expired (absolute
 * lifetime), idle too long, or its user deactivated. A session that still owes its second factor
 * does not count as signed in: only the two-factor pages read it, through resolveSessionState.
 */
export async function resolveSession(sid: string): Promise<SessionUser | null> {
  const state = await resolveSessionState(sid);
  return state && !state.needs ? state.user : null;
}

export async function resolveSessionState(sid: string): Promise<SessionState | null> {
  const id = hashId(sid);
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      secondFactor: sessions.secondFactor,
      enrolled: enrolledSql,
      requiredRoles: requiredRolesSql,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row || row.revokedAt || !row.active) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now) return null;
  if (now - row.lastSeenAt.getTime() > sessionConfig.idleMinutes * 60_000) return null;
  // Touch at most once a minute: enough for the idle timeout, cheap on every request.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  }
  const user = { id: row.id, email: row.email, name: row.name, role: row.role, mustChangePassword: row.mustChangePassword };
  let needs: SecondFactorNeed = null;
  // "none" is what sessions created before this rule recorded when nothing was owed at sign-in.
  if (!row.secondFactor || row.secondFactor === "none") {
    if (row.enrolled) needs = "verify";
    else if (roleRequiresSecondFactor(row.role, row.requiredRoles)) needs = "enrol";
  }
  return { user, needs };
}

/** Records that this session gave its second factor (a code, or enrolment itself). */
export async function markSecondFactor(tx: Tx, sid: string, method: "totp" | "recovery"): Promise<void> {
  await tx.update(sessions).set({ secondFactor: method }).where(eq(sessions.id, hashId(sid)));
}

export async function revokeSession(sid: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.id, hashId(sid)), isNull(sessions.revokedAt)));
}

/** Ends every session of a user (deactivation, password reset), inside the caller's transaction. */
export async function revokeUserSessions(tx: Tx, userId: string, exceptSid?: string): Promise<void> {
  const keep = exceptSid ? sql` AND ${sessions.id} <> ${hashId(exceptSid)}` : sql``;
  await tx.execute(sql`UPDATE ${sessions} SET revoked_at = now() WHERE ${sessions.userId} = ${userId} AND ${sessions.revokedAt} IS NULL${keep}`);
}
