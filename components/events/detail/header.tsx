// The event page's top: the way back to Events, the title with status and kind, its actions and the event's sub-pages.
import Link from "next/link";
import { EventStatusBadge } from "@/components/events/status-badge";
import { Button } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import type { ServerAction } from "@/lib/action";
import type { getEvent } from "@/lib/events/detail";
import { eventForumLabels, eventKindLabels } from "@/lib/events/schema";

type Props = {
  event: Pick<Awaited<ReturnType<typeof getEvent>>, "id" | "version" | "title" | "status" | "kind" | "forum" | "startsAt">;
  mayWrite: boolean;
  mayDelete: boolean;
  deleteAction: ServerAction;
};

export function EventHeader({ event, mayWrite, mayDelete, deleteAction }: Props) {
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
            {mayDelete && (
              <DeleteButton
                action={deleteAction}
                record={event}
                noun="event"
                then="/events"
                description="The event, its people, tasks and invitations are deleted for good."
              />
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
    </>
  );
}
