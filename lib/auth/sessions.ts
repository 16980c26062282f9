import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { Role } from "./policy";
import { sessionConfig } from "./config";

export type SessionUser = { id: string; email: string; name: string; role: Role; mustChangePassword: boolean };

// The cookie holds a random id (inside Auth.js's encrypted JWT); the table holds its hash, so a
// leaked database dump cannot be replayed as cookies.
const hashId = (sid: string) => createHash("sha256").update(sid).digest("hex");

export async function createSession(userId: string, userAgent: string | null): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + sessionConfig.maxHours * 3600_000);
  await db.insert(sessions).values({ id: hashId(sid), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
  return sid;
}

/**
 * The user behind a session id, or null when the session was revoked, expired (absolute
 * lifetime), idle too long, or its user deactivated. Role and name are read fresh every time.
 */
export async function resolveSession(sid: string): Promise<SessionUser | null> {
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
  return { id: row.id, email: row.email, name: row.name, role: row.role, mustChangePassword: row.mustChangePassword };
}

export async function revokeSession(sid: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.id, hashId(sid)), isNull(sessions.revokedAt)));
}

/** Ends every session of a user (deactivation, password reset), inside the caller's transaction. */
export async function revokeUserSessions(tx: Tx, userId: string, exceptSid?: string): Promise<void> {
  const keep = exceptSid ? sql` AND ${sessions.id} <> ${hashId(exceptSid)}` : sql``;
  await tx.execute(sql`UPDATE ${sessions} SET revoked_at = now() WHERE ${sessions.userId} = ${userId} AND ${sessions.revokedAt} IS NULL${keep}`);
}
