"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { createAppeal, deleteAppeal, updateAppeal } from "@/lib/appeals/mutations";
import { addRecipientsFromContacts, addRecipientsFromList, removeRecipient } from "@/lib/appeals/recipients";
import {
  addListRecipientsSchema,
  addRecipientsSchema,
  appealFormSchema,
  appealReturnSchema,
  appealStepSchema,
  appealUpdateSchema,
  dispatchSchema,
  removeRecipientSchema,
  replySchema,
} from "@/lib/appeals/schema";
import { approveAppeal, closeAppeal, logReply, markSent, returnAppeal, submitAppeal } from "@/lib/appeals/transitions";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts) and the workflow (lib/appeals/workflow.ts).

function done<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/appeals", "layout");
  return result;
}

export async function createAppealAction(input: unknown) {
  return done(await runAction(appealFormSchema, input, (values, user) => createAppeal(user, values)));
}

export async function updateAppealAction(input: unknown) {
  return done(await runAction(appealUpdateSchema, input, (data, user) => updateAppeal(user, data)));
}

export async function deleteAppealAction(input: unknown) {
  return done(await runAction(appealStepSchema, input, (data, user) => deleteAppeal(user, data)));
}

export async function submitAppealAction(input: unknown) {
  return done(await runAction(appealStepSchema, input, (data, user) => submitAppeal(user, data)));
}

export async function approveAppealAction(input: unknown) {
  return done(await runAction(appealStepSchema, input, (data, user) => approveAppeal(user, data)));
}

export async function returnAppealAction(input: unknown) {
  return done(await runAction(appealReturnSchema, input, (data, user) => returnAppeal(user, data)));
}

export async function closeAppealAction(input: unknown) {
  return done(await runAction(appealStepSchema, input, (data, user) => closeAppeal(user, data)));
}

export async function addRecipientsAction(input: unknown) {
  return done(await runAction(addRecipientsSchema, input, (data, user) => addRecipientsFromContacts(user, data)));
}

export async function addListRecipientsAction(input: unknown) {
  return done(await runAction(addListRecipientsSchema, input, (data, user) => addRecipientsFromList(user, data)));
}

export async function removeRecipientAction(input: unknown) {
  return done(await runAction(removeRecipientSchema, input, (data, user) => removeRecipient(user, data)));
}

export async function markSentAction(input: unknown) {
  return done(await runAction(dispatchSchema, input, (data, user) => markSent(user, data)));
}

export async function logReplyAction(input: unknown) {
  return done(await runAction(replySchema, input, (data, user) => logReply(user, data)));
}
