import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { sessionIdFromCookie } from "./session-token";
import { resolveSessionState, type SessionState, type SessionUser } from "./sessions";

/**
 * This request's live session, including one that still owes its second factor. Only the
 * two-factor pages and actions may act on such a session; everything else uses getCurrentUser().
 */
export const getSessionState = cache(async (): Promise<(SessionState & { sid: string }) | null> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return null;
  const state = await resolveSessionState(sid);
  return state && { ...state, sid };
});

/** The signed-in user of this request, or null. Read from the database once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const state = await getSessionState();
  return state && !state.needs ? state.user : null;
});

/**
 * For pages: the user, or a redirect to the sign-in page. A user holding a temporary password
 * set by an admin is sent to change it first (except on that page itself).
 */
export async function requirePageUser(options: { passwordChangePage?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await getSessionState())?.needs ? "/login/two-factor" : "/login");
  if (user.mustChangePassword && !options.passwordChangePage) redirect("/account/password");
  return user;
}
