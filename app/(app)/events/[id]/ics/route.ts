import { auditRead } from "@/lib/audit/read";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { calendarFile, locationOf } from "@/lib/events/ics";
import { eventForCalendarFile } from "@/lib/events/ics-queries";
import { isUuid } from "@/lib/ids";
import { userRoute } from "@/lib/route";

// GET /events/<id>/ics → the event as an iCalendar file, in the venue's time zone. Audited as a
// download once the event was found and has a date.
export const GET = userRoute<{ id: string }>(async (user, _request, { id }) => {
  if (!isUuid(id)) throw new NotFoundError();
  const event = await eventForCalendarFile(user, id);
  if (!event.startsAt) throw new ValidationError("This event has no date yet.");
  await auditRead(user, { action: "download", entity: "event", entityId: id, summary: "Calendar file (.ics)" });
  return new Response(calendarFile([{ ...event, location: locationOf(event), url: event.onlineUrl }]), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-${id.slice(0, 8)}.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
