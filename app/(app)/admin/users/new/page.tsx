import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  const user = await requirePageUser();
  if (!can(user.role, "user.manage")) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader title="New user" description="The person signs in with this e-mail address and the temporary password you set here." />
      <CreateUserForm action={createUserAction} />
    </>
  );
}
