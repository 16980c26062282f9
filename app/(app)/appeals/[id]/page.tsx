import type { Metadata } from "next";
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
import { AddRecipientsPanel } from "@/components/appeals/detail/add-recipients-panel";
import { AppealDetails } from "@/components/appeals/detail/details";
import { AppealHeader } from "@/components/appeals/detail/header";
import { AppealLetterText } from "@/components/appeals/detail/letter-text";
import { AppealRecipients } from "@/components/appeals/detail/recipients";
import { AppealReplies } from "@/components/appeals/detail/replies";
import { ReturnedNotice } from "@/components/appeals/detail/returned-notice";
import { ReviewLetters } from "@/components/appeals/detail/review-letters";
import { AppealReviews } from "@/components/appeals/detail/reviews";
import { ReplyForm } from "@/components/appeals/reply-form-deferred";
import { WorkflowActions } from "@/components/appeals/workflow-actions";
import {
  findContactsForAppeal,
  listOptions,
  listRecipients,
  listReplies,
  listReviews,
  recipientChoices,
} from "@/lib/appeals/queries";
import { reviewLetters } from "@/lib/appeals/review-letters";
import { appealDetailSchema } from "@/lib/appeals/schema";
import { canTake, isEditable } from "@/lib/appeals/workflow";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { pageAppeal } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";
import { emailPlanAction, sendAppealByEmailAction } from "./email/actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageAppeal((await params).id);
  return { title: `Appeal: ${r.title}` };
}

export default async function AppealPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const detail = appealDetailSchema.parse(raw);
  const appeal = await pageAppeal(id);
  const mayWrite = can(user.role, "appeal.write");
  const draft = isEditable(appeal.status);
  const mayAddRecipients = mayWrite && draft;
  const mayReply = mayWrite && canTake("reply", appeal.status);
  // Whoever may approve sees, before deciding, each recipient's letter as it will go out.
  const reviewing = can(user.role, "appeal.approve") && canTake("approve", appeal.status);
  const [recipients, replies, reviews, lists, found, choices, locale, review] = await Promise.all([
    listRecipients(user, id, detail.page),
    listReplies(user, id),
    listReviews(user, id),
    mayAddRecipients ? listOptions(user) : [],
    mayAddRecipients ? findContactsForAppeal(user, id, detail.find) : [],
    mayReply ? recipientChoices(user, id) : [],
    getLocale(),
    reviewing ? reviewLetters(user, id, { page: detail.letters, via: detail.via }) : null,
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const lastReview = reviews[0];
  const returned = draft && lastReview?.decision === "returned" ? lastReview : null;

  return (
    <>
      <AppealHeader appeal={appeal} mayEdit={mayWrite && draft} />
      {returned && <ReturnedNotice review={returned} locale={locale} isOwner={appeal.ownerId === user.id} />}
      <div className="mb-8">
        <WorkflowActions
          id={appeal.id}
          version={appeal.version}
          title={appeal.title}
          steps={{
            submit: mayWrite && canTake("submit", appeal.status),
            review: reviewing,
            close: mayWrite && canTake("close", appeal.status),
            remove: can(user.role, "delete") && draft,
          }}
          actions={{ submit: submitAppealAction, approve: approveAppealAction, return: returnAppealAction, close: closeAppealAction, delete: deleteAppealAction }}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <AppealLetterText appeal={appeal} />
        <AppealDetails appeal={appeal} locale={locale} />
      </div>

      {review && <ReviewLetters appealId={appeal.id} review={review} params={raw} />}

      <AppealRecipients
        appeal={appeal}
        recipients={recipients}
        params={raw}
        today={today}
        locale={locale}
        mayWrite={mayWrite}
        mayAddRecipients={mayAddRecipients}
        actions={{ markSent: markSentAction, remove: removeRecipientAction, email: { plan: emailPlanAction, send: sendAppealByEmailAction } }}
      >
        {mayAddRecipients && (
          <AddRecipientsPanel appealId={appeal.id} lists={lists} find={detail.find} found={found} actions={{ addList: addListRecipientsAction, addContact: addRecipientsAction }} />
        )}
      </AppealRecipients>

      <AppealReplies replies={replies} locale={locale}>
        {mayReply && <ReplyForm appealId={appeal.id} today={today} recipients={choices} action={logReplyAction} />}
      </AppealReplies>

      <AppealReviews reviews={reviews} locale={locale} />
    </>
  );
}
