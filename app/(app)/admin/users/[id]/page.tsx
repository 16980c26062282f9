import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { changeRoleAction, deactivateUserAction, reactivateUserAction, resetPasswordAction } from "@/app/(app)/admin/users/actions";
import { resetTwoFactorAction } from "@/app/(app)/admin/security/actions";
import { ResetTwoFactorButton } from "@/components/auth/reset-two-factor-button";
import { PageHeader } from "@/components/ui/page-header";
import { RoleBadge, UserStatusBadge } from "@/components/users/badges";
import { ChangeRoleForm, ResetPasswordForm } from "@/components/users/account-forms-deferred";
import { UserStatusButton } from "@/components/users/user-status-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { twoFactorOf } from "@/lib/auth/two-factor";
import { formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { pageUser } from "@/lib/page-records";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageUser((await params).id);
  return { title: `User: ${r.name}` };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "user.manage")) notFound();
  const target = await pageUser(id);
  const [locale, twoFactor] = await Promise.all([getLocale(), twoFactorOf(user, target.id)]);
  const self = target.id === user.id;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader
        title={self ? `${target.name} (you)` : target.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all">{target.email}</span>
            <RoleBadge role={target.role} />
            <UserStatusBadge active={target.active} />
          </span>
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-6 md:col-span-2">
          <section aria-labelledby="role-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="role-heading" className="mb-3 text-base font-semibold text-slate-900">
              Role
            </h2>
            <ChangeRoleForm
              id={target.id}
              version={target.version}
              role={target.role}
              disabledReason={self ? "You cannot change your own role; ask another admin." : undefined}
              action={changeRoleAction}
            />
          </section>
          <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="password-heading" className="mb-3 text-base font-semibold text-slate-900">
              Password
            </h2>
            {self ? (
              <p className="text-sm text-slate-700">
                To change your own password, use{" "}
                <Link href="/account/password" className="text-blue-800 underline">
                  Change password
                </Link>
                .
              </p>
            ) : (
              <ResetPasswordForm id={target.id} version={target.version} action={resetPasswordAction} />
            )}
          </section>
          <section aria-labelledby="two-factor-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="two-factor-heading" className="mb-3 text-base font-semibold text-slate-900">
              Two-factor sign-in
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              {twoFactor.enrolledAt
                ? `Set up ${formatDateTime(twoFactor.enrolledAt, locale)}.`
                : twoFactor.required
                  ? "Not set up yet: required for this role, so it is asked for at the next sign-in."
                  : "Not set up (not required for this role)."}
            </p>
            {twoFactor.enrolledAt && <ResetTwoFactorButton id={target.id} name={target.name} action={resetTwoFactorAction} />}
          </section>
          <section aria-labelledby="access-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="access-heading" className="mb-3 text-base font-semibold text-slate-900">
              Access
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              {target.active
                ? "A deactivated user cannot sign in and is signed out everywhere at once. Nothing they recorded is deleted."
                : "This account is deactivated: the person cannot sign in."}
            </p>
            <UserStatusButton
              id={target.id}
              version={target.version}
              name={target.name}
              active={target.active}
              disabledReason={self ? "You cannot deactivate your own account." : undefined}
              actions={{ deactivate: deactivateUserAction, reactivate: reactivateUserAction }}
            />
          </section>
        </div>
        <aside aria-label="Details" className="h-fit rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <dl className="space-y-3">
            <div>
              <dt className="text-slate-600">Last sign-in</dt>
              <dd>{target.lastSignInAt ? formatDateTime(target.lastSignInAt, locale) : "Never"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Open sessions</dt>
              <dd>{target.openSessions}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Password</dt>
              <dd>
                {target.mustChangePassword ? "Temporary: must be changed at next sign-in" : "Chosen by the user"}
                {target.passwordChangedAt && <span className="block text-slate-600">changed {formatDateTime(target.passwordChangedAt, locale)}</span>}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Created</dt>
              <dd>{formatDateTime(target.createdAt, locale)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Last updated</dt>
              <dd>{formatDateTime(target.updatedAt, locale)}</dd>
            </div>
            {can(user.role, "audit.read") && (
              <div>
                <dt className="text-slate-600">History</dt>
                <dd>
                  <Link href={`/admin/audit?entity=user&entityId=${target.id}`} className="block text-blue-800 underline">
                    Changes to this account
                  </Link>
                  <Link href={`/admin/audit?actor=${target.id}`} className="block text-blue-800 underline">
                    Changes made by this user
                  </Link>
                </dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </>
  );
}
