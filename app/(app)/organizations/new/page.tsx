import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createOrganizationAction } from "@/app/(app)/organizations/actions";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  return (
    <>
      <PageHeader title="New organization" />
      <OrganizationForm action={createOrganizationAction} />
    </>
  );
}
