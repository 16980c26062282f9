// What users read of the campaigns' enums, without zod: client components import it directly, and
// ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { campaignStatuses, type CampaignStatus } from "@/db/enums";

// The values are the database enum's (db/enums.ts); the labels are what users read.
export { campaignStatuses, type CampaignStatus };
export const editableCampaignStatuses = ["planned", "active", "paused", "completed"] as const satisfies readonly CampaignStatus[];

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  planned: "Planned",
  active: "Active",
  paused: "Paused",
  completed: "Completed",
  archived: "Archived",
};
