// Server actions of the events section, spread into tests/action-registry.ts.
import { randomUUID } from "node:crypto";
import type { Entry } from "../action-registry";

const at = "(app)/events/actions.ts#";
const event = {
  kind: "side_event", forum: "osce_pa_session", title: "Matrix event", description: "", startDate: "2019-07-04", startTime: "12:30", endDate: "",
  endTime: "14:30", allDay: false, timeZone: "Europe/Luxembourg", venue: "", room: "", city: "", country: "", onlineUrl: "", capacity: "",
  coordinatorId: "", campaignId: "", caseIds: [],
};
const task = { title: "Matrix task", category: "other", ownerId: "", dueOn: "", notes: "" };

// Stale versions and unknown ids on purpose where the fixture event must survive.
export const eventsActions: Record<string, Entry> = {
  [`${at}createEventAction`]: { capability: "event.write", input: () => event },
  [`${at}updateEventAction`]: { capability: "event.write", input: (f) => ({ id: f.eventId, version: 999, values: event }) },
  [`${at}changeEventStatusAction`]: { capability: "event.write", input: (f) => ({ id: f.eventId, version: 999, to: "confirmed" }) },
  [`${at}deleteEventAction`]: { capability: "delete", input: (f) => ({ id: f.eventId, version: 999 }) },
  [`${at}addParticipantAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, contactId: f.contactId, role: "speaker" }) },
  [`${at}removeParticipantAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, contactId: f.contactId, role: "co_host" }) },
  [`${at}addPartnerAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, organizationId: randomUUID() }) },
  [`${at}removePartnerAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, organizationId: randomUUID() }) },
  [`${at}createTaskAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, values: task }) },
  [`${at}updateTaskAction`]: { capability: "event.write", input: () => ({ id: randomUUID(), version: 1, values: task }) },
  [`${at}setTaskDoneAction`]: { capability: "event.write", input: () => ({ id: randomUUID(), version: 1, done: true }) },
  [`${at}deleteTaskAction`]: { capability: "event.write", input: () => ({ id: randomUUID(), version: 1 }) },
  [`${at}addUsualTasksAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
};
