// Server actions of the appeals-output section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

// The matrix runs without SMTP_URL: allowed roles get "not configured", a business refusal.
export const appealsOutputActions: Record<string, Entry> = {
  "(app)/appeals/[id]/email/actions.ts#emailPlanAction": { capability: "appeal.write", input: (f) => ({ appealId: f.approvedAppealId }) },
  "(app)/appeals/[id]/email/actions.ts#sendAppealByEmailAction": { capability: "appeal.write", input: (f) => ({ appealId: f.approvedAppealId }) },
};
