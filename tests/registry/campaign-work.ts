// Server actions of the campaign-work section, spread into tests/action-registry.ts.
import { randomUUID } from "node:crypto";
import type { Entry } from "../action-registry";

const goal = { metric: "signatures", label: "Matrix goal", target: "20", dueOn: "" };

export const campaignWorkActions: Record<string, Entry> = {
  "(app)/campaigns/[id]/actions.ts#createGoalAction": { capability: "campaign.write", input: (f) => ({ campaignId: f.campaignId, values: goal }) },
  // Unknown goals: allowed roles get Not found, so nothing the other actions rely on changes.
  "(app)/campaigns/[id]/actions.ts#updateGoalAction": { capability: "campaign.write", input: () => ({ id: randomUUID(), version: 1, values: goal }) },
  "(app)/campaigns/[id]/actions.ts#deleteGoalAction": { capability: "campaign.write", input: () => ({ id: randomUUID(), version: 999 }) },
  "(app)/campaigns/[id]/actions.ts#addMemberAction": {
    capability: "campaign.write",
    input: (f) => ({ campaignId: f.campaignId, userId: f.targetUserId, role: "matrix" }),
  },
  "(app)/campaigns/[id]/actions.ts#removeMemberAction": { capability: "campaign.write", input: (f) => ({ campaignId: f.campaignId, userId: f.targetUserId }) },
};
