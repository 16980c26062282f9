import { formatEventWhen } from "@/lib/events/zoned";
import { LocalTime } from "./local-time";

type Props = { event: { startsAt: Date | null; endsAt: Date | null; allDay: boolean; timeZone: string }; locale: string; showZone?: boolean };

/** When the event is, at the venue (with the zone's abbreviation), and in the reader's zone when different. */
export function EventWhen({ event, locale, showZone }: Props) {
  return (
    <span>
      <span className="whitespace-nowrap sm:whitespace-normal">{formatEventWhen(event, locale)}</span>
      {showZone && event.startsAt && <span className="block text-xs text-slate-600">Venue time, {event.timeZone}</span>}
      {event.startsAt && (
        <LocalTime startsAt={event.startsAt.toISOString()} endsAt={event.endsAt?.toISOString() ?? null} allDay={event.allDay} timeZone={event.timeZone} locale={locale} />
      )}
    </span>
  );
}
