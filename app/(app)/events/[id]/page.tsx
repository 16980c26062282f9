import type { Metadata } from "next";
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
import { AddPeoplePanel } from "@/components/events/detail/add-people-panel";
import { EventDetails } from "@/components/events/detail/details";
import { EventHeader } from "@/components/events/detail/header";
import { EventPeople } from "@/components/events/detail/people";
import { StatusActions } from "@/components/events/status-actions";
import { TasksPanel } from "@/components/events/tasks-panel";
import { InvitationFunnel } from "@/components/invitations/funnel";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { findContactsForEvent, findOrganizationsForEvent } from "@/lib/events/lookups";
import { listEventTasks, taskOwnerOptions } from "@/lib/events/task-queries";
import { eventDetailSchema } from "@/lib/events/schema";
import { todayIn } from "@/lib/events/zoned";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { pageEvent } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageEvent((await params).id);
  return { title: `Event: ${r.title}` };
}

export default async function EventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const detail = eventDetailSchema.parse(await searchParams);
  const event = await pageEvent(id);
  const mayWrite = can(user.role, "event.write");
  const [tasks, owners, foundContacts, foundOrgs, locale] = await Promise.all([
    listEventTasks(user, id),
    mayWrite ? taskOwnerOptions(user) : [],
    mayWrite ? findContactsForEvent(user, detail.find) : [],
    mayWrite ? findOrganizationsForEvent(user, id, detail.findOrg) : [],
    getLocale(),
  ]);

  return (
    <>
      <EventHeader event={event} mayWrite={mayWrite} mayDelete={can(user.role, "delete")} deleteAction={deleteEventAction} />
      {mayWrite && (
        <div className="mb-6">
          <StatusActions id={event.id} version={event.version} status={event.status} startsAt={event.startsAt?.toISOString() ?? null} action={changeEventStatusAction} />
        </div>
      )}
      <div className="mb-6">
        <InvitationFunnel eventId={event.id} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <EventDetails event={event} locale={locale} />
        <EventPeople event={event} mayWrite={mayWrite} actions={{ removeParticipant: removeParticipantAction, removePartner: removePartnerAction }}>
          {mayWrite && (
            <AddPeoplePanel
              eventId={event.id}
              find={detail.find}
              findOrg={detail.findOrg}
              foundContacts={foundContacts}
              foundOrgs={foundOrgs}
              actions={{ addParticipant: addParticipantAction, addPartner: addPartnerAction }}
            />
          )}
        </EventPeople>
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
