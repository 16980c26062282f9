// Server actions of the appeals-output section, spread into tests/action-registry.ts. The matrix
// runs a local SMTP server (SMTP_URL, tests/action-matrix.test.ts): an approved appeal is sent for real.
import type { Entry } from "../action-registry";
import { make } from "./make";

export const appealsOutputActions: Record<string, Entry> = {
  "(app)/appeals/[id]/email/actions.ts#emailPlanAction": { capability: "appeal.write", input: (f) => ({ appealId: f.approvedAppealId }) },
  "(app)/appeals/[id]/email/actions.ts#sendAppealByEmailAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.approvedAppealId }),
    setup: async () => ({ approvedAppealId: (await make.appeal("approved")).id }),
    data: { sent: 1, failed: [] },
  },
};
