// The usual logistics of each kind of event, with how many days before the start each is due
// (negative: after the event). "Add usual tasks" inserts those whose title is not there yet.
import type { EventKind, TaskCategory } from "./schema";
import { addDays } from "./zoned";

export type TaskTemplate = { title: string; category: TaskCategory; daysBefore: number };

const invitations: TaskTemplate = { title: "Send the invitations", category: "communication", daysBefore: 21 };
const press: TaskTemplate = { title: "Press release and social media", category: "communication", daysBefore: 3 };

export const taskTemplates: Record<EventKind, TaskTemplate[]> = {
  side_event: [
    { title: "Book the room", category: "room_booking", daysBefore: 60 },
    { title: "Accreditation and badges", category: "accreditation", daysBefore: 21 },
    { title: "Interpretation", category: "interpretation", daysBefore: 30 },
    { title: "Catering", category: "catering", daysBefore: 14 },
    { title: "Audio-visual equipment", category: "av", daysBefore: 7 },
    { title: "Travel and accommodation of speakers", category: "travel", daysBefore: 30 },
    invitations,
    press,
  ],
  conference: [
    { title: "Book the venue", category: "room_booking", daysBefore: 90 },
    { title: "Accreditation and badges", category: "accreditation", daysBefore: 21 },
    { title: "Interpretation", category: "interpretation", daysBefore: 45 },
    { title: "Catering", category: "catering", daysBefore: 21 },
    { title: "Audio-visual equipment", category: "av", daysBefore: 14 },
    { title: "Travel and accommodation of speakers", category: "travel", daysBefore: 45 },
    { ...invitations, daysBefore: 30 },
    { ...press, daysBefore: 7 },
  ],
  hearing: [
    { title: "Book the hearing room", category: "room_booking", daysBefore: 45 },
    { title: "Interpretation", category: "interpretation", daysBefore: 21 },
    { title: "Travel of witnesses and speakers", category: "travel", daysBefore: 30 },
    { ...invitations, daysBefore: 14 },
    press,
  ],
  webinar: [
    { title: "Set up the webinar platform and test the link", category: "av", daysBefore: 7 },
    { title: "Interpretation", category: "interpretation", daysBefore: 14 },
    { ...invitations, daysBefore: 14 },
    press,
  ],
  press_conference: [
    { title: "Book the room", category: "room_booking", daysBefore: 14 },
    { title: "Audio-visual equipment", category: "av", daysBefore: 3 },
    { title: "Media advisory to journalists", category: "communication", daysBefore: 5 },
    { title: "Press release", category: "communication", daysBefore: 1 },
  ],
  mission: [
    { title: "Visas and letters of invitation", category: "accreditation", daysBefore: 45 },
    { title: "Travel and accommodation", category: "travel", daysBefore: 30 },
    { title: "Request the meetings", category: "other", daysBefore: 21 },
    { title: "Briefing pack", category: "communication", daysBefore: 7 },
    { title: "Mission report", category: "other", daysBefore: -14 },
  ],
  meeting: [
    { title: "Confirm the meeting and who attends", category: "other", daysBefore: 7 },
    { title: "Briefing note", category: "communication", daysBefore: 2 },
  ],
};

/**
 * The templates of `kind` not yet among `existingTitles` (compared case-insensitively), with due
 * dates counted back from the event's first day at the venue (none while the date is not fixed).
 */
export function usualTasksFor(kind: EventKind, startDate: string | null, existingTitles: string[]) {
  const have = new Set(existingTitles.map((t) => t.trim().toLowerCase()));
  return taskTemplates[kind]
    .filter((t) => !have.has(t.title.toLowerCase()))
    .map((t) => ({ title: t.title, category: t.category, dueOn: startDate ? addDays(startDate, -t.daysBefore) : null }));
}
