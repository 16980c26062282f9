"use server";

import { AuthError as AuthJsError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallback, signInSchema } from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/action";

// Sign-in is the one action without a session user: the credentials themselves are what
// lib/auth (authorize in lib/auth/auth.ts) checks, with the shared attempt counter.
export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Enter your e-mail address and password." };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallback(callbackUrl) });
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
