// Session lifetimes, configurable by environment.
export const sessionConfig = {
  /** Minutes without a request after which the session ends. */
  idleMinutes: Number(process.env.SESSION_IDLE_MINUTES || 60),
  /** Hours after sign-in after which the session ends whatever the activity. */
  maxHours: Number(process.env.SESSION_MAX_HOURS || 12),
};

export const throttleConfig = {
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: 15,
};

/**
 * Auth.js's session cookie. Secure in production (unless AUTH_INSECURE_COOKIES=1, for a plain-HTTP
 * test setup); its name is also the salt of the key that encrypts it. Auth.js is configured with
 * these and lib/auth/session-token.ts reads the cookie with them.
 */
const secureCookies = process.env.NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1";
export const sessionCookie = { secure: secureCookies, name: `${secureCookies ? "__Secure-" : ""}authjs.session-token` };

/** The key Auth.js encrypts the session cookie with (AUTH_SECRET; NEXTAUTH_SECRET as Auth.js also reads it). */
export const authSecret = () => process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
