import "server-only";
// Auth.js (NextAuth v5) configuration: e-mail and password, server-side sessions.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { sessionConfig } from "./config";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, ssoSignInCallback } from "./oidc";
import { verifyPassword } from "./password";
import { createSession, revokeSession } from "./sessions";
import { clearFailures, lockedUntil, recordFailure } from "./throttle";
import { errorFields, log } from "@/lib/log";

/** One message for an unknown e-mail, a wrong password and a deactivated account. */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class AccountLocked extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

async function authorize(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;

  if (await lockedUntil(email)) throw new AccountLocked();

  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) {
    const locked = await recordFailure(email);
    if (locked) {
      await db.transaction((tx) =>
        writeAudit(tx, null, { action: "sign_in_locked", entity: "user", entityId: user?.id ?? null, summary: `Sign-in locked for ${email} after repeated failures` }),
      );
      throw new AccountLocked();
    }
    throw new InvalidCredentials();
  }

  await clearFailures(email);
  const sid = await createSession(user.id, request.headers.get("user-agent"));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(sql`${users.id} = ${user.id}`);
    await writeAudit(tx, { id: user.id, email: user.email }, { action: "sign_in", entity: "user", entityId: user.id });
  });
  // Only the session id travels in the cookie; who the user is and what they may do is read
  // from the database on every request.
  return { id: user.id, sid };
}

// Single sign-on is offered only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
const sso = oidcSettings();

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  useSecureCookies: process.env.NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1",
  session: { strategy: "jwt", maxAge: sessionConfig.maxHours * 3600 },
  // Failures of a single sign-on come back to the sign-in page, which explains them.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize,
    }),
    ...(sso ? [oidcProvider(sso)] : []),
  ],
  callbacks: {
    signIn(params) {
      return sso && params.account?.provider === OIDC_PROVIDER_ID ? ssoSignInCallback(params, sso) : true;
    },
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      // Keep the cookie free of personal data: Auth.js copies name, e-mail and picture by default.
      delete token.name;
      delete token.email;
      delete token.picture;
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid } as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
  logger: {
    // Failed sign-ins are expected: one warn line without the address tried, no stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") {
        void log.warn("sign-in failed", { reason: "credentials" });
        return;
      }
      void log.error("auth error", errorFields(error));
    },
  },
});
