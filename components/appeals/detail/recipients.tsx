// The appeal's recipients: the add panel (as children), "Send by e-mail", and one page of recipients with their dispatches.
import type { ComponentProps, ReactNode } from "react";
import { SendByEmailButton } from "@/components/appeals/output/send-email-button";
import { RecipientsTable } from "@/components/appeals/recipients-table";
import { EmptyState } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { ServerAction } from "@/lib/action";
import type { AppealDetail, RecipientRow } from "@/lib/appeals/queries";
import { dispatchChannelLabels } from "@/lib/appeals/schema";
import { canTake, hasOutput } from "@/lib/appeals/workflow";
import { titleWithOrganization } from "@/lib/contacts/title-line";
import { formatDate } from "@/lib/format";
import type { SearchParams } from "@/lib/url";

type Props = {
  appeal: Pick<AppealDetail, "id" | "status" | "createdAt">;
  recipients: { rows: RecipientRow[]; total: number; page: number; pageSize: number };
  /** the page's query string, kept by the pagination links */
  params: SearchParams;
  today: string;
  locale: string;
  mayWrite: boolean;
  mayAddRecipients: boolean;
  actions: { markSent: ServerAction; remove: ServerAction; email: ComponentProps<typeof SendByEmailButton>["actions"] };
  children?: ReactNode;
};

export function AppealRecipients({ appeal, recipients, params, today, locale, mayWrite, mayAddRecipients, actions, children }: Props) {
  return (
    <section aria-labelledby="recipients-heading" className="mt-10 space-y-4">
      <h2 id="recipients-heading" className="text-lg font-semibold text-slate-900">
        Recipients ({recipients.total.toLocaleString("en")})
      </h2>
      {children}
      {mayWrite && (appeal.status === "approved" || appeal.status === "sent") && <SendByEmailButton appealId={appeal.id} actions={actions.email} />}
      {recipients.rows.length === 0 ? (
        <EmptyState title="No recipients yet.">{mayAddRecipients && "Add contacts one by one or everyone on a list."}</EmptyState>
      ) : (
        <>
          <RecipientsTable
            appealId={appeal.id}
            today={today}
            draftedOn={appeal.createdAt.toISOString().slice(0, 10)}
            mayRemove={mayAddRecipients}
            mayDispatch={mayWrite && canTake("dispatch", appeal.status)}
            showOutput={hasOutput(appeal.status)}
            actions={{ markSent: actions.markSent, remove: actions.remove }}
            rows={recipients.rows.map((r) => ({
              id: r.id,
              contactId: r.contactId,
              name: r.name,
              details: titleWithOrganization(r.title, r.organization),
              email: r.email,
              postalAddress: r.postalAddress,
              dispatches: r.dispatches,
              lastDispatch: r.lastSentOn && r.lastChannel ? `${dispatchChannelLabels[r.lastChannel]}, ${formatDate(r.lastSentOn, locale)}` : null,
              lastError: r.lastError,
            }))}
          />
          <Pagination path={`/appeals/${appeal.id}`} params={params} page={recipients.page} pageSize={recipients.pageSize} total={recipients.total} noun="recipients" />
        </>
      )}
    </section>
  );
}
