"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
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

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

const refresh = (eventId?: string) => {
  revalidatePath("/events");
  if (eventId) revalidatePath(`/events/${eventId}`);
};

export async function createEventAction(input: unknown) {
  const result = await runAction(eventFormSchema, input, (values, user) => createEvent(user, values));
  if (result.ok) refresh();
  return result;
}

export async function updateEventAction(input: unknown) {
  const result = await runAction(eventUpdateSchema, input, (data, user) => updateEvent(user, data));
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}

export async function changeEventStatusAction(input: unknown) {
  const result = await runAction(eventStatusChangeSchema, input, (data, user) => changeEventStatus(user, data));
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}

export async function deleteEventAction(input: unknown) {
  const result = await runAction(eventDeleteSchema, input, (data, user) => deleteEvent(user, data));
  if (result.ok) refresh();
  return result;
}

export async function addParticipantAction(input: unknown) {
  const result = await runAction(participantSchema, input, (data, user) => addParticipant(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function removeParticipantAction(input: unknown) {
  const result = await runAction(participantSchema, input, (data, user) => removeParticipant(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function addPartnerAction(input: unknown) {
  const result = await runAction(partnerSchema, input, (data, user) => addPartner(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function removePartnerAction(input: unknown) {
  const result = await runAction(partnerSchema, input, (data, user) => removePartner(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function createTaskAction(input: unknown) {
  const result = await runAction(taskCreateSchema, input, (data, user) => createTask(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function updateTaskAction(input: unknown) {
  const result = await runAction(taskUpdateSchema, input, (data, user) => updateTask(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function setTaskDoneAction(input: unknown) {
  const result = await runAction(taskDoneSchema, input, (data, user) => setTaskDone(user, data));
  if (result.ok) {
    refresh(result.data.eventId);
    revalidatePath("/events/tasks");
  }
  return result;
}

export async function deleteTaskAction(input: unknown) {
  const result = await runAction(taskDeleteSchema, input, (data, user) => deleteTask(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}

export async function addUsualTasksAction(input: unknown) {
  const result = await runAction(usualTasksSchema, input, (data, user) => addUsualTasks(user, data));
  if (result.ok) refresh(result.data.eventId);
  return result;
}
