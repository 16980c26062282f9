import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { loginThrottle } from "@/db/schema";
import { throttleConfig } from "./config";

// Failed sign-ins are counted per e-mail in PostgreSQL, so every app process shares the count.
// Attempts made while an account is locked are refused without being counted: the lock never
// grows longer than lockMinutes, whatever an attacker keeps sending.

export async function lockedUntil(email: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.email, email.toLowerCase()));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/** Counts a failure; returns true when this failure locked the account. */
export async function recordFailure(email: string): Promise<boolean> {
  const { maxFailures, windowMinutes, lockMinutes } = throttleConfig;
  const result = await db.execute(sql`
    INSERT INTO login_throttle AS t (email, failures, window_started_at)
    VALUES (${email.toLowerCase()}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE t.window_started_at END
    RETURNING failures`);
  const failures = Number(rowsOf<{ failures: number }>(result)[0]?.failures ?? 0);
  if (failures < maxFailures) return false;
  await db.execute(sql`
    UPDATE login_throttle SET failures = 0, window_started_at = now(),
      locked_until = now() + make_interval(mins => ${lockMinutes})
    WHERE email = ${email.toLowerCase()}`);
  return true;
}

export async function clearFailures(email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.email, email.toLowerCase()));
}
