import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign } from "@/lib/campaigns/queries";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "campaign.write")) notFound();
  const c = await getCampaign(user, id).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
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
      />
    </>
  );
}
