import Link from "next/link";
import { venueDate, venueTime, zoneLabel } from "@/lib/invitations/merge";

type Event = { id: string; title: string; startsAt: Date | null; allDay: boolean; timeZone: string; venue: string | null; room: string | null; city: string | null };

/** "← Event" and the event's title, date and place at the venue: the top of each invitation screen. */
export function EventContext({ event }: { event: Event }) {
  const time = venueTime(event.startsAt, event.timeZone, event.allDay);
  const place = [event.room, event.venue, event.city].filter(Boolean).join(", ");
  return (
    <div className="mb-2 space-y-1 text-sm">
      <p>
        <Link href={`/events/${event.id}`} className="text-blue-800 hover:underline">
          ← {event.title}
        </Link>
      </p>
      <p className="text-slate-700">
        {venueDate(event.startsAt, event.timeZone)}
        {time && `, ${time} (${zoneLabel(event.timeZone)})`}
        {place && ` · ${place}`}
      </p>
    </div>
  );
}

/** Links between the invitation screens of one event. */
export function EventTabs({ eventId, current }: { eventId: string; current: "invitations" | "check-in" | "report" }) {
  const tabs = [
    { key: "invitations", href: `/events/${eventId}/invitations`, label: "Invitations" },
    { key: "check-in", href: `/events/${eventId}/check-in`, label: "Check-in" },
    { key: "report", href: `/events/${eventId}/report`, label: "Report" },
  ] as const;
  return (
    <nav aria-label="Event screens" className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-2 text-sm">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={t.key === current ? "rounded-md bg-blue-800 px-3 py-1.5 font-medium text-white" : "rounded-md px-3 py-1.5 text-blue-800 hover:bg-slate-100"}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
