// What users read of the events' enums, without zod: client components import it directly, and
// ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import {
  eventForums,
  eventKinds,
  eventStatuses,
  eventTaskCategories,
  type EventForum,
  type EventKind,
  type EventRole,
  type EventStatus,
  type EventTaskCategory,
} from "@/db/enums";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export { eventForums, eventKinds, eventStatuses, type EventForum, type EventKind, type EventStatus };
export const eventKindLabels: Record<EventKind, string> = {
  side_event: "Side-event",
  hearing: "Hearing",
  press_conference: "Press conference",
  conference: "Conference",
  mission: "Mission",
  webinar: "Webinar",
  meeting: "Meeting",
};

export const eventForumLabels: Record<EventForum, string> = {
  pace_session: "PACE session",
  osce_hdim: "OSCE HDIM",
  osce_shdm: "OSCE SHDM",
  osce_pa_session: "OSCE PA session",
  european_parliament: "European Parliament",
  un_hrc: "UN Human Rights Council",
  national_parliament: "National parliament",
  online: "Online",
  other: "Other",
};

export const eventStatusLabels: Record<EventStatus, string> = {
  idea: "Idea",
  planned: "Planned",
  confirmed: "Confirmed",
  invitations_sent: "Invitations sent",
  held: "Held",
  reported: "Reported",
  cancelled: "Cancelled",
};

/** Contacts' roles at an event; the moderator is the event's own field (one per event). */
export const participantRoles = ["co_host", "speaker"] as const satisfies readonly EventRole[];
export type ParticipantRole = EventRole;
export const participantRoleLabels: Record<ParticipantRole, string> = {
  co_host: "Co-host",
  speaker: "Speaker",
  moderator: "Moderator",
  partner: "Partner",
};

export const taskCategories = eventTaskCategories;
export type TaskCategory = EventTaskCategory;
export const taskCategoryLabels: Record<TaskCategory, string> = {
  room_booking: "Room booking",
  accreditation: "Accreditation and badges",
  interpretation: "Interpretation",
  catering: "Catering",
  av: "Audio-visual",
  travel: "Travel",
  communication: "Invitations and press",
  other: "Other",
};
