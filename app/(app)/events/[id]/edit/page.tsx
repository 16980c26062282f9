import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateEventAction } from "@/app/(app)/events/actions";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { eventFormOptions, getEventForEdit } from "@/lib/events/detail";
import { isUuid } from "@/lib/ids";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "event.write")) notFound();
  const event = await orNotFound(getEventForEdit(user, id));
  const options = await eventFormOptions(user, event.values.campaignId || null);
  return (
    <>
      <PageHeader title={`Edit “${event.title}”`} />
      <EventForm event={event} campaigns={options.campaigns} cases={options.cases} coordinators={options.coordinators} defaultCoordinatorId={user.id} action={updateEventAction} />
    </>
  );
}
