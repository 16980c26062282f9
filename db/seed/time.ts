// Wall-clock times at a venue → instants. Events are stored as timestamptz and shown in the
// venue's IANA zone; the fixtures give local times ("12:30 to 14:30, Luxembourg").

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** `at("2019-07-04", "12:30", "Europe/Luxembourg")` → the instant 10:30 UTC. */
export function at(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset on days when the clocks change.
  let instant = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  instant = wall - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** Local midnight: the start of an all-day event or of a day of office work. */
export function day(date: string, timeZone = "Europe/Brussels"): Date {
  return at(date, "00:00", timeZone);
}

/** An office-hours instant for workflow timestamps (sent, approved, reviewed) in Brussels time. */
export function office(date: string, time = "10:00"): Date {
  return at(date, time, "Europe/Brussels");
}

/** `plusDays("2026-12-07", -3)` → "2026-12-04": the recent demo records' dates, from the seeding day. */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
