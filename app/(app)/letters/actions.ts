"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { createLetter, deleteLetter, setLetterOutcome, updateLetter } from "@/lib/letters/mutations";
import { addPoolContact, addPoolFromFilters, addPoolFromList, bulkSetStatus, removeFromPool, setSignatoryStatus } from "@/lib/letters/pool";
import {
  bulkStatusSchema,
  letterDeleteSchema,
  letterFormSchema,
  letterOutcomeUpdateSchema,
  letterUpdateSchema,
  poolContactSchema,
  poolFilterSchema,
  poolFromListSchema,
  poolRemoveSchema,
  signatoryChangeSchema,
} from "@/lib/letters/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

export async function createLetterAction(input: unknown) {
  const result = await runAction(letterFormSchema, input, (values, user) => createLetter(user, values));
  if (result.ok) revalidatePath("/letters");
  return result;
}

export async function updateLetterAction(input: unknown) {
  const result = await runAction(letterUpdateSchema, input, (data, user) => updateLetter(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function setLetterOutcomeAction(input: unknown) {
  const result = await runAction(letterOutcomeUpdateSchema, input, (data, user) => setLetterOutcome(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function deleteLetterAction(input: unknown) {
  const result = await runAction(letterDeleteSchema, input, (data, user) => deleteLetter(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function addPoolFromFiltersAction(input: unknown) {
  const result = await runAction(poolFilterSchema, input, (data, user) => addPoolFromFilters(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function addPoolFromListAction(input: unknown) {
  const result = await runAction(poolFromListSchema, input, (data, user) => addPoolFromList(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function addPoolContactAction(input: unknown) {
  const result = await runAction(poolContactSchema, input, (data, user) => addPoolContact(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function removeFromPoolAction(input: unknown) {
  const result = await runAction(poolRemoveSchema, input, (data, user) => removeFromPool(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function setSignatoryStatusAction(input: unknown) {
  const result = await runAction(signatoryChangeSchema, input, (data, user) => setSignatoryStatus(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}

export async function bulkSetStatusAction(input: unknown) {
  const result = await runAction(bulkStatusSchema, input, (data, user) => bulkSetStatus(user, data));
  if (result.ok) revalidatePath("/letters", "layout");
  return result;
}
