import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { decideIncomingAction, findCasesAction, reopenIncomingAction, startReviewAction, updateIncomingAction } from "@/app/(app)/incoming/actions";
import { AssignmentForm } from "@/components/incoming/assignment-form-deferred";
import { IncomingStatusBadge, OverdueBadge } from "@/components/incoming/status-badge";
import { TriagePanel } from "@/components/incoming/triage-panel";
import { PageHeader } from "@/components/ui/page-header";
import { auditRead } from "@/lib/audit/read";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { formatDate, formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { assignableUsers, INCOMING_CAPABILITY } from "@/lib/incoming/queries";
import { incomingChannelLabels } from "@/lib/incoming/schema";
import { getLocale } from "@/lib/locale";
import { pageIncoming } from "@/lib/page-records";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageIncoming((await params).id);
  return { title: `Incoming appeal: ${r.senderName}` };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function IncomingAppealPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  // Requests from people at risk: officers, managers and admins only (lib/incoming/queries.ts).
  if (!can(user.role, INCOMING_CAPABILITY)) notFound();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const appeal = await pageIncoming(id);
  // Opening a request for help is audited (once it was found, beside the page's other queries).
  const [officers, locale] = await Promise.all([
    assignableUsers(user),
    getLocale(),
    auditRead(user, { action: "view", entity: "incoming_appeal", entityId: appeal.id, summary: "Opened the request for help" }),
  ]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/incoming" className="text-blue-800 hover:underline">
          ← Incoming appeals
        </Link>
      </p>
      <PageHeader
        title={appeal.senderName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <IncomingStatusBadge status={appeal.status} />
            {appeal.overdue && <OverdueBadge />}
            <span>
              Received {formatDate(appeal.receivedOn, locale)} by {incomingChannelLabels[appeal.channel].toLowerCase()}
            </span>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section aria-labelledby="asked" className="space-y-2">
            <h2 id="asked" className="text-lg font-semibold text-slate-900">
              What is asked
            </h2>
            {appeal.requestSummary ? <p className="text-slate-800">{appeal.requestSummary}</p> : <p className="text-sm text-slate-600">Not summarized yet.</p>}
          </section>
          <section aria-labelledby="original" className="space-y-2">
            <h2 id="original" className="text-lg font-semibold text-slate-900">
              Original text
            </h2>
            <p className="text-xs text-slate-600">As received, never edited.</p>
            {/* Focusable so keyboard users can scroll a long appeal. */}
            <pre
              tabIndex={0}
              lang={appeal.language ?? undefined}
              aria-labelledby="original"
              className="max-h-[36rem] overflow-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4 font-mono text-sm leading-6 text-slate-800"
            >
              {appeal.originalText}
            </pre>
          </section>
        </div>
        <div className="space-y-6">
          <aside aria-label="Details" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <dl className="space-y-3">
              <Item label="Sender">
                {appeal.senderContactId && appeal.senderContactName ? (
                  <Link href={`/contacts/${appeal.senderContactId}`} className="text-blue-800 hover:underline">
                    {appeal.senderContactName}
                  </Link>
                ) : (
                  "No contact record"
                )}
              </Item>
              <Item label="Language">{appeal.language ?? "—"}</Item>
              <Item label="Assigned to">{appeal.assigneeName ?? "Nobody yet"}</Item>
              <Item label="Due">{formatDate(appeal.dueOn, locale)}</Item>
              {appeal.status === "accepted" && (
                <Item label="Accepted as case">
                  {appeal.caseId ? (
                    <Link href={`/cases/${appeal.caseId}`} className="font-medium text-blue-800 hover:underline">
                      {appeal.caseName}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Item>
              )}
              {appeal.referredTo && <Item label="Referred to">{appeal.referredTo}</Item>}
              {appeal.declineReason && <Item label="Reason for declining">{appeal.declineReason}</Item>}
              <Item label="Logged">
                {formatDateTime(appeal.createdAt, locale)}
                {appeal.createdByName && ` by ${appeal.createdByName}`}
              </Item>
              <Item label="Last updated">{formatDateTime(appeal.updatedAt, locale)}</Item>
            </dl>
          </aside>
          <section aria-labelledby="triage" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="triage" className="text-lg font-semibold text-slate-900">
              Triage
            </h2>
            <TriagePanel
              id={appeal.id}
              version={appeal.version}
              status={appeal.status}
              mayReopen={can(user.role, "appeal.approve")}
              mayRestrict={can(user.role, "case.restrict")}
              suggestedName={appeal.senderContactName ?? appeal.senderName}
              suggestedSummary={appeal.requestSummary}
              actions={{ startReview: startReviewAction, reopen: reopenIncomingAction, decide: decideIncomingAction, findCases: findCasesAction }}
            />
          </section>
          <section aria-labelledby="assignment" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="assignment" className="text-lg font-semibold text-slate-900">
              Assignment
            </h2>
            <AssignmentForm
              key={appeal.version}
              id={appeal.id}
              version={appeal.version}
              officers={officers}
              action={updateIncomingAction}
              values={{ assignedToId: appeal.assignedToId ?? "", dueOn: appeal.dueOn ?? "", requestSummary: appeal.requestSummary }}
            />
          </section>
        </div>
      </div>
    </>
  );
}
