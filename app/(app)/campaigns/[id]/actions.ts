"use server";

import { defineAction } from "@/lib/action";
import { createGoal, deleteGoal, updateGoal } from "@/lib/campaigns/goals";
import { addMember, removeMember } from "@/lib/campaigns/team";
import { goalCreateSchema, goalDeleteSchema, goalUpdateSchema, memberAddSchema, memberRemoveSchema } from "@/lib/campaigns/work-schema";

// Goals and the team show on the campaign's page.
const campaignPage = (_data: unknown, result: { campaignId: string }) => [`/campaigns/${result.campaignId}`];

export const createGoalAction = defineAction({
  schema: goalCreateSchema,
  run: (data, user) => createGoal(user, data),
  revalidate: campaignPage,
});

export const updateGoalAction = defineAction({
  schema: goalUpdateSchema,
  run: (data, user) => updateGoal(user, data),
  revalidate: campaignPage,
});

export const deleteGoalAction = defineAction({
  schema: goalDeleteSchema,
  run: (data, user) => deleteGoal(user, data),
  revalidate: campaignPage,
});

export const addMemberAction = defineAction({
  schema: memberAddSchema,
  run: (data, user) => addMember(user, data),
  revalidate: campaignPage,
});

export const removeMemberAction = defineAction({
  schema: memberRemoveSchema,
  run: (data, user) => removeMember(user, data),
  revalidate: campaignPage,
});
