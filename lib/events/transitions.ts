// The life of an event: idea → planned → confirmed → invitations sent → held → reported, or
// cancelled before it is held. Forward one step at a time, except that "invitations sent" may be
// skipped (missions and meetings send none). A cancelled event may be planned again.
// Enforced in lib/events/mutations.ts; the detail page offers exactly these.
import type { EventStatus } from "./schema";

const next: Record<EventStatus, EventStatus[]> = {
  idea: ["planned", "cancelled"],
  planned: ["confirmed", "cancelled"],
  confirmed: ["invitations_sent", "held", "cancelled"],
  invitations_sent: ["held", "cancelled"],
  held: ["reported"],
  reported: [],
  cancelled: ["planned"],
};

type EventState = { status: EventStatus; startsAt: Date | null };

export function allowedTransitions(status: EventStatus): EventStatus[] {
  return next[status];
}

/** Why the move is refused, or null when it is allowed now. */
export function transitionRefusal(event: EventState, to: EventStatus, now = new Date()): string | null {
  if (!next[event.status].includes(to)) return `An event that is “${event.status.replace("_", " ")}” cannot become “${to.replace("_", " ")}”.`;
  if ((to === "planned" || to === "confirmed") && !event.startsAt) return "Fix the date first: a planned event has a start date.";
  if (to === "held" && (!event.startsAt || event.startsAt > now)) return "An event can be marked held only once it has started.";
  return null;
}

export const transitionLabels: Partial<Record<EventStatus, string>> = {
  planned: "Mark planned",
  confirmed: "Mark confirmed",
  invitations_sent: "Mark invitations sent",
  held: "Mark held",
  reported: "Mark reported",
  cancelled: "Cancel event",
};
