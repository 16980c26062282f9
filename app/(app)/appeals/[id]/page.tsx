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
import { AppealReviews } from "@/components/appeals/detail/reviews";
import { ReplyForm } from "@/components/appeals/reply-form";
import { WorkflowActions } from "@/components/appeals/workflow-actions";
import {
  findContactsForAppeal,
  getAppeal,
  listOptions,
  listRecipients,
  listReplies,
  listReviews,
  recipientChoices,
} from "@/lib/appeals/queries";
import { appealDetailSchema } from "@/lib/appeals/schema";
import { canTake, isEditable } from "@/lib/appeals/workflow";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
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
          status={appeal.status}
          title={appeal.title}
          may={{ write: mayWrite, approve: can(user.role, "appeal.approve"), delete: can(user.role, "delete") }}
          actions={{ submit: submitAppealAction, approve: approveAppealAction, return: returnAppealAction, close: closeAppealAction, delete: deleteAppealAction }}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <AppealLetterText appeal={appeal} />
        <AppealDetails appeal={appeal} locale={locale} />
      </div>

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
