import "server-only";
// Auth.js (NextAuth v5) configuration: e-mail and password, server-side sessions.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret, sessionConfig, sessionCookie } from "./config";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, ssoSignInCallback } from "./oidc";
import { signInWithPassword } from "./credentials";
import { revokeSession } from "./sessions";
import { errorFields, log } from "@/lib/log";

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

// Single sign-on is offered only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
const sso = oidcSettings();

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: authSecret(),
  useSecureCookies: sessionCookie.secure,
  session: { strategy: "jwt", maxAge: sessionConfig.maxHours * 3600 },
  // Failures of a single sign-on come back to the sign-in page, which explains them.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (raw, request) => signInWithPassword(raw, request.headers.get("user-agent")),
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
