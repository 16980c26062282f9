"use server";

import { defineAction } from "@/lib/action";
import { addParticipant, addPartner, changeEventStatus, createEvent, deleteEvent, removeParticipant, removePartner, updateEvent } from "@/lib/events/mutations";
import {
  eventDeleteSchema,
  eventFormSchema,
  eventStatusChangeSchema,
  eventUpdateSchema,
  participantSchema,
  partnerSchema,
  taskCreateSchema,
  taskDeleteSchema,
  taskDoneSchema,
  taskUpdateSchema,
  usualTasksSchema,
} from "@/lib/events/schema";
import { addUsualTasks, createTask, deleteTask, setTaskDone, updateTask } from "@/lib/events/tasks";

// The events list, and the page of the event the change belongs to.
const eventPages = (_data: unknown, result: { eventId?: string | null }) => ["/events", result.eventId && `/events/${result.eventId}`];

export const createEventAction = defineAction({
  schema: eventFormSchema,
  run: (values, user) => createEvent(user, values),
  revalidate: ["/events"],
});

export const updateEventAction = defineAction({
  schema: eventUpdateSchema,
  run: (data, user) => updateEvent(user, data),
  revalidate: [{ path: "/events", type: "layout" }],
});

export const changeEventStatusAction = defineAction({
  schema: eventStatusChangeSchema,
  run: (data, user) => changeEventStatus(user, data),
  revalidate: [{ path: "/events", type: "layout" }],
});

export const deleteEventAction = defineAction({
  schema: eventDeleteSchema,
  run: (data, user) => deleteEvent(user, data),
  revalidate: ["/events"],
});

export const addParticipantAction = defineAction({
  schema: participantSchema,
  run: (data, user) => addParticipant(user, data),
  revalidate: eventPages,
});

export const removeParticipantAction = defineAction({
  schema: participantSchema,
  run: (data, user) => removeParticipant(user, data),
  revalidate: eventPages,
});

export const addPartnerAction = defineAction({
  schema: partnerSchema,
  run: (data, user) => addPartner(user, data),
  revalidate: eventPages,
});

export const removePartnerAction = defineAction({
  schema: partnerSchema,
  run: (data, user) => removePartner(user, data),
  revalidate: eventPages,
});

export const createTaskAction = defineAction({
  schema: taskCreateSchema,
  run: (data, user) => createTask(user, data),
  revalidate: eventPages,
});

export const updateTaskAction = defineAction({
  schema: taskUpdateSchema,
  run: (data, user) => updateTask(user, data),
  revalidate: eventPages,
});

export const setTaskDoneAction = defineAction({
  schema: taskDoneSchema,
  run: (data, user) => setTaskDone(user, data),
  revalidate: (data, result) => [...eventPages(data, result), "/events/tasks"],
});

export const deleteTaskAction = defineAction({
  schema: taskDeleteSchema,
  run: (data, user) => deleteTask(user, data),
  revalidate: eventPages,
});

export const addUsualTasksAction = defineAction({
  schema: usualTasksSchema,
  run: (data, user) => addUsualTasks(user, data),
  revalidate: eventPages,
});
