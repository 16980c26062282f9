import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(app)/actions";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorEnrol } from "@/components/auth/two-factor-enrol";
import { Button } from "@/components/ui/button";
import { getSessionState } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/schema";
import { startEnrolment } from "@/lib/auth/two-factor";
import { confirmEnrolmentAction } from "../actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (state.needs !== "enrol") redirect(`/login/two-factor?callbackUrl=${encodeURIComponent(safeCallback(callbackUrl))}`);
  const enrolment = await startEnrolment(state.user);
  return (
    <AuthCard
      title="Set up two-factor sign-in"
      description={`Your role requires a second factor. Signed in as ${state.user.email}: set it up now to continue.`}
      wide
    >
      <TwoFactorEnrol qrDataUrl={enrolment.qrDataUrl} secret={enrolment.secret} confirm={confirmEnrolmentAction} continueHref={safeCallback(callbackUrl)} />
      <form action={signOutAction} className="mt-6">
        <Button type="submit" variant="secondary">
          Cancel and sign out
        </Button>
      </form>
    </AuthCard>
  );
}
