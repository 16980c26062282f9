// Server actions of the events section, spread into tests/action-registry.ts. In the matrix each
// call that changes an event, its people or its tasks gets a fresh one (./make.ts).
import type { Entry } from "../action-registry";
import { make, record } from "./make";

const at = "(app)/events/actions.ts#";
const event = {
  kind: "side_event", forum: "osce_pa_session", title: "Matrix event", description: "", startDate: "2019-07-04", startTime: "12:30", endDate: "",
  endTime: "14:30", allDay: false, timeZone: "Europe/Luxembourg", venue: "", room: "", city: "", country: "", onlineUrl: "", capacity: "",
  coordinatorId: "", campaignId: "", caseIds: [],
};
const task = { title: "Matrix task", category: "other", ownerId: "", dueOn: "", notes: "" };
const freshEvent = () => record("eventId", make.event());
const freshTask = async () => {
  const { id, version } = await make.task();
  return { taskId: id, version };
};

export const eventsActions: Record<string, Entry> = {
  [`${at}createEventAction`]: { capability: "event.write", input: () => event },
  [`${at}updateEventAction`]: { capability: "event.write", input: (f) => ({ id: f.eventId, version: f.version, values: event }), setup: freshEvent },
  // planned → confirmed
  [`${at}changeEventStatusAction`]: { capability: "event.write", input: (f) => ({ id: f.eventId, version: f.version, to: "confirmed" }), setup: freshEvent },
  [`${at}deleteEventAction`]: { capability: "delete", input: (f) => ({ id: f.eventId, version: f.version }), setup: freshEvent },
  [`${at}addParticipantAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, contactId: f.contactId, role: "speaker" }), setup: freshEvent },
  [`${at}removeParticipantAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, contactId: f.contactId, role: "co_host" }),
    setup: () => make.participant("co_host"),
  },
  [`${at}addPartnerAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, organizationId: f.organizationId }), setup: freshEvent },
  [`${at}removePartnerAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, organizationId: f.organizationId }), setup: () => make.partner() },
  [`${at}createTaskAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, values: task }) },
  [`${at}updateTaskAction`]: { capability: "event.write", input: (f) => ({ id: f.taskId, version: f.version, values: task }), setup: freshTask },
  [`${at}setTaskDoneAction`]: { capability: "event.write", input: (f) => ({ id: f.taskId, version: f.version, done: true }), setup: freshTask },
  [`${at}deleteTaskAction`]: { capability: "event.write", input: (f) => ({ id: f.taskId, version: f.version }), setup: freshTask },
  [`${at}addUsualTasksAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }), setup: freshEvent },
};
