import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveCampaignButton } from "@/components/campaigns/archive-button";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign } from "@/lib/campaigns/queries";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { isUuid } from "@/lib/ids";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const campaign = await getCampaign(user, id).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  const locale = await getLocale();
  const archived = campaign.status === "archived";
  const mayEdit = can(user.role, "campaign.write");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/campaigns" className="text-blue-800 hover:underline">
          ← Campaigns
        </Link>
      </p>
      <PageHeader
        title={campaign.name}
        description={<CampaignStatusBadge status={campaign.status} />}
        actions={
          mayEdit && (
            <>
              {!archived && (
                <Button asChild variant="secondary">
                  <Link href={`/campaigns/${campaign.id}/edit`}>Edit</Link>
                </Button>
              )}
              <ArchiveCampaignButton id={campaign.id} version={campaign.version} name={campaign.name} archived={archived} />
            </>
          )
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <section className="space-y-4 md:col-span-2" aria-labelledby="about">
          <h2 id="about" className="sr-only">
            About
          </h2>
          {campaign.summary && <p className="text-lg text-slate-800">{campaign.summary}</p>}
          {campaign.description ? (
            <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm leading-6 text-slate-800">
              {campaign.description}
            </div>
          ) : (
            <p className="text-sm text-slate-600">No description yet.</p>
          )}
        </section>
        <aside aria-label="Details" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <dl className="space-y-3">
            <div>
              <dt className="text-slate-600">Dates</dt>
              <dd>
                {formatDate(campaign.startsOn, locale)} – {formatDate(campaign.endsOn, locale)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Owner</dt>
              <dd>{campaign.ownerName ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Created</dt>
              <dd>
                {formatDateTime(campaign.createdAt, locale)}
                {campaign.createdByName && ` by ${campaign.createdByName}`}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Last updated</dt>
              <dd>{formatDateTime(campaign.updatedAt, locale)}</dd>
            </div>
            {campaign.archivedAt && (
              <div>
                <dt className="text-slate-600">Archived</dt>
                <dd>{formatDateTime(campaign.archivedAt, locale)}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </>
  );
}
