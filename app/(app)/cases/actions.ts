"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { assignUser, createCase, deleteCase, unassignUser, updateCase } from "@/lib/cases/mutations";
import { caseAssignmentSchema, caseDeleteSchema, caseFormSchema, caseUpdateSchema } from "@/lib/cases/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts) and the restricted-case rule.

export async function createCaseAction(input: unknown) {
  const result = await runAction(caseFormSchema, input, (values, user) => createCase(user, values));
  if (result.ok) revalidatePath("/cases");
  return result;
}

export async function updateCaseAction(input: unknown) {
  const result = await runAction(caseUpdateSchema, input, (data, user) => updateCase(user, data));
  if (result.ok) revalidatePath("/cases", "layout");
  return result;
}

export async function deleteCaseAction(input: unknown) {
  const result = await runAction(caseDeleteSchema, input, (data, user) => deleteCase(user, data));
  if (result.ok) revalidatePath("/cases", "layout");
  return result;
}

export async function assignCaseUserAction(input: unknown) {
  const result = await runAction(caseAssignmentSchema, input, (data, user) => assignUser(user, data));
  if (result.ok) revalidatePath(`/cases/${result.data.caseId}`);
  return result;
}

export async function unassignCaseUserAction(input: unknown) {
  const result = await runAction(caseAssignmentSchema, input, (data, user) => unassignUser(user, data));
  if (result.ok) revalidatePath(`/cases/${result.data.caseId}`);
  return result;
}
