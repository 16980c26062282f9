import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateCampaignAction } from "@/app/(app)/campaigns/actions";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign } from "@/lib/campaigns/queries";
import { isUuid } from "@/lib/ids";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "campaign.write")) notFound();
  const c = await orNotFound(getCampaign(user, id));
  if (c.status === "archived") notFound();
  return (
    <>
      <PageHeader title={`Edit “${c.name}”`} />
      <CampaignForm
        campaign={{
          id: c.id,
          version: c.version,
          values: { name: c.name, summary: c.summary, description: c.description, status: c.status, startsOn: c.startsOn ?? "", endsOn: c.endsOn ?? "" },
        }}
        action={updateCampaignAction}
      />
    </>
  );
}
