import type { Metadata } from "next";
import Link from "next/link";
import { OwnTwoFactor } from "@/components/auth/own-two-factor";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/policy";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { disableTwoFactorAction, regenerateRecoveryCodesAction } from "./two-factor/actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  const [status, locale] = await Promise.all([twoFactorStatus(user), getLocale()]);
  return (
    <>
      <PageHeader title="Account" description={`${user.name} · ${user.email} · ${roleLabels[user.role]}`} />
      <div className="max-w-xl space-y-6">
        <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="password-heading" className="mb-3 text-base font-semibold text-slate-900">
            Password
          </h2>
          <Link href="/account/password" className="text-sm text-blue-800 underline">
            Change password
          </Link>
        </section>
        <section aria-labelledby="two-factor-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="two-factor-heading" className="mb-3 text-base font-semibold text-slate-900">
            Two-factor sign-in
          </h2>
          {status.enrolledAt ? (
            <>
              <p className="mb-3 text-sm text-slate-700">
                On since {formatDateTime(status.enrolledAt, locale)}. {status.recoveryCodesLeft} of 10 recovery codes left.
                {status.required && " Your role requires it."}
              </p>
              <OwnTwoFactor canDisable={!status.required} actions={{ regenerate: regenerateRecoveryCodesAction, disable: disableTwoFactorAction }} />
            </>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">
                Off. With it on, a stolen password alone is not enough to sign in as you: you also enter a code from an app on your phone.
              </p>
              <Button asChild>
                <Link href="/account/two-factor">Set up two-factor sign-in</Link>
              </Button>
            </>
          )}
        </section>
      </div>
    </>
  );
}
