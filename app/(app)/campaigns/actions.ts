"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { archiveCampaign, createCampaign, restoreCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignArchiveSchema, campaignFormSchema, campaignUpdateSchema } from "@/lib/campaigns/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

export async function createCampaignAction(input: unknown) {
  const result = await runAction(campaignFormSchema, input, (values, user) => createCampaign(user, values));
  if (result.ok) revalidatePath("/campaigns");
  return result;
}

export async function updateCampaignAction(input: unknown) {
  const result = await runAction(campaignUpdateSchema, input, (data, user) => updateCampaign(user, data));
  if (result.ok) revalidatePath("/campaigns", "layout");
  return result;
}

export async function archiveCampaignAction(input: unknown) {
  const result = await runAction(campaignArchiveSchema, input, (data, user) => archiveCampaign(user, data));
  if (result.ok) revalidatePath("/campaigns", "layout");
  return result;
}

export async function restoreCampaignAction(input: unknown) {
  const result = await runAction(campaignArchiveSchema, input, (data, user) => restoreCampaign(user, data));
  if (result.ok) revalidatePath("/campaigns", "layout");
  return result;
}
