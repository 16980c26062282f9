import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TwoFactorEnrol } from "@/components/auth/two-factor-enrol";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { startEnrolment, twoFactorStatus } from "@/lib/auth/two-factor";
import { confirmAccountEnrolmentAction } from "./actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

export default async function AccountTwoFactorPage() {
  const user = await requirePageUser();
  if ((await twoFactorStatus(user)).enrolledAt) redirect("/account");
  const enrolment = await startEnrolment(user);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/account" className="text-blue-800 hover:underline">
          ← Account
        </Link>
      </p>
      <PageHeader title="Set up two-factor sign-in" description="After your password, you will also enter a code from an app on your phone." />
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-4">
        <TwoFactorEnrol qrDataUrl={enrolment.qrDataUrl} secret={enrolment.secret} confirm={confirmAccountEnrolmentAction} continueHref="/account" />
      </div>
    </>
  );
}
