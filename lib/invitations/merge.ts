// The merge fields of an event's invitation, their values for one guest, and the default wording.
// Pure: the template editor's live preview (in the browser) and the generated texts and e-mails
// (on the server) fill them the same way. Dates and times are always the venue's, in its zone.
import { dateFormat } from "@/lib/format";
import { renderTemplate, type FieldSet } from "@/lib/templates/merge-fields";

export const INVITATION_FIELDS = {
  salutation: "Salutation (“Dear Ms Hautala”)",
  name: "Guest's name",
  title: "Guest's title",
  event_title: "Title of the event",
  date: "Date at the venue (“Thursday 4 July 2019”)",
  time: "Start time at the venue (“12:30”)",
  time_zone: "Whose time (“Luxembourg time”)",
  room: "Room",
  venue: "Venue",
  city: "City",
  co_hosts: "Names of the co-hosts",
  rsvp_link: "The guest's private link to answer",
} as const satisfies FieldSet;

/**
 * The fields written into a guest's stored text. `{{rsvp_link}}` is not among them: the link holds
 * the guest's token, which is never stored in clear, so it stays a placeholder in the text and is
 * filled in only when the text is shown to a coordinator or sent.
 */
const STORED_FIELDS: FieldSet = Object.fromEntries(Object.entries(INVITATION_FIELDS).filter(([name]) => name !== "rsvp_link"));

export type InvitationEvent = {
  title: string;
  kind?: string;
  startsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  venue: string | null;
  room: string | null;
  city: string | null;
  coHosts: string[];
};

export type InvitationGuest = { name: string; title: string | null; salutation: string | null };

export const DEFAULT_SALUTATION = "Dear Sir or Madam";

/** A zone Intl does not know (a typo stored long ago) reads as UTC rather than breaking every text. */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return dateFormat("en-GB", { ...options, timeZone });
  } catch {
    return dateFormat("en-GB", { ...options, timeZone: "UTC" });
  }
}

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  return Object.fromEntries(
    formatter(timeZone, options)
      .formatToParts(date)
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, p.value]),
  );
}

/** "Thursday 4 July 2019", the day at the venue. */
export function venueDate(startsAt: Date | null, timeZone: string): string {
  if (!startsAt) return "a date to be confirmed";
  const p = parts(startsAt, timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "12:30" at the venue; empty for an all-day event or one without a date. */
export function venueTime(startsAt: Date | null, timeZone: string, allDay = false): string {
  if (!startsAt || allDay) return "";
  const p = parts(startsAt, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${p.hour}:${p.minute}`;
}

/** "Europe/Luxembourg" → "Luxembourg time", "America/New_York" → "New York time". */
export function zoneLabel(timeZone: string): string {
  if (timeZone === "UTC") return "UTC";
  const city = timeZone.split("/").pop() ?? timeZone;
  return `${city.replace(/_/g, " ")} time`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function invitationFieldValues(event: InvitationEvent, guest: InvitationGuest, rsvpLink: string): Record<keyof typeof INVITATION_FIELDS, string> {
  return {
    salutation: guest.salutation?.trim() || DEFAULT_SALUTATION,
    name: guest.name,
    title: guest.title ?? "",
    event_title: event.title,
    date: venueDate(event.startsAt, event.timeZone),
    time: venueTime(event.startsAt, event.timeZone, event.allDay),
    time_zone: zoneLabel(event.timeZone),
    room: event.room ?? "",
    venue: event.venue ?? "",
    city: event.city ?? "",
    co_hosts: joinNames(event.coHosts),
    rsvp_link: rsvpLink,
  };
}

const LINK_FIELD: FieldSet = { rsvp_link: INVITATION_FIELDS.rsvp_link };

/**
 * The one rendering of an invitation, for the editor's preview, the texts stored per guest, the
 * e-mails sent and anything else that shows a guest's text. Without a link (`null`) it is the
 * stored text, `{{rsvp_link}}` left as a placeholder; with one, the text as the guest reads it,
 * which is exactly the stored text with the link put in (see withLink).
 */
export function invitationText(template: string, event: InvitationEvent, guest: InvitationGuest, rsvpLink: string | null = null): string {
  const stored = renderTemplate(template, invitationFieldValues(event, guest, ""), STORED_FIELDS);
  return rsvpLink === null ? stored : withLink(stored, rsvpLink);
}

/** A stored text (or a template) as the guest reads it, with their link; same punctuation rule as every field. */
export function withLink(text: string, rsvpLink: string): string {
  return renderTemplate(text, { rsvp_link: rsvpLink }, LINK_FIELD);
}

/** What a guest is (or was) sent: their stored text when there is one, else the template's, with their link. */
export function sentText(stored: string | null, template: string, event: InvitationEvent, guest: InvitationGuest, rsvpLink: string): string {
  return stored === null ? invitationText(template, event, guest, rsvpLink) : withLink(stored, rsvpLink);
}

const kindWords: Record<string, string> = {
  side_event: "side-event",
  hearing: "hearing",
  press_conference: "press conference",
  conference: "conference",
  mission: "meeting",
  webinar: "online event",
  meeting: "meeting",
};

/**
 * The foundation's usual wording, built from what the event has: a room, a venue, co-hosts are
 * named only when known, so no sentence ends in a dangling comma.
 */
export function defaultTemplate(event: Pick<InvitationEvent, "kind" | "startsAt" | "allDay" | "room" | "venue" | "city" | "coHosts">): string {
  const when = event.startsAt && !event.allDay ? "on {{date}} at {{time}} ({{time_zone}})" : "on {{date}}";
  const where = [event.room && "{{room}}", event.venue && "{{venue}}", event.city && "{{city}}"].filter(Boolean).join(", ");
  const cohosts = event.coHosts.length ? ", co-hosted by {{co_hosts}}" : "";
  const kind = kindWords[event.kind ?? ""] ?? "event";
  return [
    "{{salutation}},",
    "",
    `We have the honour to invite you to the ${kind} “{{event_title}}” ${when}${where ? `, ${where}` : ""}${cohosts}.`,
    "",
    "Please let us know whether you can attend: {{rsvp_link}}",
    "",
    "With kind regards,",
  ].join("\n");
}
