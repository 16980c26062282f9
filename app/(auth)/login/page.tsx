import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButton, SsoNotice } from "@/components/auth/sso-button";
import { getCurrentUser, getSessionState } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/schema";
import { signInAction, ssoSignInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; sso?: string; error?: string }> }) {
  const { callbackUrl, sso, error } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallback(callbackUrl));
  // Password given, code still owed: continue there rather than asking for the password again.
  if ((await getSessionState())?.needs) redirect(`/login/two-factor?callbackUrl=${encodeURIComponent(safeCallback(callbackUrl))}`);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold text-slate-900">Advocacy Desk</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">Sign in with your work account.</p>
        <SsoNotice sso={sso} error={error} />
        <LoginForm callbackUrl={callbackUrl} action={signInAction} />
        <SsoButton callbackUrl={callbackUrl} action={ssoSignInAction} />
      </div>
    </main>
  );
}
