import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { appealStatusLabels, appealTypeLabels, type AppealStatus, type AppealType } from "@/lib/appeals/schema";
import type { CampaignTimelineEntry, CampaignTimelineKind } from "@/lib/campaigns/overview";
import { caseStatusLabels, type CaseStatus } from "@/lib/cases/schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { letterKindLabels, type LetterKind } from "@/lib/letters/schema";
import type { SearchParams } from "@/lib/url";

const kinds: Record<CampaignTimelineKind, { label: string; tone: Tone }> = {
  appeal_created: { label: "Appeal drafted", tone: "blue" },
  appeal_sent: { label: "Appeal sent", tone: "amber" },
  letter_created: { label: "Letter started", tone: "blue" },
  letter_signed: { label: "Signatures", tone: "green" },
  event: { label: "Event", tone: "blue" },
  case_status: { label: "Case status", tone: "slate" },
};

/** The stored enum values in words. */
function detailOf(e: CampaignTimelineEntry): string | null {
  if (!e.detail) return null;
  switch (e.kind) {
    case "appeal_created":
      return appealTypeLabels[e.detail as AppealType] ?? e.detail;
    case "appeal_sent":
      return `Now: ${appealStatusLabels[e.detail as AppealStatus] ?? e.detail}`;
    case "letter_created":
      return letterKindLabels[e.detail as LetterKind] ?? e.detail;
    case "case_status":
      return caseStatusLabels[e.detail as CaseStatus] ?? e.detail;
    case "event":
      return e.detail.replace(/_/g, " ");
    default:
      return e.detail;
  }
}

type Props = { campaignId: string; entries: CampaignTimelineEntry[]; total: number; page: number; pageSize: number; params: SearchParams; locale: string };

export function CampaignTimeline({ campaignId, entries, total, page, pageSize, params, locale }: Props) {
  if (total === 0) return <EmptyState title="Nothing on the timeline yet." />;
  return (
    <>
      <ol className="space-y-3" aria-label="Timeline entries">
        {entries.map((e) => (
          <li key={e.key} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={kinds[e.kind].tone}>{kinds[e.kind].label}</Badge>
              <time dateTime={e.at.toISOString()} className="text-slate-600">
                {e.dateOnly ? formatDate(e.at.toISOString().slice(0, 10), locale) : formatDateTime(e.at, locale)}
              </time>
            </div>
            <p className="mt-1 font-medium text-slate-900">
              <Link href={e.href} className="text-blue-800 hover:underline">
                {e.title}
              </Link>
            </p>
            {detailOf(e) && <p className="mt-1 text-slate-700">{detailOf(e)}</p>}
          </li>
        ))}
      </ol>
      <Pagination path={`/campaigns/${campaignId}`} params={params} page={page} pageSize={pageSize} total={total} noun="entries" />
    </>
  );
}
