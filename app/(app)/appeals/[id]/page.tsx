import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  addListRecipientsAction,
  addRecipientsAction,
  approveAppealAction,
  closeAppealAction,
  deleteAppealAction,
  logReplyAction,
  markSentAction,
  removeRecipientAction,
  returnAppealAction,
  submitAppealAction,
} from "@/app/(app)/appeals/actions";
import { SendByEmailButton } from "@/components/appeals/output/send-email-button";
import { RecipientsTable } from "@/components/appeals/recipients-table";
import { ReplyForm } from "@/components/appeals/reply-form";
import { ReviewHistory } from "@/components/appeals/review-history";
import { AppealStatusBadge } from "@/components/appeals/status-badge";
import { WorkflowActions } from "@/components/appeals/workflow-actions";
import { Markdown } from "@/components/letters/markdown";
import { Button } from "@/components/ui/button";
import { ContactPicker } from "@/components/ui/contact-picker";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import {
  findContactsForAppeal,
  getAppeal,
  listOptions,
  listRecipients,
  listReplies,
  listReviews,
  recipientChoices,
} from "@/lib/appeals/queries";
import { appealDetailSchema, appealTypeLabels, dispatchChannelLabels } from "@/lib/appeals/schema";
import { canTake, hasOutput, isEditable } from "@/lib/appeals/workflow";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { formatDate, formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { orNotFound } from "@/lib/pages";
import type { SearchParams } from "@/lib/url";
import { emailPlanAction, sendAppealByEmailAction } from "./email/actions";

export const metadata: Metadata = { title: "Appeal" };

export default async function AppealPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const detail = appealDetailSchema.parse(raw);
  const appeal = await orNotFound(getAppeal(user, id));
  const mayWrite = can(user.role, "appeal.write");
  const draft = isEditable(appeal.status);
  const mayAddRecipients = mayWrite && draft;
  const mayReply = mayWrite && canTake("reply", appeal.status);
  const [recipients, replies, reviews, lists, found, choices, locale] = await Promise.all([
    listRecipients(user, id, detail.page),
    listReplies(user, id),
    listReviews(user, id),
    mayAddRecipients ? listOptions(user) : [],
    mayAddRecipients ? findContactsForAppeal(user, id, detail.find) : [],
    mayReply ? recipientChoices(user, id) : [],
    getLocale(),
  ]);
  const date = (d: Date | string | null) => formatDate(d, locale);
  const dateTime = (d: Date) => formatDateTime(d, locale);
  const today = new Date().toISOString().slice(0, 10);
  const lastReview = reviews[0];
  const returned = draft && lastReview?.decision === "returned" ? lastReview : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/appeals" className="text-blue-800 hover:underline">
          ← Appeals
        </Link>
      </p>
      <PageHeader
        title={appeal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AppealStatusBadge status={appeal.status} /> {appealTypeLabels[appeal.type]}
          </span>
        }
        actions={
          <>
            {mayWrite && draft && (
              <Button asChild variant="secondary">
                <Link href={`/appeals/${appeal.id}/edit`}>Edit</Link>
              </Button>
            )}
            <Button asChild variant="secondary">
              <Link href={`/appeals/${appeal.id}/versions`}>Text versions</Link>
            </Button>
          </>
        }
      />
      {returned && (
        <section aria-labelledby="returned-heading" className="mb-6 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
          <h2 id="returned-heading" className="font-semibold text-amber-950">
            Returned for changes by {returned.reviewerName ?? "a reviewer"} on {dateTime(returned.createdAt)}
          </h2>
          <p className="mt-1 whitespace-pre-wrap text-sm text-amber-950" data-testid="returned-comment">
            {returned.comment}
          </p>
          {appeal.ownerId === user.id && <p className="mt-2 text-sm text-amber-950">Edit the appeal, then submit it for review again.</p>}
        </section>
      )}
      <div className="mb-8">
        <WorkflowActions
          id={appeal.id}
          version={appeal.version}
          status={appeal.status}
          title={appeal.title}
          may={{ write: mayWrite, approve: can(user.role, "appeal.approve"), delete: can(user.role, "delete") }}
          actions={{ submit: submitAppealAction, approve: approveAppealAction, return: returnAppealAction, close: closeAppealAction, delete: deleteAppealAction }}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="text-heading" className="space-y-2 lg:col-span-2">
          <h2 id="text-heading" className="text-lg font-semibold text-slate-900">
            Text
          </h2>
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm">
              <span className="font-medium">Subject:</span> {appeal.subject || "—"}
            </p>
            {appeal.bodyMarkdown ? <Markdown>{appeal.bodyMarkdown}</Markdown> : <p className="text-sm text-slate-600">No text yet.</p>}
          </div>
          <p className="text-xs text-slate-600">Merge fields such as {"{{salutation}}"} are filled in for each recipient.</p>
        </section>
        <section aria-labelledby="details-heading" className="space-y-2">
          <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
            Details
          </h2>
          <dl className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <div>
              <dt className="text-slate-600">Cases</dt>
              <dd>
                {appeal.cases.length
                  ? appeal.cases.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ", "}
                        <Link href={`/cases/${c.id}`} className="text-blue-800 hover:underline">
                          {c.primaryName}
                        </Link>
                      </span>
                    ))
                  : "—"}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Campaign</dt>
              <dd>
                {appeal.campaignId && appeal.campaignName ? (
                  <Link href={`/campaigns/${appeal.campaignId}`} className="text-blue-800 hover:underline">
                    {appeal.campaignName}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Language</dt>
              <dd>{appeal.language}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Owner</dt>
              <dd>{appeal.ownerName ?? "—"}</dd>
            </div>
            {appeal.submittedAt && (
              <div>
                <dt className="text-slate-600">Submitted</dt>
                <dd>{dateTime(appeal.submittedAt)}</dd>
              </div>
            )}
            {appeal.approvedAt && (
              <div>
                <dt className="text-slate-600">Approved</dt>
                <dd>
                  {dateTime(appeal.approvedAt)}
                  {appeal.approvedByName && ` by ${appeal.approvedByName}`}
                </dd>
              </div>
            )}
            {appeal.sentAt && (
              <div>
                <dt className="text-slate-600">First sent</dt>
                <dd>{date(appeal.sentAt)}</dd>
              </div>
            )}
            {appeal.closedAt && (
              <div>
                <dt className="text-slate-600">Closed</dt>
                <dd>{date(appeal.closedAt)}</dd>
              </div>
            )}
          </dl>
        </section>
      </div>

      <section aria-labelledby="recipients-heading" className="mt-10 space-y-4">
        <h2 id="recipients-heading" className="text-lg font-semibold text-slate-900">
          Recipients ({recipients.total.toLocaleString("en")})
        </h2>
        {mayAddRecipients && (
          <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
            <ContactPicker
              target={{ appealId: appeal.id }}
              lists={lists}
              addList={addListRecipientsAction}
              addContact={addRecipientsAction}
              find={detail.find}
              found={found}
              outcome={[
                ["added", "# added.", "# added."],
                ["alreadyThere", "# was already a recipient.", "# were already a recipient."],
                ["doNotContact", "# marked do-not-contact was left out.", "# marked do-not-contact were left out."],
              ]}
              texts={{
                listId: "add-list",
                listLabel: "Add everyone on a list",
                listButton: "Add list members",
                listPending: "Adding…",
                findForm: "Find a contact to add",
                findLabel: "Add a contact",
                noneFound: "is missing from the recipients.",
                contactButton: "Add",
                contactPending: "Adding…",
                contactLabel: "Add # as a recipient",
              }}
            />
          </div>
        )}
        {mayWrite && (appeal.status === "approved" || appeal.status === "sent") && <SendByEmailButton appealId={appeal.id} actions={{ plan: emailPlanAction, send: sendAppealByEmailAction }} />}
        {recipients.rows.length === 0 ? (
          <EmptyState title="No recipients yet.">{mayAddRecipients && "Add contacts one by one or everyone on a list."}</EmptyState>
        ) : (
          <>
            <RecipientsTable
              appealId={appeal.id}
              today={today}
              mayRemove={mayAddRecipients}
              mayDispatch={mayWrite && canTake("dispatch", appeal.status)}
              showOutput={hasOutput(appeal.status)}
              actions={{ markSent: markSentAction, remove: removeRecipientAction }}
              rows={recipients.rows.map((r) => ({
                id: r.id,
                contactId: r.contactId,
                name: r.name,
                details: [r.title, r.organization].filter(Boolean).join(", "),
                email: r.email,
                postalAddress: r.postalAddress,
                dispatches: r.dispatches,
                lastDispatch: r.lastSentOn && r.lastChannel ? `${dispatchChannelLabels[r.lastChannel]}, ${date(r.lastSentOn)}` : null,
                lastError: r.lastError,
              }))}
            />
            <Pagination path={`/appeals/${appeal.id}`} params={raw} page={recipients.page} pageSize={recipients.pageSize} total={recipients.total} noun="recipients" />
          </>
        )}
      </section>

      <section aria-labelledby="replies-heading" className="mt-10 max-w-4xl space-y-4">
        <h2 id="replies-heading" className="text-lg font-semibold text-slate-900">
          Replies
        </h2>
        {replies.length === 0 ? (
          <p className="text-sm text-slate-600">No replies logged.</p>
        ) : (
          <ol className="space-y-3 text-sm">
            {replies.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
                <p className="font-medium">
                  {r.fromName} · {date(r.receivedOn)}
                  {r.recipientName && <span className="font-normal text-slate-600"> · in answer to the letter to {r.recipientName}</span>}
                </p>
                <p className="mt-1">{r.summary}</p>
                {r.bodyText && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-blue-800">Full text</summary>
                    <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.bodyText}</p>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        {mayReply && <ReplyForm appealId={appeal.id} today={today} recipients={choices} action={logReplyAction} />}
      </section>

      <section aria-labelledby="reviews-heading" className="mt-10 max-w-4xl space-y-4">
        <h2 id="reviews-heading" className="text-lg font-semibold text-slate-900">
          Reviews
        </h2>
        <ReviewHistory reviews={reviews} dateTime={dateTime} />
      </section>
    </>
  );
}
