import "server-only";
// The session id carried in this request's cookie. Auth.js's own auth() would do the same and
// more: build a Request, run the callbacks and encrypt a renewed cookie that a page cannot even
// set — about a tenth of a list page's server time. The cookie holds only the session id; the
// session itself (expiry, idle time, revocation, second factor) is checked in the database.
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret, sessionCookie } from "./config";

/** The cookie's value; Auth.js splits one over 4 KB into name.0, name.1, … (ours never is, but read both). */
function tokenOf(jar: Array<{ name: string; value: string }>): string | undefined {
  const whole = jar.find((c) => c.name === sessionCookie.name)?.value;
  if (whole) return whole;
  const chunks = jar
    .flatMap((c) => {
      const index = c.name.startsWith(`${sessionCookie.name}.`) ? c.name.slice(sessionCookie.name.length + 1) : "";
      return /^\d+$/.test(index) ? [[Number(index), c.value] as const] : [];
    })
    .sort((a, b) => a[0] - b[0]);
  return chunks.length ? chunks.map(([, value]) => value).join("") : undefined;
}

// Decrypting the cookie (a key derived by HKDF, then the JWE) costs about 1 ms of CPU, a tenth of
// a signed-in page, and a session sends the same cookie with every request: what a cookie decrypted
// to is kept per process until the token's own expiry. Only tokens that decrypted are kept (a
// forged one is decrypted, and refused, every time), and the session itself is still checked in
// the database on every request, so a revoked session stays revoked.
type Decoded = { secret: string; sid: string | null; expiresAt: number };
const decoded = new Map<string, Decoded>();
const MAX_DECODED = 10_000;

async function decodeSessionId(token: string, secret: string): Promise<string | null> {
  const known = decoded.get(token);
  if (known && known.secret === secret && known.expiresAt > Date.now()) return known.sid;
  try {
    const jwt = await decode({ token, secret, salt: sessionCookie.name });
    const sid = typeof jwt?.sid === "string" ? jwt.sid : null;
    if (typeof jwt?.exp === "number") {
      // Maps keep insertion order: the oldest entry goes first.
      if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
      decoded.set(token, { secret, sid, expiresAt: jwt.exp * 1000 });
    }
    return sid;
  } catch {
    return null;
  }
}

/** The session id in the Auth.js cookie among `jar`, or null when there is none, or it is forged or expired. */
export async function sessionIdOf(jar: Array<{ name: string; value: string }>): Promise<string | null> {
  const token = tokenOf(jar);
  const secret = authSecret();
  if (!token || !secret) return null;
  return decodeSessionId(token, secret);
}

/** The session id in this request's cookie, or null. */
export async function sessionIdFromCookie(): Promise<string | null> {
  return sessionIdOf((await cookies()).getAll());
}
