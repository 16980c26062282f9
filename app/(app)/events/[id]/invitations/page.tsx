import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventContext, EventTabs } from "@/components/invitations/event-heading";
import { InvitationFunnel } from "@/components/invitations/funnel";
import { InvitationsTable } from "@/components/invitations/invitations-table";
import { GenerateTexts, SendInvitationsByEmail } from "@/components/invitations/invitation-tools";
import { TemplateForm } from "@/components/invitations/template-form-deferred";
import { ContactPicker } from "@/components/ui/contact-picker";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { dispatchChannelLabels } from "@/lib/appeals/schema";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { formatDate, formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { findContactsToInvite, listChoices, listInvitations, previewGuests } from "@/lib/invitations/queries";
import { answerLabels, answers, attendanceLabels, attendances, invitationListSchema } from "@/lib/invitations/schema";
import { getLocale } from "@/lib/locale";
import { pageInvitationEvent } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";
import {
  emailPlanAction,
  generateTextsAction,
  guestLinkAction,
  inviteContactsAction,
  inviteListAction,
  markSentAction,
  removeInvitationAction,
  resetLinkAction,
  sendInvitationsByEmailAction,
  updateMessageAction,
  updateTemplateAction,
} from "./actions";
import { EnumOptions } from "@/components/ui/enum-options";
import { titleWithOrganization } from "@/lib/contacts/title-line";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageInvitationEvent((await params).id);
  return { title: `Invitations: ${r.title}` };
}

export default async function InvitationsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const filters = invitationListSchema.parse(raw);
  const event = await pageInvitationEvent(id);
  const mayWrite = can(user.role, "event.write") && event.status !== "cancelled";
  const [guests, lists, found, sampleGuests, locale] = await Promise.all([
    listInvitations(user, id, filters),
    mayWrite ? listChoices(user) : [],
    mayWrite ? findContactsToInvite(user, id, filters.find) : [],
    mayWrite ? previewGuests(user, id) : [],
    getLocale(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const filtered = filters.q || filters.answer !== "all" || filters.sent !== "all" || filters.attendance !== "all";

  return (
    <>
      <EventContext event={event} />
      <PageHeader title="Invitations" description={event.status === "cancelled" ? "This event is cancelled." : undefined} />
      <EventTabs eventId={id} current="invitations" />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-1">
          <InvitationFunnel eventId={id} />
        </div>
        {mayWrite && (
          <section aria-labelledby="invite-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
            <h2 id="invite-heading" className="text-lg font-semibold text-slate-900">
              Invite
            </h2>
            <ContactPicker
              target={{ eventId: id }}
              lists={lists}
              addList={inviteListAction}
              addContact={inviteContactsAction}
              find={filters.find}
              found={found}
              outcome={[
                ["added", "# invited.", "# invited."],
                ["alreadyInvited", "# was already invited.", "# were already invited."],
                ["doNotContact", "# marked do-not-contact was skipped.", "# marked do-not-contact were skipped."],
                ["merged", "# merged record was skipped.", "# merged records were skipped."],
              ]}
              texts={{
                listId: "invite-list",
                listLabel: "Invite everyone on a list",
                listButton: "Invite list",
                listPending: "Inviting…",
                findForm: "Find a contact to invite",
                findLabel: "Invite a contact",
                noneFound: "is left to invite.",
                contactButton: "Invite",
                contactPending: "Inviting…",
                contactLabel: "Invite #",
              }}
            />
          </section>
        )}
      </div>

      {mayWrite && (
        <section aria-labelledby="template-heading" className="mt-8 space-y-3">
          <h2 id="template-heading" className="text-lg font-semibold text-slate-900">
            Invitation text
          </h2>
          <TemplateForm
            eventId={id}
            version={event.version}
            template={event.template}
            event={{
              title: event.title,
              kind: event.kind,
              startsAt: event.startsAt?.toISOString() ?? null,
              allDay: event.allDay,
              timeZone: event.timeZone,
              venue: event.venue,
              room: event.room,
              city: event.city,
              coHosts: event.coHosts,
            }}
            guests={sampleGuests}
            action={updateTemplateAction}
          />
          <div className="flex flex-wrap items-start gap-6 rounded-lg border border-slate-200 bg-white p-4">
            <GenerateTexts eventId={id} action={generateTextsAction} />
            <SendInvitationsByEmail eventId={id} actions={{ plan: emailPlanAction, send: sendInvitationsByEmailAction }} />
          </div>
        </section>
      )}

      <section aria-labelledby="guests-heading" className="mt-8 space-y-3">
        <h2 id="guests-heading" className="text-lg font-semibold text-slate-900">
          Guests ({guests.total.toLocaleString("en")})
        </h2>
        <FilterForm label="Filter guests">
          {filters.find && <input type="hidden" name="find" value={filters.find} />}
          <FilterField id="q" label="Search guests" grow>
            <Input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Name, title or organization" />
          </FilterField>
          <FilterField id="answer" label="Answer">
            <Select id="answer" name="answer" defaultValue={filters.answer}>
              <option value="all">Any answer</option>
              <EnumOptions values={answers} labels={answerLabels} />
            </Select>
          </FilterField>
          <FilterField id="sent" label="Sent">
            <Select id="sent" name="sent" defaultValue={filters.sent}>
              <option value="all">Sent or not</option>
              <option value="sent">Sent</option>
              <option value="unsent">Not sent</option>
            </Select>
          </FilterField>
          <FilterField id="attendance" label="Attendance">
            <Select id="attendance" name="attendance" defaultValue={filters.attendance}>
              <option value="all">Any</option>
              <EnumOptions values={attendances} labels={attendanceLabels} />
            </Select>
          </FilterField>
        </FilterForm>
        {guests.rows.length === 0 ? (
          <EmptyState title={filtered ? "No guest matches these filters." : "Nobody is invited yet."}>
            {!filtered && mayWrite && "Invite contacts one by one or everyone on a list."}
          </EmptyState>
        ) : (
          <>
            <InvitationsTable
              eventId={id}
              today={today}
              mayWrite={mayWrite}
              actions={{ markSent: markSentAction, remove: removeInvitationAction, updateMessage: updateMessageAction, guestLink: guestLinkAction, resetLink: resetLinkAction }}
              rows={guests.rows.map((r) => ({
                id: r.id,
                contactId: r.contactId,
                name: r.name,
                details: titleWithOrganization(r.title, r.organization),
                email: r.email,
                sent: r.sentAt ? `${r.channel ? `${dispatchChannelLabels[r.channel]}, ` : ""}${formatDate(r.sentAt, locale)}` : null,
                messageText: r.messageText,
                answer: r.answer,
                answeredAt: r.answeredAt ? formatDateTime(r.answeredAt, locale) : null,
                answerNote: r.answerNote,
                attendance: r.attendance,
                walkIn: r.walkIn,
                version: r.version,
              }))}
            />
            <Pagination path={`/events/${id}/invitations`} params={raw} page={guests.page} pageSize={guests.pageSize} total={guests.total} noun="guests" />
          </>
        )}
      </section>
    </>
  );
}
