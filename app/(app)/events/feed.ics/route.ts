import { auditRead } from "@/lib/audit/read";
import { calendarFile, locationOf } from "@/lib/events/ics";
import { upcomingForFeed } from "@/lib/events/ics-queries";
import { userRoute } from "@/lib/route";

// GET /events/feed.ics → every upcoming, not cancelled event, for the signed-in user (the session
// cookie: a calendar app subscribing without the browser's cookie gets 401; a tokenized public
// feed is not offered, since event data is internal). Each fetch is audited as a download.
export const GET = userRoute(async (user) => {
  const events = await upcomingForFeed(user);
  await auditRead(user, { action: "download", entity: "event", summary: `Upcoming events feed (.ics, ${events.length} events)` });
  const body = calendarFile(
    events.map((e) => ({ ...e, location: locationOf(e), url: e.onlineUrl })),
    { name: "Advocacy Desk: upcoming events" },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="upcoming-events.ics"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
