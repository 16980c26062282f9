import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createCaseAction } from "@/app/(app)/cases/actions";
import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { campaignOptions } from "@/lib/cases/queries";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  const user = await requirePageUser();
  if (!can(user.role, "case.write")) notFound();
  const campaigns = await campaignOptions(user);
  return (
    <>
      <PageHeader title="New case" />
      <CaseForm campaigns={campaigns.filter((c) => c.status !== "archived")} mayRestrict={can(user.role, "case.restrict")} action={createCaseAction} />
    </>
  );
}
