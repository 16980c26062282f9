// Server actions of the campaign-work section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";
import { make } from "./make";

const goal = { metric: "signatures", label: "Matrix goal", target: "20", dueOn: "" };

export const campaignWorkActions: Record<string, Entry> = {
  "(app)/campaigns/[id]/actions.ts#createGoalAction": { capability: "campaign.write", input: (f) => ({ campaignId: f.campaignId, values: goal }) },
  "(app)/campaigns/[id]/actions.ts#updateGoalAction": {
    capability: "campaign.write",
    input: (f) => ({ id: f.goalId, version: f.version, values: goal }),
    setup: async () => {
      const { id, version } = await make.goal((await make.campaign()).id);
      return { goalId: id, version };
    },
  },
  "(app)/campaigns/[id]/actions.ts#deleteGoalAction": {
    capability: "campaign.write",
    input: (f) => ({ id: f.goalId, version: f.version }),
    setup: async () => {
      const { id, version } = await make.goal((await make.campaign()).id);
      return { goalId: id, version };
    },
  },
  "(app)/campaigns/[id]/actions.ts#addMemberAction": {
    capability: "campaign.write",
    input: (f) => ({ campaignId: f.campaignId, userId: f.targetUserId, role: "matrix" }),
    setup: async () => ({ targetUserId: (await make.user("officer")).id }),
  },
  "(app)/campaigns/[id]/actions.ts#removeMemberAction": {
    capability: "campaign.write",
    input: (f) => ({ campaignId: f.campaignId, userId: f.targetUserId }),
    setup: async () => {
      const user = await make.user("officer");
      return { ...(await make.campaignMember(user.id)), targetUserId: user.id };
    },
  },
};
