// Wall-clock times in the venue's zone. Events store instants plus the venue's IANA zone; forms
// edit the wall clock at the venue, pages show it with the zone's abbreviation. No "server-only":
// the calendar and the forms use these too. (Wall clock → instant is zonedTimeToInstant in
// lib/contacts/activities.ts, used by the server.)

/** Where the team works: "today" (overdue tasks, the calendar's marked day) is taken here. */
export const OFFICE_TIME_ZONE = "Europe/Brussels";

/** Zones offered first in the form; any other valid IANA zone may be typed. */
export const commonTimeZones = [
  "Europe/Brussels",
  "Europe/Paris",
  "Europe/Luxembourg",
  "Europe/Vienna",
  "Europe/Warsaw",
  "Europe/Vilnius",
  "Europe/Rome",
  "Europe/Berlin",
  "Europe/Zurich",
  "Europe/Kyiv",
  "Europe/Chisinau",
  "Europe/London",
  "Asia/Almaty",
  "Asia/Tbilisi",
  "America/New_York",
  "UTC",
] as const;

/**
 * Names people use that are not IANA zones: Strasbourg keeps Paris time (the IANA database has no
 * Europe/Strasbourg), Geneva keeps Zurich's.
 */
export const zoneAliases: Record<string, string> = { "Europe/Strasbourg": "Europe/Paris", "Europe/Geneva": "Europe/Zurich" };

/** The IANA zone to compute with: aliases resolved; an unknown stored zone falls back to UTC rather than failing the page. */
export function resolveZone(tz: string): string {
  const zone = zoneAliases[tz] ?? tz;
  return isValidTimeZone(zone) ? zone : "UTC";
}

// Building an Intl formatter costs far more than using one: pages that place hundreds of events
// (the calendar) check and format each zone once per process.
const validZones = new Map<string, boolean>();
export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  let valid = validZones.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    if (validZones.size < 1_000) validZones.set(tz, valid);
  }
  return valid;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** An Intl.DateTimeFormat for these settings, built once per process (at most 1,000 kept). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    if (formats.size < 1_000) formats.set(key, f);
  }
  return f;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string) {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: resolveZone(zone), hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    if (partsFormats.size < 1_000) partsFormats.set(zone, f);
  }
  return f;
}

/** The wall clock at `instant` in `timeZone`, as numbers. */
export function wallParts(instant: Date, timeZone: string) {
  const p: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2019-07-04" and "12:30": the date and time at the venue. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const w = wallParts(instant, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The zone's offset from UTC at `instant`, in minutes (Luxembourg in July: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallParts(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Today's date in a zone, "2026-11-22". */
export function todayIn(timeZone: string = OFFICE_TIME_ZONE, now = new Date()): string {
  return wallClock(now, timeZone).date;
}

/** "2019-07-04" + n days (n may be negative). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * "CEST", "EDT", "GMT+5": the zone's short name at that instant. The reader's locale may only know
 * "GMT+2" where English knows "CEST", so British then American English are tried before that.
 */
export function zoneAbbreviation(instant: Date, timeZone: string, locale = "en-GB"): string {
  const zone = resolveZone(timeZone);
  const names = [locale, "en-GB", "en-US"].map(
    (l) => dateFormat(l, { timeZone: zone, timeZoneName: "short" }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? zone,
  );
  return names.find((n) => !/^(GMT|UTC)[+-−]/.test(n)) ?? names[0];
}

type EventTimes = { startsAt: Date | null; endsAt: Date | null; allDay: boolean; timeZone: string };

/**
 * "Thu, 4 Jul 2019, 12:30–14:30 CEST" at the venue; all-day events show dates only (their end is
 * exclusive midnight, so the last day is the day before).
 */
export function formatEventWhen(e: EventTimes, locale: string, zone = e.timeZone): string {
  const timeZone = resolveZone(zone);
  if (!e.startsAt) return "Date not fixed";
  const dateFmt = dateFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
  if (e.allDay) {
    const lastDay = e.endsAt ? new Date(e.endsAt.getTime() - 1) : e.startsAt;
    const first = dateFmt.format(e.startsAt);
    const last = dateFmt.format(lastDay);
    return first === last ? first : `${first} – ${last}`;
  }
  const timeFmt = dateFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" });
  const abbreviation = zoneAbbreviation(e.startsAt, timeZone, locale);
  const start = `${dateFmt.format(e.startsAt)}, ${timeFmt.format(e.startsAt)}`;
  if (!e.endsAt) return `${start} ${abbreviation}`;
  const sameDay = wallClock(e.startsAt, timeZone).date === wallClock(e.endsAt, timeZone).date;
  return sameDay ? `${start}–${timeFmt.format(e.endsAt)} ${abbreviation}` : `${start} – ${dateFmt.format(e.endsAt)}, ${timeFmt.format(e.endsAt)} ${zoneAbbreviation(e.endsAt, timeZone, locale)}`;
}

/** "12:30" at the venue (calendar cells). */
export function formatTimeAt(instant: Date, timeZone: string, locale: string): string {
  return dateFormat(locale, { timeZone: resolveZone(timeZone), hour: "numeric", minute: "2-digit" }).format(instant);
}
