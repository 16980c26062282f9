// A small RFC 5545 writer for the events' calendar files: one event, or the feed of upcoming ones.
// Timed events carry the venue's zone (DTSTART;TZID=Europe/Luxembourg:20190704T123000) with a
// VTIMEZONE block giving the zone's offsets around the events' dates, from the runtime's time-zone
// data through lib/events/zoned.ts (@date-fns/tz's tzOffset), so any IANA zone works, EU daylight
// saving and fixed offsets alike.
// All-day events are VALUE=DATE with an exclusive end, as stored.
//
// Nothing stored can add a line or a property: TEXT values are escaped and stripped of control
// characters, the URL is written only when it passes the one web-address rule (lib/url.ts: rows
// saved before that rule may hold a CR/LF), the TZID is a resolved IANA name, and every content
// line is checked for control characters before it is folded at 75 octets.
//
// Hand-written rather than ical-generator (11.x): with a plain Date and a TZID that library prints
// the server's local wall clock (the venue's needs luxon, moment or @date-fns/tz), the VTIMEZONE
// needs an outside generator (@touch4it/ical-timezones), and it writes the calendar's NAME and
// X-WR-CALNAME unescaped and the event URL TEXT-escaped (a comma in a link becomes "\,").
import { isSafeHttpUrl } from "@/lib/url";
import { addDays, offsetMinutes, resolveZone, wallClock, wallParts } from "./zoned";

export type IcsEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  location: string;
  url: string | null;
  status: string;
  version: number;
  updatedAt: Date;
};

const CRLF = "\r\n";
const UID_DOMAIN = "advocacy-desk";

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; every line break (CRLF,
 * CR, LF, and NEL, U+2028, U+2029, vertical tab and form feed, which some readers split lines at)
 * written as "\n"; any other control character (C0 but the tab, DEL, C1) dropped, since TEXT
 * cannot carry it.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, "\\n")
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, "");
}

/** A URI value (URL property): only a web address passing the app's rule, else nothing. */
export function safeUri(value: string | null): string | null {
  return value !== null && isSafeHttpUrl(value) ? value : null;
}

