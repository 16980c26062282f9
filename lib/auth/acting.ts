import { AuthError, PasswordChangeRequired } from "@/lib/errors";
import type { SessionUser } from "./sessions";

/**
 * Who may act through a server action or a route handler (runAction, userRoute): a signed-in user,
 * and, while they hold a temporary password set by an admin, only to change it. Pages apply the
 * same rule with a redirect (requirePageUser).
 */
export function actingUser(user: SessionUser | null, options: { passwordChange?: boolean } = {}): SessionUser {
  if (!user) throw new AuthError();
  if (user.mustChangePassword && !options.passwordChange) throw new PasswordChangeRequired();
  return user;
}
