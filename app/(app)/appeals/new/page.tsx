import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createAppealAction } from "@/app/(app)/appeals/actions";
import { AppealForm } from "@/components/appeals/appeal-form";
import { PageHeader } from "@/components/ui/page-header";
import { appealFormOptions } from "@/lib/appeals/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "New appeal" };

export default async function NewAppealPage() {
  const user = await requirePageUser();
  if (!can(user.role, "appeal.write")) notFound();
  const options = await appealFormOptions(user);
  return (
    <>
      <PageHeader title="New appeal" description="Drafted here, reviewed by a manager, then sent to each recipient personalized." />
      <AppealForm campaigns={options.campaigns} cases={options.cases} recipients={[]} action={createAppealAction} />
    </>
  );
}
