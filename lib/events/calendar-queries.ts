import "server-only";
import { and, asc, gte, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { listColumns } from "./list";
import { eventVisibleTo } from "./visibility";
import { addDays, wallClock } from "./zoned";

/**
 * Events whose days at the venue fall in the month (e.g. "2019-07"), each with its local first
 * and last day, so the calendar can place it; multi-day events appear on each of their days.
 */
export const calendarEvents = dataAccess(async function calendarEvents(user: Acting, month: string) {
  authorize(user, "read");
  const first = `${month}-01`;
  const next = addDays(`${month}-28`, 7).slice(0, 7) + "-01";
  const rows = await db
    .select(listColumns)
    .from(events)
    .where(
      and(
        // A day of slack each side: the venue's date can differ from UTC's.
        lt(events.startsAt, new Date(`${addDays(next, 1)}T00:00:00Z`)),
        gte(sql`coalesce(${events.endsAt}, ${events.startsAt})`, new Date(`${addDays(first, -1)}T00:00:00Z`)),
        eventVisibleTo(user),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(500);
  return rows
    .map((e) => {
      const firstDay = wallClock(e.startsAt as Date, e.timeZone).date;
      // All-day ends are exclusive midnights; a timed event ends on the day its end falls on.
      const end = e.endsAt ? wallClock(new Date(e.endsAt.getTime() - (e.allDay ? 1 : 0)), e.timeZone).date : firstDay;
      return { ...e, startsAt: e.startsAt as Date, firstDay, lastDay: end < firstDay ? firstDay : end };
    })
    .filter((e) => e.lastDay >= first && e.firstDay < next);
});
