import type { Metadata } from "next";
import { WorkItem, WorkSection } from "@/components/my-work/work-section";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { appealTypeLabels } from "@/lib/appeals/schema";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { formatDate, formatDateTime } from "@/lib/format";
import { incomingStatusLabels } from "@/lib/incoming/schema";
import { answerLabels } from "@/lib/invitations/schema";
import { getLocale } from "@/lib/locale";
import { getMyWork, RSVP_DAYS } from "@/lib/my-work/queries";

export const metadata: Metadata = { title: "My work" };

const DAY = 24 * 3600 * 1000;

/** "waiting 3 days", from the submission to now. */
function waiting(since: Date | null, now: Date): string {
  if (!since) return "waiting";
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  if (days < 1) return "waiting since today";
  return `waiting ${days} ${days === 1 ? "day" : "days"}`;
}

export default async function MyWorkPage() {
  const user = await requirePageUser();
  const [work, locale] = await readTogether(user, () => Promise.all([getMyWork(user), getLocale()]));
  const { drafts, returned, approved, approvals, tasks, rsvps, incoming, now } = work;

  return (
    <>
      <PageHeader title="My work" description="What is waiting for you: your appeals, approvals, event tasks, answers from guests and requests for help." />
      <div className="grid gap-4 lg:grid-cols-2">
        <WorkSection id="returned" title="Returned to you" total={returned.total} href="/appeals?owner=mine&status=draft" hrefLabel="Your drafts" empty="No appeal has been returned to you.">
          {returned.rows.map((a) => (
            <WorkItem key={a.id} href={`/appeals/${a.id}`} title={a.title}>
              <Badge tone="amber">Returned to you</Badge> {formatDateTime(a.returnedAt, locale)}
              {a.reviewerName && ` by ${a.reviewerName}`}
              {a.comment && <p className="mt-1 text-sm text-slate-800">“{a.comment}”</p>}
            </WorkItem>
          ))}
        </WorkSection>
        <WorkSection
          id="approved"
          title="Approved — ready to send"
          total={approved.total}
          href="/appeals?owner=mine&status=approved"
          hrefLabel="All your approved appeals"
          empty="None of your appeals is approved and waiting to be sent."
        >
          {approved.rows.map((a) => (
            <WorkItem key={a.id} href={`/appeals/${a.id}`} title={a.title}>
              <Badge tone="green">Approved — ready to send</Badge>
              {a.approvedAt && ` ${formatDateTime(a.approvedAt, locale)}`}
              {a.reviewerName && ` by ${a.reviewerName}`}
            </WorkItem>
          ))}
        </WorkSection>
        <WorkSection id="drafts" title="Your drafts" total={drafts.total} href="/appeals?owner=mine&status=draft" hrefLabel="All your drafts" empty="You have no appeal in draft.">
          {drafts.rows.map((a) => (
            <WorkItem key={a.id} href={`/appeals/${a.id}`} title={a.title}>
              {appealTypeLabels[a.type]} · changed {formatDateTime(a.updatedAt, locale)}
            </WorkItem>
          ))}
        </WorkSection>
        {approvals && (
          <WorkSection id="approvals" title="Approvals waiting" total={approvals.total} href="/appeals?status=in_review" hrefLabel="All appeals in review" empty="No appeal is waiting for approval.">
            {approvals.rows.map((a) => (
              <WorkItem key={a.id} href={`/appeals/${a.id}`} title={a.title}>
                {a.ownerName ? `From ${a.ownerName}, ` : ""}
                {waiting(a.submittedAt, now)}
                {a.submittedAt && ` (submitted ${formatDate(a.submittedAt, locale)})`}
              </WorkItem>
            ))}
          </WorkSection>
        )}
        <WorkSection id="tasks" title="Overdue event tasks" total={tasks.total} href="/events/tasks" hrefLabel="All your tasks" empty="None of your event tasks is overdue.">
          {tasks.rows.map((t) => (
            <WorkItem key={t.id} href={`/events/${t.eventId}`} title={t.title}>
              {t.eventTitle} · due {formatDate(t.dueOn, locale)} <Badge tone="red">Overdue</Badge>
            </WorkItem>
          ))}
        </WorkSection>
        <WorkSection
          id="rsvps"
          title={`Answers from guests (last ${RSVP_DAYS} days)`}
          total={rsvps.total}
          href="/events?when=upcoming"
          hrefLabel="Events"
          empty="No guest has answered an invitation to your events lately."
        >
          {rsvps.rows.map((r) => (
            <WorkItem key={r.id} href={`/events/${r.eventId}/invitations`} title={`${r.guestName}: ${answerLabels[r.answer]}`}>
              {r.eventTitle} · {formatDateTime(r.answeredAt, locale)}
            </WorkItem>
          ))}
        </WorkSection>
        {incoming && (
          <WorkSection
            id="incoming"
            title="Requests for help assigned to you"
            total={incoming.total}
            href="/incoming?assigned=me&status=open"
            hrefLabel="All assigned to you"
            empty="No open request for help is assigned to you."
          >
            {incoming.rows.map((r) => (
              <WorkItem key={r.id} href={`/incoming/${r.id}`} title={r.senderName}>
                {incomingStatusLabels[r.status]} · received {formatDate(r.receivedOn, locale)}
                {r.dueOn && ` · due ${formatDate(r.dueOn, locale)}`}
                {r.requestSummary && <p className="mt-1 text-sm text-slate-800">{r.requestSummary}</p>}
              </WorkItem>
            ))}
          </WorkSection>
        )}
      </div>
    </>
  );
}
