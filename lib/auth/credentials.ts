import "server-only";
import { CredentialsSignin } from "next-auth";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { verifyPassword } from "./password";
import { attemptPassword } from "./password-attempts";
import { createSession } from "./sessions";

/** One message for an unknown e-mail, a wrong password and a deactivated account. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountLocked extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

/**
 * The password step of sign-in (Auth.js's Credentials provider calls it): one attempt under the
 * limit of lib/auth/throttle.ts, then a server-side session. The session id is what the cookie
 * carries; whether it still owes a second factor is decided per request (lib/auth/sessions.ts).
 */
export async function signInWithPassword(raw: unknown, userAgent: string | null): Promise<{ id: string; sid: string }> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;

  // The password is checked even for an unknown e-mail, so timing does not tell which exist.
  const attempt = await attemptPassword(email, "Sign-in", null, async () => {
    const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    return user && valid && user.active ? user : null;
  });
  if (attempt.outcome === "locked" || (attempt.outcome === "wrong" && attempt.lockedNow)) throw new AccountLocked();
  if (attempt.outcome === "wrong") throw new InvalidCredentials();
  const user = attempt.value;
  const sid = await createSession(user.id, userAgent);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(sql`${users.id} = ${user.id}`);
    await writeAudit(tx, { id: user.id, email: user.email }, { action: "sign_in", entity: "user", entityId: user.id });
  });
  // Only the session id travels in the cookie; who the user is and what they may do is read
  // from the database on every request.
  return { id: user.id, sid };
}
