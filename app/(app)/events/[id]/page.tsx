import type { Metadata } from "next";
import Link from "next/link";
import { InvitationFunnel } from "@/components/invitations/funnel";
import { notFound } from "next/navigation";
import {
  addParticipantAction,
  addPartnerAction,
  addUsualTasksAction,
  changeEventStatusAction,
  createTaskAction,
  deleteEventAction,
  deleteTaskAction,
  removeParticipantAction,
  removePartnerAction,
  setTaskDoneAction,
  updateTaskAction,
} from "@/app/(app)/events/actions";
import { ActButton } from "@/components/ui/act-button";
import { EventWhen } from "@/components/events/event-when";
import { StatusActions } from "@/components/events/status-actions";
import { EventStatusBadge } from "@/components/events/status-badge";
import { TasksPanel } from "@/components/events/tasks-panel";
import { Button } from "@/components/ui/button";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { getEvent } from "@/lib/events/detail";
import { findContactsForEvent, findOrganizationsForEvent } from "@/lib/events/lookups";
import { listEventTasks, taskOwnerOptions } from "@/lib/events/task-queries";
import { eventDetailSchema, eventForumLabels, eventKindLabels, participantRoleLabels } from "@/lib/events/schema";
import { todayIn } from "@/lib/events/zoned";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { orNotFound } from "@/lib/pages";
import { isSafeHttpUrl, type SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const detail = eventDetailSchema.parse(await searchParams);
  const event = await orNotFound(getEvent(user, id));
  const mayWrite = can(user.role, "event.write");
  const [tasks, owners, foundContacts, foundOrgs, locale] = await Promise.all([
    listEventTasks(user, id),
    mayWrite ? taskOwnerOptions(user) : [],
    mayWrite ? findContactsForEvent(user, detail.find) : [],
    mayWrite ? findOrganizationsForEvent(user, id, detail.findOrg) : [],
    getLocale(),
  ]);
  const people = [
    ...event.participants,
    ...(event.moderatorContactId && event.moderatorName ? [{ contactId: event.moderatorContactId, name: event.moderatorName, title: null, role: "moderator" as const }] : []),
  ];
  const place = [event.room, event.venue, event.city, event.country && countryName(event.country)].filter(Boolean).join(", ");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/events" className="text-blue-800 hover:underline">
          ← Events
        </Link>
      </p>
      <PageHeader
        title={event.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EventStatusBadge status={event.status} /> {eventKindLabels[event.kind]} · {eventForumLabels[event.forum]}
          </span>
        }
        actions={
          <>
            {mayWrite && (
              <Button asChild variant="secondary">
                <Link href={`/events/${event.id}/edit`}>Edit</Link>
              </Button>
            )}
            {event.startsAt && (
              <Button asChild variant="secondary">
                <a href={`/events/${event.id}/ics`} download>
                  Add to calendar (.ics)
                </a>
              </Button>
            )}
            {can(user.role, "delete") && (
              <ActButton
                action={deleteEventAction.bind(null, { id: event.id, version: event.version })}
                variant="danger"
                then="/events"
                confirm={{
                  title: "Delete this event?",
                  description: "The event, its people, tasks and invitations are deleted for good.",
                  confirmLabel: "Delete event",
                }}
              >
                Delete
              </ActButton>
            )}
          </>
        }
      />
      <nav aria-label="This event" className="mb-6 flex flex-wrap gap-3 text-sm">
        <Link className="text-blue-800 underline" href={`/events/${event.id}/invitations`}>
          Invitations
        </Link>
        <Link className="text-blue-800 underline" href={`/events/${event.id}/check-in`}>
          Check-in
        </Link>
        <Link className="text-blue-800 underline" href={`/events/${event.id}/report`}>
          Report and follow-up
        </Link>
      </nav>
      {mayWrite && (
        <div className="mb-6">
          <StatusActions id={event.id} version={event.version} status={event.status} startsAt={event.startsAt?.toISOString() ?? null} action={changeEventStatusAction} />
        </div>
      )}
      <div className="mb-6">
        <InvitationFunnel eventId={event.id} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="details-heading" className="space-y-2 lg:col-span-2">
          <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
            Details
          </h2>
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">When</dt>
              <dd data-testid="event-when">
                <EventWhen event={event} locale={locale} showZone />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Where</dt>
              <dd>{place || "—"}</dd>
            </div>
            {event.onlineUrl && (
              <div>
                <dt className="text-slate-600">Online</dt>
                <dd className="break-all">
                  <a className="text-blue-800 underline" href={isSafeHttpUrl(event.onlineUrl) ? event.onlineUrl : undefined} rel="noreferrer noopener" target="_blank">
                    {event.onlineUrl}
                  </a>
                </dd>
              </div>
            )}
            <div>
              <dt className="text-slate-600">Capacity</dt>
              <dd>{event.capacity ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Coordinator</dt>
              <dd>{event.coordinatorName ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Campaign</dt>
              <dd>
                {event.campaignId && event.campaignName ? (
                  <Link href={`/campaigns/${event.campaignId}`} className="text-blue-800 hover:underline">
                    {event.campaignName}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Cases</dt>
              <dd>
                {event.cases.length
                  ? event.cases.map((c, i) => (
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
            {event.description && (
              <div className="sm:col-span-2">
                <dt className="text-slate-600">Description</dt>
                <dd className="whitespace-pre-wrap">{event.description}</dd>
              </div>
            )}
            {event.report && (
              <div className="sm:col-span-2">
                <dt className="text-slate-600">Report</dt>
                <dd className="whitespace-pre-wrap">{event.report}</dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="people-heading" className="space-y-2">
          <h2 id="people-heading" className="text-lg font-semibold text-slate-900">
            People and partners
          </h2>
          <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {people.length === 0 ? (
              <p className="text-slate-600">No co-hosts, speakers or moderator yet.</p>
            ) : (
              <ul className="space-y-2" aria-label="Co-hosts, speakers and moderator">
                {people.map((p) => (
                  <li key={`${p.contactId}-${p.role}`} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <Link href={`/contacts/${p.contactId}`} className="font-medium text-blue-800 hover:underline">
                        {p.name}
                      </Link>{" "}
                      <span className="text-slate-600">· {participantRoleLabels[p.role]}</span>
                    </span>
                    {mayWrite && p.role !== "partner" && (
                      <ActButton
                        action={removeParticipantAction.bind(null, { eventId: event.id, contactId: p.contactId, role: p.role })}
                        label={`Remove ${p.name} as ${participantRoleLabels[p.role].toLowerCase()}`}
                        variant="ghost"
                      >
                        Remove
                      </ActButton>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div>
              <h3 className="font-medium text-slate-900">Partner organizations</h3>
              {event.partners.length === 0 ? (
                <p className="text-slate-600">None yet.</p>
              ) : (
                <ul className="mt-1 space-y-2">
                  {event.partners.map((o) => (
                    <li key={o.id} className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/organizations/${o.id}`} className="text-blue-800 hover:underline">
                        {o.name}
                        {o.acronym && ` (${o.acronym})`}
                      </Link>
                      {mayWrite && (
                        <ActButton action={removePartnerAction.bind(null, { eventId: event.id, organizationId: o.id })} label={`Remove ${o.name} as partner`} variant="ghost">
                          Remove
                        </ActButton>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {mayWrite && (
            <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <FilterForm label="Find a contact to add">
                <FilterField id="find" label="Add a co-host, speaker or moderator" grow>
                  <Input id="find" name="find" type="search" defaultValue={detail.find} placeholder="Name, any script" />
                </FilterField>
              </FilterForm>
              {detail.find &&
                (foundContacts.length === 0 ? (
                  <p className="text-slate-700">No contact matches “{detail.find}”.</p>
                ) : (
                  <ul className="divide-y divide-slate-100" aria-label="Contacts found">
                    {foundContacts.map((c) => (
                      <li key={c.id} className="space-y-1 py-2">
                        <p>
                          <span className="font-medium">{c.fullName}</span>
                          {c.title && <span className="text-slate-600"> · {c.title}</span>}
                        </p>
                        <div className="flex flex-wrap gap-1">
                          {(["co_host", "speaker", "moderator"] as const).map((role) => (
                            <ActButton
                              key={role}
                              action={addParticipantAction.bind(null, { eventId: event.id, contactId: c.id, role })}
                              label={`${participantRoleLabels[role]}: add ${c.fullName}`}
                            >
                              {participantRoleLabels[role]}
                            </ActButton>
                          ))}
                        </div>
                      </li>
                    ))}
                  </ul>
                ))}
              <FilterForm label="Find an organization to add">
                <FilterField id="findOrg" label="Add a partner organization" grow>
                  <Input id="findOrg" name="findOrg" type="search" defaultValue={detail.findOrg} placeholder="Name or acronym" />
                </FilterField>
              </FilterForm>
              {detail.findOrg &&
                (foundOrgs.length === 0 ? (
                  <p className="text-slate-700">No other organization matches “{detail.findOrg}”.</p>
                ) : (
                  <ul className="divide-y divide-slate-100" aria-label="Organizations found">
                    {foundOrgs.map((o) => (
                      <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span className="font-medium">
                          {o.name}
                          {o.acronym && ` (${o.acronym})`}
                        </span>
                        <ActButton action={addPartnerAction.bind(null, { eventId: event.id, organizationId: o.id })} label={`Partner: add ${o.name}`}>
                          Partner
                        </ActButton>
                      </li>
                    ))}
                  </ul>
                ))}
            </div>
          )}
        </section>
      </div>

      <div className="mt-10 max-w-4xl">
        <TasksPanel
          eventId={event.id}
          tasks={tasks}
          owners={owners}
          today={todayIn()}
          locale={locale}
          mayWrite={mayWrite}
          actions={{ addUsual: addUsualTasksAction, setDone: setTaskDoneAction, delete: deleteTaskAction, create: createTaskAction, update: updateTaskAction }}
        />
      </div>
    </>
  );
}
