"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { createGoal, deleteGoal, updateGoal } from "@/lib/campaigns/goals";
import { addMember, removeMember } from "@/lib/campaigns/team";
import { goalCreateSchema, goalDeleteSchema, goalUpdateSchema, memberAddSchema, memberRemoveSchema } from "@/lib/campaigns/work-schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

export async function createGoalAction(input: unknown) {
  const result = await runAction(goalCreateSchema, input, (data, user) => createGoal(user, data));
  if (result.ok) revalidatePath(`/campaigns/${result.data.campaignId}`);
  return result;
}

export async function updateGoalAction(input: unknown) {
  const result = await runAction(goalUpdateSchema, input, (data, user) => updateGoal(user, data));
  if (result.ok) revalidatePath(`/campaigns/${result.data.campaignId}`);
  return result;
}

export async function deleteGoalAction(input: unknown) {
  const result = await runAction(goalDeleteSchema, input, (data, user) => deleteGoal(user, data));
  if (result.ok) revalidatePath(`/campaigns/${result.data.campaignId}`);
  return result;
}

export async function addMemberAction(input: unknown) {
  const result = await runAction(memberAddSchema, input, (data, user) => addMember(user, data));
  if (result.ok) revalidatePath(`/campaigns/${result.data.campaignId}`);
  return result;
}

export async function removeMemberAction(input: unknown) {
  const result = await runAction(memberRemoveSchema, input, (data, user) => removeMember(user, data));
  if (result.ok) revalidatePath(`/campaigns/${result.data.campaignId}`);
  return result;
}
