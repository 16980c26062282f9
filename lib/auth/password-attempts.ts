import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit, type Actor } from "@/lib/audit/write";
import { throttleConfig } from "./config";
import { attemptSecret, type Attempt } from "./throttle";

/**
 * A guess at a user's password, under the limit of lib/auth/throttle.ts. Sign-in and "change my
 * password" count against the same key (the e-mail), so a stolen session cannot try more passwords
 * than the sign-in page allows. The lock is audited once, by the attempt that set it.
 */
export async function attemptPassword<T>(email: string, where: "Sign-in" | "Password change", actor: Actor, check: () => Promise<T | null | false>): Promise<Attempt<T>> {
  const attempt = await attemptSecret(email, check);
  if (attempt.outcome === "wrong" && attempt.lockedNow) {
    const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    await db.transaction((tx) =>
      writeAudit(tx, actor, {
        action: "sign_in_locked",
        entity: "user",
        entityId: user?.id ?? null,
        summary: `${where}: passwords for ${email} refused for ${throttleConfig.lockMinutes} minutes after ${throttleConfig.maxFailures} failures`,
      }),
    );
  }
  return attempt;
}
