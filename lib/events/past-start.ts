// Whether a start typed into the event form lies in the past, at the venue. Past events are
// allowed (logging a hearing after the fact is normal), so the form only warns. Pure: the form
// runs it in the browser.
import { resolveZone, todayIn, zonedTimeToInstant } from "./zoned";

type Start = { startDate: string; startTime: string; allDay: boolean; timeZone: string };

export function startsInPast({ startDate, startTime, allDay, timeZone }: Start, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return false;
  // An unknown zone (still being typed) counts as UTC, as resolveZone has it.
  const zone = resolveZone(timeZone.trim());
  // A day (all day, or no time yet) is past once it is over at the venue.
  if (allDay || !/^\d{2}:\d{2}/.test(startTime)) return startDate < todayIn(zone, now);
  return zonedTimeToInstant(`${startDate}T${startTime.slice(0, 5)}`, zone).getTime() < now.getTime();
}
