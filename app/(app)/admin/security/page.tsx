import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SecuritySettingsForm } from "@/components/auth/security-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getSecuritySettings } from "@/lib/auth/two-factor";
import { updateSecuritySettingsAction } from "./actions";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const user = await requirePageUser();
  if (!can(user.role, "user.manage")) notFound();
  const settings = await getSecuritySettings(user);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader title="Security" description="Sign-in rules for everyone." />
      <section aria-labelledby="two-factor-heading" className="max-w-xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="two-factor-heading" className="mb-1 text-base font-semibold text-slate-900">
          Two-factor sign-in
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Users with a checked role must enter a code from an authenticator app after their password. Those who have not set one up
          are taken to set it up at their next request. Sign-ins through single sign-on rely on the identity provider&apos;s own second
          factor. Anyone may turn it on for themselves from their account page.
        </p>
        <SecuritySettingsForm version={settings.version} twoFactorRoles={settings.twoFactorRoles} action={updateSecuritySettingsAction} />
      </section>
    </>
  );
}