/** No content line may carry a control character but the tab (RFC 5545 §3.1): a line break in one would start a new property. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
function checkedLine(line: string): string {
  if (CONTROL.test(line)) throw new Error(`Calendar line with a control character: ${JSON.stringify(line.slice(0, 40))}`);
  return line;
}

/** Lines longer than 75 octets are folded: CRLF plus one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with the folding space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** 20190704T103000Z */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** 20190704T123000: the wall clock in the zone, without the zone. */
function localStamp(instant: Date, timeZone: string): string {
  const w = wallParts(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

const dateStamp = (date: string) => date.replace(/-/g, "");

/** +0200, -0500 */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

type Transition = { at: Date; from: number; to: number };

/**
 * Every change of the zone's offset in [from, to), to the minute. Not @date-fns/tz's tzScan: it
 * pins a change to the whole UTC hour and steps a month at a time, so St John's and Lord Howe,
 * which change on the half hour, would get their onsets 30 minutes late.
 */
export function zoneTransitions(timeZone: string, from: Date, to: Date): Transition[] {
  const found: Transition[] = [];
  const DAY = 86_400_000;
  let previous = offsetMinutes(from, timeZone);
  for (let t = from.getTime() + DAY; t <= to.getTime(); t += DAY) {
    const offset = offsetMinutes(new Date(t), timeZone);
    if (offset === previous) continue;
    // The change happened within the last day: narrow it down to the minute.
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: new Date(hi), from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/**
 * The VTIMEZONE of `timeZone` valid for the given years: the offsets in force from half a year
 * before the first through the end of the last, each change as its own observance. A zone with
 * no change in that span (UTC, Asia/Almaty today) gets one STANDARD observance.
 */
export function vtimezone(timeZone: string, years: number[]): string[] {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = new Date(Date.UTC(first - 1, 6, 1));
  const to = new Date(Date.UTC(last + 1, 0, 1));
  const transitions = zoneTransitions(timeZone, from, to);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = offsetText(offsetMinutes(from, timeZone));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, "END:STANDARD");
  } else {
    const lowest = Math.min(...transitions.flatMap((t) => [t.from, t.to]));
    for (const t of transitions) {
      // DTSTART is the onset in the local time in force before it (RFC 5545 §3.6.5).
      const type = t.to > lowest ? "DAYLIGHT" : "STANDARD";
      const b = new Date(t.at.getTime() + t.from * 60_000);
      const onset = `${pad(b.getUTCFullYear(), 4)}${pad(b.getUTCMonth() + 1)}${pad(b.getUTCDate())}T${pad(b.getUTCHours())}${pad(b.getUTCMinutes())}00`;
      lines.push(`BEGIN:${type}`, `DTSTART:${onset}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${type}`);
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The zone as a TZID parameter value: a known IANA name (letters, digits, "/", "_", "+", "-"), else UTC. */
function tzid(timeZone: string): string {
  const zone = resolveZone(timeZone);
  return /^[A-Za-z0-9/_+-]+$/.test(zone) ? zone : "UTC";
}

function statusOf(status: string): string {
  if (status === "cancelled") return "CANCELLED";
  if (status === "idea" || status === "planned") return "TENTATIVE";
  return "CONFIRMED";
}

function eventLines(event: IcsEvent & { startsAt: Date }): string[] {
  const e = { ...event, timeZone: tzid(event.timeZone) };
  const lines = ["BEGIN:VEVENT", `UID:${e.id}@${UID_DOMAIN}`, `DTSTAMP:${utcStamp(e.updatedAt)}`, `SEQUENCE:${Math.max(0, e.version - 1)}`];
  if (e.allDay) {
    const startDate = wallClock(e.startsAt, e.timeZone).date;
    // The stored end is midnight after the last day, exclusive, as iCalendar wants it.
    const endDate = e.endsAt ? wallClock(e.endsAt, e.timeZone).date : addDays(startDate, 1);
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(startDate)}`, `DTEND;VALUE=DATE:${dateStamp(endDate > startDate ? endDate : addDays(startDate, 1))}`);
  } else {
    lines.push(`DTSTART;TZID=${e.timeZone}:${localStamp(e.startsAt, e.timeZone)}`);
    if (e.endsAt) lines.push(`DTEND;TZID=${e.timeZone}:${localStamp(e.endsAt, e.timeZone)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  const url = safeUri(e.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${statusOf(e.status)}`, "END:VEVENT");
  return lines;
}

/** A VCALENDAR of the dated events among `events` (undated ones have no place in a calendar). */
export function calendarFile(events: IcsEvent[], options: { name?: string } = {}): string {
  const dated = events.filter((e): e is IcsEvent & { startsAt: Date } => e.startsAt !== null);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Advocacy Desk//Events//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const zones = new Map<string, number[]>();
  for (const e of dated) {
    if (e.allDay) continue;
    const years = [e.startsAt, e.endsAt].filter((d): d is Date => !!d).map((d) => wallParts(d, e.timeZone).year);
    const zone = tzid(e.timeZone);
    zones.set(zone, [...(zones.get(zone) ?? []), ...years]);
  }
  for (const [zone, years] of zones) lines.push(...vtimezone(zone, years));
  for (const e of dated) lines.push(...eventLines(e));
  lines.push("END:VCALENDAR");
  return lines.map((line) => foldLine(checkedLine(line))).join(CRLF) + CRLF;
}

/** "Room E (Level 1), European Convention Centre, Luxembourg, LU"; an online event's link when it has no place. */
export function locationOf(e: { room: string | null; venue: string | null; city: string | null; country: string | null; onlineUrl: string | null }): string {
  const place = [e.room, e.venue, e.city, e.country].filter(Boolean).join(", ");
  return place || safeUri(e.onlineUrl) || "";
}
