// What users read of campaign goals' metrics, without zod: client components import it directly, and
// ./work-schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { campaignGoalMetrics, type CampaignGoalMetric } from "@/db/enums";

// The values are the database enum's (db/enums.ts); the labels are what users read.
export const goalMetrics = campaignGoalMetrics;
export type GoalMetric = CampaignGoalMetric;

export const goalMetricLabels: Record<GoalMetric, string> = {
  signatures: "Signatures on the campaign's letters",
  appeals_sent: "Appeals sent",
  events_held: "Events held",
  cases_released: "Cases released",
  other: "Other (not counted automatically)",
};
