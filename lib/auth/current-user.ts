import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AuthError } from "@/lib/errors";
import { auth } from "./auth";
import { resolveSession, type SessionUser } from "./sessions";

/** The signed-in user of this request, or null. Read from the database once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  return resolveSession(session.sid);
});

/**
 * For pages: the user, or a redirect to the sign-in page. A user holding a temporary password
 * set by an admin is sent to change it first (except on that page itself).
 */
export async function requirePageUser(options: { passwordChangePage?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.passwordChangePage) redirect("/account/password");
  return user;
}

/** For server actions and route handlers: the user, or an AuthError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError();
  return user;
}
