// Single sign-on's account matching and session, against the real test database. The exchange
// with a real identity provider is covered by e2e/sso.spec.ts.
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, sessions, users } from "@/db/schema";
import { createTestUser } from "@/tests/helpers";
import { completeSsoSignIn, matchSsoAccount, oidcSettings, ssoMessage, type OidcSettings } from "./oidc";
import { resolveSession, resolveSessionState } from "./sessions";

const settings: OidcSettings = { issuer: "https://idp.example", clientId: "app", clientSecret: "secret", name: "Example IdP", trustEmail: false };
const trusting = { ...settings, trustEmail: true };

const lastAudit = async (action: string, entityId: string) =>
  (await db.select().from(auditEntries).where(and(eq(auditEntries.action, action), eq(auditEntries.entityId, entityId))).orderBy(desc(auditEntries.id)).limit(1))[0];

describe("single sign-on settings", () => {
  it("is off unless issuer, client id and client secret are all set", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "app" })).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: " ", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s" })).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s", OIDC_NAME: "Microsoft Entra ID" })).toEqual({
      issuer: "https://idp.example",
      clientId: "app",
      clientSecret: "s",
      name: "Microsoft Entra ID",
      trustEmail: false,
    });
    expect(oidcSettings({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s", OIDC_TRUST_EMAIL: "1" })?.trustEmail).toBe(true);
  });

  it("leaves the sign-in page as it was when not configured", async () => {
    const saved = { ...process.env };
    delete process.env.OIDC_ISSUER;
    delete process.env.OIDC_CLIENT_ID;
    delete process.env.OIDC_CLIENT_SECRET;
    try {
      const { SsoButton, SsoNotice } = await import("@/components/auth/sso-button");
      expect(SsoButton({ action: async () => undefined })).toBeNull();
      expect(SsoNotice({ sso: "no_account", error: "OAuthCallbackError" })).toBeNull();
    } finally {
      Object.assign(process.env, saved);
    }
  });
});

describe("matching the identity provider's e-mail to an account", () => {
  it("matches a verified e-mail address to its active account, ignoring case", async () => {
    const user = await createTestUser("officer");
    const match = await matchSsoAccount({ email: user.email.toUpperCase(), email_verified: true }, settings);
    expect(match).toEqual({ ok: true, user: { id: user.id, email: user.email } });
    // Some identity providers send the claim as a string.
    expect((await matchSsoAccount({ email: user.email, email_verified: "true" }, settings)).ok).toBe(true);
  });

  it("refuses an unverified e-mail address even when an account has it", async () => {
    const user = await createTestUser("admin");
    expect(await matchSsoAccount({ email: user.email, email_verified: false }, settings)).toMatchObject({ ok: false, refusal: "unverified" });
    expect(await matchSsoAccount({ email: user.email, email_verified: "false" }, trusting)).toMatchObject({ ok: false, refusal: "unverified" });
  });

  it("refuses a missing email_verified claim unless told to trust the provider (Entra ID)", async () => {
    const user = await createTestUser("viewer");
    expect(await matchSsoAccount({ email: user.email }, settings)).toMatchObject({ ok: false, refusal: "unverified" });
    expect(await matchSsoAccount({ email: user.email }, trusting)).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("refuses a sign-in without an e-mail address", async () => {
    expect(await matchSsoAccount({ email_verified: true }, trusting)).toMatchObject({ ok: false, refusal: "unverified", email: null });
    expect(await matchSsoAccount({ email: ["a@b.test"], email_verified: true }, trusting)).toMatchObject({ ok: false, refusal: "unverified" });
  });

  it("refuses an unknown e-mail address and a deactivated account alike", async () => {
    expect(await matchSsoAccount({ email: `nobody-${Date.now()}@test.example`, email_verified: true }, settings)).toMatchObject({ ok: false, refusal: "no_account", user: null });
    const gone = await createTestUser("officer", { active: false });
    expect(await matchSsoAccount({ email: gone.email, email_verified: true }, settings)).toMatchObject({ ok: false, refusal: "no_account", user: { id: gone.id } });
  });
});

describe("completing a single sign-on", () => {
  it("opens the same server-side session as the password sign-in, with the identity provider as second factor", async () => {
    // Admins must use a second factor by default: single sign-on satisfies it, no code is asked.
    const user = await createTestUser("admin");
    const result = await completeSsoSignIn({ email: user.email.toUpperCase(), email_verified: true }, settings, "Test browser");
    expect(result).toMatchObject({ ok: true, userId: user.id });
    if (!result.ok) return;

    expect(await resolveSession(result.sid)).toMatchObject({ id: user.id, role: "admin" });
    expect((await resolveSessionState(result.sid))?.needs).toBeNull();
    const [row] = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row).toMatchObject({ secondFactor: "sso", userAgent: "Test browser" });
    const [account] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(account.lastSignInAt).not.toBeNull();
    expect(await lastAudit("sign_in", user.id)).toMatchObject({ actorId: user.id, summary: "Signed in with single sign-on (Example IdP)" });
  });

  it("refuses with a reason for the sign-in page, an audit entry and no session", async () => {
    const gone = await createTestUser("manager", { active: false });
    expect(await completeSsoSignIn({ email: gone.email, email_verified: true }, settings, null)).toEqual({ ok: false, redirectTo: "/login?sso=no_account" });
    expect(await db.select().from(sessions).where(eq(sessions.userId, gone.id))).toHaveLength(0);
    const entry = await lastAudit("sign_in_sso_refused", gone.id);
    expect(entry).toMatchObject({ actorId: null });
    expect(entry.summary).toContain("the account is deactivated");

    const unverified = await createTestUser("viewer");
    expect(await completeSsoSignIn({ email: unverified.email, email_verified: false }, settings, null)).toEqual({ ok: false, redirectTo: "/login?sso=unverified" });
    expect(await db.select().from(sessions).where(eq(sessions.userId, unverified.id))).toHaveLength(0);

    const email = `stranger-${Date.now()}@test.example`;
    await completeSsoSignIn({ email, email_verified: true }, settings, null);
    const [unknown] = await db.select().from(auditEntries).where(eq(auditEntries.action, "sign_in_sso_refused")).orderBy(desc(auditEntries.id)).limit(1);
    expect(unknown.summary).toContain(email);
    expect(unknown.entityId).toBeNull();
  });

  it("explains each refusal on the sign-in page without telling an unknown e-mail from a deactivated account", () => {
    expect(ssoMessage({ sso: "no_account" }, settings)).toContain("No active Advocacy Desk account");
    expect(ssoMessage({ sso: "unverified" }, settings)).toContain("Example IdP did not confirm your e-mail address");
    expect(ssoMessage({ error: "OAuthCallbackError" }, settings)).toContain("Single sign-on did not complete");
    expect(ssoMessage({}, settings)).toBeUndefined();
  });
});
