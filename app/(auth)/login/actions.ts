"use server";

import { AuthError as AuthJsError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc";
import { safeCallback, signInSchema } from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/action";

// Sign-in is the one action without a session user: the credentials themselves are what
// lib/auth (authorize in lib/auth/auth.ts) checks, with the shared attempt counter.
export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Enter your e-mail address and password." };
  const { email, password, callbackUrl } = parsed.data;
  try {
    // Through the code step, which sends on at once when no second factor is owed.
    const next = `/login/two-factor?callbackUrl=${encodeURIComponent(safeCallback(callbackUrl))}`;
    await signIn("credentials", { email, password, redirectTo: next });
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        ok: false,
        formError:
          error.code === "locked"
            ? "Too many failed attempts for this account. Sign-in is paused for 15 minutes; try again later or ask an admin."
            : "The e-mail address or password is incorrect.",
      };
    }
    if (error instanceof AuthJsError) return { ok: false, formError: "Sign-in failed. Please try again." };
    throw error; // the redirect after a successful sign-in
  }
}

/**
 * Starts a single sign-on: Auth.js sets its state, PKCE and nonce cookies and the browser goes on
 * to the identity provider. A server action rather than a form posting to /api/auth: the
 * Content-Security-Policy's form-action 'self' would block that form's redirect to another site.
 */
export async function ssoSignInAction(input: unknown): Promise<void> {
  if (!oidcSettings()) redirect("/login");
  const callbackUrl = input instanceof FormData ? input.get("callbackUrl") : undefined;
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallback(typeof callbackUrl === "string" ? callbackUrl : undefined) });
  } catch (error) {
    // Discovery failed: the identity provider is down or misconfigured.
    if (error instanceof AuthJsError) {
      console.error("[auth] single sign-on could not start:", error.message);
      redirect("/login?sso=unavailable");
    }
    throw error; // the redirect to the identity provider
  }
}
