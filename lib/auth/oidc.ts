import "server-only";
// Single sign-on through one OpenID Connect identity provider (Entra ID, Google Workspace,
// Keycloak, ...), configured by environment only. The identity provider proves who is signing in;
// whether they may is decided here: a verified e-mail address must belong to an existing, active
// account. Signing in never creates an account, and nothing from the identity provider (tokens,
// name, e-mail) reaches the cookie: a successful sign-in ends in the same server-side session as
// the password sign-in.
import { sql } from "drizzle-orm";
import type { Profile, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { headers } from "next/headers";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { createSession } from "./sessions";

export const OIDC_PROVIDER_ID = "oidc";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The identity provider's name on the sign-in button, e.g. "Microsoft Entra ID". */
  name: string;
  /**
   * Treat the e-mail claim as verified when the identity provider sends no `email_verified` claim
   * at all (Entra ID never does). An explicit `email_verified: false` is refused all the same.
   */
  trustEmail: boolean;
};

/** The single sign-on settings, or null when single sign-on is not configured. */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || "single sign-on",
    trustEmail: env.OIDC_TRUST_EMAIL === "1" || env.OIDC_TRUST_EMAIL === "true",
  };
}

/** The claims this app reads; every other claim the identity provider sends is ignored. */
export type OidcClaims = { sub: string; email?: unknown; email_verified?: unknown };

/** The Auth.js provider: discovery through the issuer, authorization code flow with PKCE, state and nonce. */
export function oidcProvider(settings: OidcSettings): OIDCConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // Auth.js would copy the name and picture onto the user; the account in this app is the only
    // source of who someone is.
    profile: (claims) => ({ id: claims.sub, email: typeof claims.email === "string" ? claims.email : null }),
  };
}

export type SsoRefusal = "unverified" | "no_account";
type AccountRow = { id: string; email: string };
export type SsoMatch =
  | { ok: true; user: AccountRow }
  | { ok: false; refusal: SsoRefusal; email: string | null; user: AccountRow | null; detail: string };

/** Some identity providers send the claim as a string. */
const claimTrue = (value: unknown) => value === true || value === "true";
const claimFalse = (value: unknown) => value === false || value === "false";

/**
 * Who the identity provider's claims sign in, or why not. The e-mail address must be verified
 * (see OidcSettings.trustEmail) and belong to an active account, compared case-insensitively.
 */
export async function matchSsoAccount(claims: Pick<OidcClaims, "email" | "email_verified">, options: { trustEmail: boolean }): Promise<SsoMatch> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) return { ok: false, refusal: "unverified", email: null, user: null, detail: "the identity provider sent no e-mail address" };
  const verified = claimTrue(claims.email_verified) || (options.trustEmail && claims.email_verified === undefined);
  if (!verified) {
    const detail = claimFalse(claims.email_verified) ? "the identity provider has not verified the e-mail address" : "the identity provider sent no email_verified claim";
    return { ok: false, refusal: "unverified", email, user: null, detail };
  }
  const [row] = await db
    .select({ id: users.id, email: users.email, active: users.active })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (!row) return { ok: false, refusal: "no_account", email, user: null, detail: "no account has this e-mail address" };
  const user = { id: row.id, email: row.email };
  if (!row.active) return { ok: false, refusal: "no_account", email, user, detail: "the account is deactivated" };
  return { ok: true, user };
}

export type SsoSignIn = { ok: true; userId: string; sid: string } | { ok: false; redirectTo: string };

/**
 * The signIn callback's work for a single sign-on: match the account, then either open a
 * server-side session (the identity provider applied its own second factor, so no code is asked)
 * or record the refusal and send the visitor back to the sign-in page with the reason.
 */
export async function completeSsoSignIn(claims: Pick<OidcClaims, "email" | "email_verified">, settings: OidcSettings, userAgent: string | null): Promise<SsoSignIn> {
  const match = await matchSsoAccount(claims, settings);
  if (!match.ok) {
    await db.transaction((tx) =>
      writeAudit(tx, null, {
        action: "sign_in_sso_refused",
        entity: "user",
        entityId: match.user?.id ?? null,
        summary: `Single sign-on (${settings.name}) refused for ${match.email ?? "a sign-in without e-mail address"}: ${match.detail}`,
      }),
    );
    return { ok: false, redirectTo: `/login?sso=${match.refusal}` };
  }
  const { user } = match;
  const sid = await createSession(user.id, userAgent, { secondFactor: "sso" });
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(sql`${users.id} = ${user.id}`);
    await writeAudit(tx, user, { action: "sign_in", entity: "user", entityId: user.id, summary: `Signed in with single sign-on (${settings.name})` });
  });
  return { ok: true, userId: user.id, sid };
}

/**
 * The Auth.js signIn callback for the identity provider: true to go on (the user now carries this
 * app's user id and the new session id, which is all the cookie will hold), or where to send a
 * refused visitor.
 */
export async function ssoSignInCallback(params: { user: User; profile?: Profile }, settings: OidcSettings): Promise<true | string> {
  const userAgent = (await headers()).get("user-agent");
  const result = await completeSsoSignIn(params.profile ?? {}, settings, userAgent);
  if (!result.ok) return result.redirectTo;
  params.user.id = result.userId;
  params.user.sid = result.sid;
  return true;
}

/** What the sign-in page tells a visitor whose single sign-on was refused or failed. */
export function ssoMessage(params: { sso?: string; error?: string }, settings: OidcSettings): string | undefined {
  if (params.sso === "unverified") {
    return `${settings.name} did not confirm your e-mail address, so it cannot be matched to an Advocacy Desk account. Ask your IT administrator or an Advocacy Desk admin.`;
  }
  if (params.sso === "no_account") {
    return `No active Advocacy Desk account uses the e-mail address of your ${settings.name} account. Signing in does not create accounts: ask an Advocacy Desk admin.`;
  }
  if (params.sso === "unavailable") return `${settings.name} cannot be reached at the moment. Try again later, or sign in with your password.`;
  // Auth.js sends failures of the exchange with the identity provider here (a cancelled sign-in,
  // a state or PKCE mismatch), never a password failure: those are answered by the form itself.
  if (params.error) return `Single sign-on did not complete. Try again, or sign in with your password.`;
  return undefined;
}
