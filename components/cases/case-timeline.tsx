import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { caseStatusLabels, type CaseStatus } from "@/lib/cases/schema";
import type { CaseTimelineEntry, CaseTimelineKind } from "@/lib/cases/timeline";
import { formatDate, formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/url";

const kinds: Record<CaseTimelineKind, { label: string; tone: Tone }> = {
  status: { label: "Status", tone: "slate" },
  appeal: { label: "Appeal", tone: "blue" },
  appeal_dispatch: { label: "Appeal sent", tone: "amber" },
  appeal_reply: { label: "Reply to appeal", tone: "green" },
  letter: { label: "Letter", tone: "blue" },
  letter_signed: { label: "Signed letter", tone: "green" },
  letter_dispatched: { label: "Letter sent", tone: "amber" },
  letter_reply: { label: "Reply to letter", tone: "green" },
  event: { label: "Event", tone: "blue" },
};

// Enum values arrive as stored ("urgent_appeal · draft"): readable without a table per domain.
const readable = (text: string) => text.replace(/_/g, " ");
const enumDetail = new Set<CaseTimelineKind>(["appeal", "letter", "event"]);

type Props = { caseId: string; entries: CaseTimelineEntry[]; total: number; page: number; pageSize: number; params: SearchParams; locale: string };

export function CaseTimeline({ caseId, entries, total, page, pageSize, params, locale }: Props) {
  if (total === 0) return <EmptyState title="Nothing on the timeline yet." />;
  return (
    <>
      <ol className="space-y-3" aria-label="Timeline entries">
        {entries.map((e) => {
          const title = e.kind === "status" ? `Status: ${caseStatusLabels[e.title as CaseStatus] ?? e.title}` : e.title;
          return (
            <li key={e.key} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={kinds[e.kind].tone}>{kinds[e.kind].label}</Badge>
                <time dateTime={e.at.toISOString()} className="text-slate-600">
                  {e.dateOnly ? formatDate(e.at.toISOString().slice(0, 10), locale) : formatDateTime(e.at, locale)}
                </time>
              </div>
              <p className="mt-1 font-medium text-slate-900">
                {e.href ? (
                  <Link href={e.href} className="text-blue-800 hover:underline">
                    {title}
                  </Link>
                ) : (
                  title
                )}
              </p>
              {e.detail && <p className="mt-1 whitespace-pre-wrap text-slate-700">{enumDetail.has(e.kind) ? readable(e.detail) : e.detail}</p>}
            </li>
          );
        })}
      </ol>
      <Pagination path={`/cases/${caseId}`} params={params} page={page} pageSize={pageSize} total={total} noun="entries" />
    </>
  );
}
