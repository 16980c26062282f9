import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createCampaignAction } from "@/app/(app)/campaigns/actions";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const user = await requirePageUser();
  if (!can(user.role, "campaign.write")) notFound();
  return (
    <>
      <PageHeader title="New campaign" />
      <CampaignForm action={createCampaignAction} />
    </>
  );
}
