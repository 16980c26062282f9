import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateFollowUpList, MarkNoShows } from "@/components/invitations/after-actions";
import { EventContext, EventTabs } from "@/components/invitations/event-heading";
import { InvitationFunnel } from "@/components/invitations/funnel";
import { ReportForm } from "@/components/invitations/report-form-deferred";
import { Markdown } from "@/components/letters/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { unmarkedNoShows } from "@/lib/invitations/report";
import { pageInvitationEvent } from "@/lib/page-records";
import { createFollowUpListAction, markNoShowsAction, saveReportAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageInvitationEvent((await params).id);
  return { title: `Report: ${r.title}` };
}

/** After the event: the short report, the no-shows and the follow-up list. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const event = await pageInvitationEvent(id);
  const unmarked = await unmarkedNoShows(user, id);
  const mayWrite = can(user.role, "event.write");

  return (
    <>
      <EventContext event={event} />
      <PageHeader title="Report" />
      <EventTabs eventId={id} current="report" />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="report-heading" className="space-y-3 lg:col-span-2">
          <h2 id="report-heading" className="text-lg font-semibold text-slate-900">
            Short report
          </h2>
          {mayWrite ? (
            <ReportForm eventId={id} version={event.version} report={event.report ?? ""} action={saveReportAction} />
          ) : event.report ? (
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <Markdown>{event.report}</Markdown>
            </div>
          ) : (
            <p className="text-sm text-slate-600">No report yet.</p>
          )}
        </section>
        <div className="space-y-6">
          <InvitationFunnel eventId={id} />
          {mayWrite && (
            <section aria-labelledby="follow-up-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="follow-up-heading" className="text-lg font-semibold text-slate-900">
                Follow-up
              </h2>
              <MarkNoShows eventId={id} count={unmarked} started={event.started} action={markNoShowsAction} />
              <CreateFollowUpList eventId={id} action={createFollowUpListAction} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
