"use server";

import { defineAction } from "@/lib/action";
import { archiveCampaign, createCampaign, restoreCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignArchiveSchema, campaignFormSchema, campaignUpdateSchema } from "@/lib/campaigns/schema";

export const createCampaignAction = defineAction({
  schema: campaignFormSchema,
  run: (values, user) => createCampaign(user, values),
  revalidate: ["/campaigns"],
});

export const updateCampaignAction = defineAction({
  schema: campaignUpdateSchema,
  run: (data, user) => updateCampaign(user, data),
  revalidate: [{ path: "/campaigns", type: "layout" }],
});

export const archiveCampaignAction = defineAction({
  schema: campaignArchiveSchema,
  run: (data, user) => archiveCampaign(user, data),
  revalidate: [{ path: "/campaigns", type: "layout" }],
});

export const restoreCampaignAction = defineAction({
  schema: campaignArchiveSchema,
  run: (data, user) => restoreCampaign(user, data),
  revalidate: [{ path: "/campaigns", type: "layout" }],
});
