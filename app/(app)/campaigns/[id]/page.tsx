import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { archiveCampaignAction, restoreCampaignAction } from "@/app/(app)/campaigns/actions";
import { ArchiveCampaignButton } from "@/components/campaigns/archive-button";
import { CampaignRecords } from "@/components/campaigns/campaign-records";
import { CampaignTimeline } from "@/components/campaigns/campaign-timeline";
import { GoalsPanel } from "@/components/campaigns/goals-panel";
import { TeamPanel } from "@/components/campaigns/team-panel";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listGoals } from "@/lib/campaigns/goals";
import { campaignRecords, campaignTimeline } from "@/lib/campaigns/overview";
import { listTeam, teamCandidates } from "@/lib/campaigns/team";
import { campaignPageSchema } from "@/lib/campaigns/work-schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { isUuid } from "@/lib/ids";
import { pageCampaign } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";
import { addMemberAction, createGoalAction, deleteGoalAction, removeMemberAction, updateGoalAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageCampaign((await params).id);
  return { title: `Campaign: ${r.name}` };
}

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const { page } = campaignPageSchema.parse(raw);
  const campaign = await pageCampaign(id);
  const archived = campaign.status === "archived";
  const mayEdit = can(user.role, "campaign.write");
  // An archived campaign is read-only: its goals and team too.
  const mayChange = mayEdit && !archived;
  const [locale, goals, records, timeline, team, candidates] = await Promise.all([
    getLocale(),
    listGoals(user, id),
    campaignRecords(user, id),
    campaignTimeline(user, id, page),
    listTeam(user, id),
    mayChange ? teamCandidates(user, id) : [],
  ]);

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
              <ArchiveCampaignButton id={campaign.id} version={campaign.version} name={campaign.name} archived={archived} actions={{ archive: archiveCampaignAction, restore: restoreCampaignAction }} />
            </>
          )
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-8 md:col-span-2">
          <section className="space-y-4" aria-labelledby="about">
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
          <section aria-labelledby="goals">
            <h2 id="goals" className="mb-3 text-base font-semibold text-slate-900">
              Goals
            </h2>
            <GoalsPanel
              campaignId={campaign.id}
              goals={goals.map((g) => ({ ...g, due: g.dueOn && formatDate(g.dueOn, locale) }))}
              mayEdit={mayChange}
              actions={{ create: createGoalAction, update: updateGoalAction, delete: deleteGoalAction }}
            />
          </section>
          <section aria-labelledby="records">
            <h2 id="records" className="mb-3 text-base font-semibold text-slate-900">
              Cases, appeals, letters and events
            </h2>
            <CampaignRecords campaignId={campaign.id} records={records} locale={locale} />
          </section>
          <section aria-labelledby="timeline">
            <h2 id="timeline" className="mb-1 text-base font-semibold text-slate-900">
              Timeline
            </h2>
            <p className="mb-3 text-sm text-slate-600">Appeals drafted and sent, signatures, events and the status changes of the campaign&apos;s cases.</p>
            <CampaignTimeline campaignId={campaign.id} {...timeline} params={raw} locale={locale} />
          </section>
        </div>
        <div className="space-y-4">
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
          <section aria-labelledby="team" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="team" className="mb-3 text-base font-semibold text-slate-900">
              Team
            </h2>
            <TeamPanel campaignId={campaign.id} members={team} candidates={candidates} mayEdit={mayChange} actions={{ add: addMemberAction, remove: removeMemberAction }} />
          </section>
        </div>
      </div>
    </>
  );
}
