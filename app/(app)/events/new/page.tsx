import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createEventAction } from "@/app/(app)/events/actions";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { eventFormOptions } from "@/lib/events/detail";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  const user = await requirePageUser();
  if (!can(user.role, "event.write")) notFound();
  const options = await eventFormOptions(user);
  return (
    <>
      <PageHeader title="New event" description="It starts as an idea; move it on from its page once the date and room are fixed." />
      <EventForm campaigns={options.campaigns} cases={options.cases} coordinators={options.coordinators} defaultCoordinatorId={user.id} action={createEventAction} />
    </>
  );
}
