// Wall-clock times in the venue's zone, the one module for zone arithmetic. Events store instants
// plus the venue's IANA zone; forms edit the wall clock at the venue (zonedTimeToInstant turns it
// into the instant, for events and logged activities), pages show it with the zone's abbreviation.
// No "server-only": the calendar and the forms use these too.
//
// A zone's offset at an instant comes from @date-fns/tz's tzOffset (the runtime's Intl time-zone
// data, one formatter per zone; about 0.3 kB gzipped in the browser). Its TZDate is not used to
// read a wall clock as an instant: around a daylight-saving change the instant it picks depends on
// the server's own zone (and date-fns-tz's fromZonedTime likewise), where zonedTimeToInstant gives
// the same answer everywhere. Display stays with Intl.DateTimeFormat, which knows the reader's
// locale.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { dateFormat } from "@/lib/format";

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
const canonicalZones = new Map<string, string | null>();
/** The runtime's own name of a zone ("europe/brussels" → "Europe/Brussels"), or null when it knows no such zone. */
function canonicalZone(tz: string): string | null {
  if (!tz || tz.length > 64) return null;
  let canonical = canonicalZones.get(tz);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    if (canonicalZones.size < 1_000) canonicalZones.set(tz, canonical);
  }
  return canonical;
}

export function isValidTimeZone(tz: string): boolean {
  return canonicalZone(tz) !== null;
}

/**
 * The zone's offset from UTC at `instant`, in minutes (a fraction for the local mean time of old
 * dates). tzOffset keeps a formatter for every zone name it is given, for good: it is only given
 * the runtime's own names, of which there are a few hundred, never a spelling someone typed.
 * (@date-fns/tz 1.5.0 gives offsets between -00:01 and -00:59 the wrong sign; no zone has had one
 * since Monrovia's ended in January 1972.)
 */
function offsetAt(instant: Date | number, zone: string): number {
  if (Number.isNaN(+instant)) throw new RangeError("Invalid time value");
  return tzOffset(canonicalZone(zone) ?? "UTC", new Date(instant));
}

/** The wall clock at `instant` in `timeZone`, as numbers. */
export function wallParts(instant: Date, timeZone: string) {
  // Moved by the zone's offset (to the second), the instant's UTC fields are the venue's clock.
  const w = new Date(instant.getTime() + Math.round(offsetAt(instant, resolveZone(timeZone)) * 60) * 1000);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes(), second: w.getUTCSeconds() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2019-07-04" and "12:30": the date and time at the venue. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const w = wallParts(instant, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The zone's offset from UTC at `instant`, in minutes (Luxembourg in July: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetAt(instant, resolveZone(timeZone)));
}

/**
 * The instant a wall-clock time ("2026-11-21T10:30") denotes in an IANA time zone. The zone is
 * taken as given (the forms resolve aliases first): one the runtime does not know is a RangeError.
 * Next to a daylight-saving change the offset is looked up twice, at the wall clock read as UTC
 * and then at the instant that gives, so a time that does not exist or happens twice lands where it
 * always has (lib/events/zoned.test.ts pins them): in Brussels the missing 02:30 is 03:30 CEST and
 * the repeated one the second (CET); in New York the missing 02:30 is 01:30 EST and the repeated
 * 01:30 the first (EDT).
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Invalid time zone specified: ${timeZone}`);
  const [datePart, timePart] = local.split("T");
  const [y, mo, d] = datePart.split("-").map(Number);
  const [h, mi, s = 0] = timePart.split(":").map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetMs = (instant: number) => Math.round(offsetAt(instant, timeZone) * 60) * 1000;
  return new Date(asUtc - offsetMs(asUtc - offsetMs(asUtc)));
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
