import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { changeOwnPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ passwordChangePage: true });
  return (
    <>
      <PageHeader title="Change password" description={`Signed in as ${user.email}.`} />
      {user.mustChangePassword && (
        <div role="note" className="mb-6 max-w-md rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          You are using a temporary password set by an admin. Choose your own password now.
        </div>
      )}
      <ChangePasswordForm action={changeOwnPasswordAction} />
    </>
  );
}
