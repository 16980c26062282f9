"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { findCases, findSenders } from "@/lib/incoming/lookups";
import { decideIncoming, logIncoming, reopenIncoming, startReview, updateIncoming } from "@/lib/incoming/mutations";
import { incomingDecisionSchema, incomingFormSchema, incomingStepSchema, incomingUpdateSchema, lookupSchema } from "@/lib/incoming/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts). Incoming appeals are read and written with
// "case.write" (officers, managers, admins); see lib/incoming/queries.ts.

export async function logIncomingAction(input: unknown) {
  const result = await runAction(incomingFormSchema, input, (values, user) => logIncoming(user, values));
  if (result.ok) {
    revalidatePath("/incoming");
    revalidatePath("/contacts"); // a new sender may have become a contact
  }
  return result;
}

export async function updateIncomingAction(input: unknown) {
  const result = await runAction(incomingUpdateSchema, input, (data, user) => updateIncoming(user, data));
  if (result.ok) revalidatePath("/incoming", "layout");
  return result;
}

export async function startReviewAction(input: unknown) {
  const result = await runAction(incomingStepSchema, input, (data, user) => startReview(user, data));
  if (result.ok) revalidatePath("/incoming", "layout");
  return result;
}

export async function decideIncomingAction(input: unknown) {
  const result = await runAction(incomingDecisionSchema, input, (data, user) => decideIncoming(user, data));
  if (result.ok) {
    revalidatePath("/incoming", "layout");
    if (result.data.caseId) revalidatePath("/cases", "layout");
  }
  return result;
}

export async function reopenIncomingAction(input: unknown) {
  const result = await runAction(incomingStepSchema, input, (data, user) => reopenIncoming(user, data));
  if (result.ok) revalidatePath("/incoming", "layout");
  return result;
}

export async function findSendersAction(input: unknown) {
  return runAction(lookupSchema, input, (data, user) => findSenders(user, data.q));
}

export async function findCasesAction(input: unknown) {
  return runAction(lookupSchema, input, (data, user) => findCases(user, data.q));
}
