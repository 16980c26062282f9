import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { loginThrottle } from "@/db/schema";
import { throttleConfig } from "./config";

// Every guess at a secret (a password at sign-in, the current password when changing it, an
// authenticator or recovery code) goes through attemptSecret(), counted per key in PostgreSQL so
// every app process shares the count.
//
// The attempt is counted *before* the secret is checked, in one atomic statement: of any number of
// parallel requests at most maxFailures are let through to the check in a window, the others are
// refused as locked without looking at the secret (sending the right one at position 300 of 600
// does not help). The first failure that finds the count at the limit sets the lock, exactly once,
// and reports it (the caller audits it). A success clears the count. Attempts made while a key is
// locked are refused without being counted: the lock never outlasts lockMinutes.

export type Attempt<T> = { outcome: "ok"; value: T } | { outcome: "wrong"; lockedNow: boolean } | { outcome: "locked" };

const normalized = (key: string) => key.toLowerCase();

/**
 * Runs `check` under the key's limit. `check` returns the proof (any value) or null/false for a
 * wrong secret; if it throws, the attempt stays counted and the error propagates.
 */
export async function attemptSecret<T>(key: string, check: () => Promise<T | null | false>): Promise<Attempt<T>> {
  if (!(await takeAttempt(normalized(key)))) return { outcome: "locked" };
  const value = await check();
  if (value === null || value === false) return { outcome: "wrong", lockedNow: await lockIfSpent(normalized(key)) };
  await clearFailures(key);
  return { outcome: "ok", value };
}

/** Counts one attempt; false when the key is locked or its attempts in this window are spent. */
async function takeAttempt(key: string): Promise<boolean> {
  const { maxFailures, windowMinutes } = throttleConfig;
  const windowOver = sql`t.window_started_at < now() - make_interval(mins => ${windowMinutes})`;
  const locked = sql`coalesce(t.locked_until > now(), false)`;
  const result = await db.execute(sql`
    INSERT INTO login_throttle AS t (email, failures, window_started_at)
    VALUES (${key}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN ${locked} THEN t.failures WHEN ${windowOver} THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN ${locked} OR NOT ${windowOver} THEN t.window_started_at ELSE now() END
    RETURNING failures, coalesce(locked_until > now(), false) AS locked`);
  const [row] = rowsOf<{ failures: number; locked: boolean }>(result);
  return !!row && !row.locked && Number(row.failures) <= maxFailures;
}

/** After a wrong secret: locks the key if its attempts are spent; true for the one call that locked it. */
async function lockIfSpent(key: string): Promise<boolean> {
  const { maxFailures, lockMinutes } = throttleConfig;
  const result = await db.execute(sql`
    UPDATE login_throttle SET failures = 0, window_started_at = now(), locked_until = now() + make_interval(mins => ${lockMinutes})
    WHERE email = ${key} AND failures >= ${maxFailures} AND NOT coalesce(locked_until > now(), false)
    RETURNING email`);
  return rowsOf(result).length > 0;
}

/** When the key is locked until, or null. For display and tests; attemptSecret() decides. */
export async function lockedUntil(key: string): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.email, normalized(key)));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/** A success, or an admin's reset: the key starts afresh. */
export async function clearFailures(key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.email, normalized(key)));
}
