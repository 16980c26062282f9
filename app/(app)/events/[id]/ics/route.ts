import { auditRead } from "@/lib/audit/read";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { calendarFile, locationOf } from "@/lib/events/ics";
import { eventForCalendarFile } from "@/lib/events/queries";
import { isUuid } from "@/lib/ids";

// GET /events/<id>/ics → the event as an iCalendar file, in the venue's time zone. Audited as a
// download once the event was found and has a date.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return new Response("Not found.", { status: 404 });
  try {
    const event = await eventForCalendarFile(user, id);
    if (!event.startsAt) return new Response("This event has no date yet.", { status: 409 });
    await auditRead(user, { action: "download", entity: "event", entityId: id, summary: "Calendar file (.ics)" });
    return new Response(calendarFile([{ ...event, location: locationOf(event), url: event.onlineUrl }]), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="event-${id.slice(0, 8)}.ics"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    throw error;
  }
}
