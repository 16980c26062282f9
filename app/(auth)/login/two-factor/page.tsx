import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(app)/actions";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorCodeForm } from "@/components/auth/two-factor-code-form";
import { Button } from "@/components/ui/button";
import { getSessionState } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/schema";
import { verifyCodeAction } from "./actions";

export const metadata: Metadata = { title: "Authentication code" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (!state.needs) redirect(safeCallback(callbackUrl));
  if (state.needs === "enrol") redirect(`/login/two-factor/enrol?callbackUrl=${encodeURIComponent(safeCallback(callbackUrl))}`);
  return (
    <AuthCard title="Two-factor sign-in" description={`Signed in as ${state.user.email}. Open your authenticator app and enter the code it shows for Advocacy Desk.`}>
      <TwoFactorCodeForm callbackUrl={callbackUrl} action={verifyCodeAction} />
      <p className="mt-4 text-sm text-slate-600">Lost your phone? Enter one of your recovery codes instead, or ask an admin to reset your second factor.</p>
      <form action={signOutAction} className="mt-4">
        <Button type="submit" variant="secondary" className="w-full">
          Cancel and sign out
        </Button>
      </form>
    </AuthCard>
  );
}
