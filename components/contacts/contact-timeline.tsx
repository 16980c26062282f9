import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { TimelineEntry, TimelineKind } from "@/lib/contacts/timeline";
import { formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/url";

const kinds: Record<TimelineKind, { label: string; tone: Tone }> = {
  activity_meeting: { label: "Meeting", tone: "blue" },
  activity_call: { label: "Call", tone: "blue" },
  activity_email: { label: "E-mail", tone: "blue" },
  activity_note: { label: "Note", tone: "slate" },
  appeal_dispatch: { label: "Appeal sent", tone: "amber" },
  appeal_reply: { label: "Reply to appeal", tone: "green" },
  letter_asked: { label: "Asked to sign", tone: "amber" },
  letter_followed_up: { label: "Followed up", tone: "amber" },
  letter_responded: { label: "Responded to letter", tone: "green" },
  letter_signed: { label: "Signed letter", tone: "green" },
  invitation_invited: { label: "Invited", tone: "amber" },
  invitation_answered: { label: "Answered invitation", tone: "green" },
  invitation_attended: { label: "Attended", tone: "green" },
  event_co_host: { label: "Co-hosted", tone: "green" },
  event_speaker: { label: "Spoke", tone: "green" },
  event_moderator: { label: "Moderated", tone: "green" },
};

type Props = {
  contactId: string;
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
  params: SearchParams;
  locale: string;
};

export function ContactTimeline({ contactId, entries, total, page, pageSize, params, locale }: Props) {
  if (total === 0) return <EmptyState title="Nothing on the timeline yet." />;
  return (
    <>
      <ol className="space-y-3" aria-label="Timeline entries">
        {entries.map((e) => (
          <li key={e.key} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={kinds[e.kind].tone}>{kinds[e.kind].label}</Badge>
              <time dateTime={e.at.toISOString()} className="text-slate-600">
                {formatDateTime(e.at, locale)}
              </time>
              {e.author && <span className="text-slate-600">by {e.author}</span>}
            </div>
            <p className="mt-1 font-medium text-slate-900">
              {e.href ? (
                <Link href={e.href} className="text-blue-800 hover:underline">
                  {e.title}
                </Link>
              ) : (
                e.title
              )}
            </p>
            {e.detail && <p className="mt-1 whitespace-pre-wrap text-slate-700">{e.detail}</p>}
          </li>
        ))}
      </ol>
      <Pagination path={`/contacts/${contactId}`} params={params} page={page} pageSize={pageSize} total={total} noun="entries" />
    </>
  );
}
