// Server actions of two-factor sign-in and the security settings, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

const code = { code: "000000" }; // a wrong code: allowed roles get a business refusal, never Forbidden

export const securityActions: Record<string, Entry> = {
  "(auth)/login/two-factor/actions.ts#verifyCodeAction": {
    capability: "session",
    reason: "acts on a session that owes its second factor, which getCurrentUser() refuses (lib/auth/two-factor.test.ts, e2e/two-factor.spec.ts)",
  },
  "(auth)/login/two-factor/actions.ts#confirmEnrolmentAction": {
    capability: "session",
    reason: "acts on a session that owes its second factor, which getCurrentUser() refuses (lib/auth/two-factor.test.ts, e2e/two-factor.spec.ts)",
  },
  "(app)/account/two-factor/actions.ts#confirmAccountEnrolmentAction": { capability: "read", input: () => code },
  "(app)/account/two-factor/actions.ts#regenerateRecoveryCodesAction": { capability: "read", input: () => code },
  "(app)/account/two-factor/actions.ts#disableTwoFactorAction": { capability: "read", input: () => code },
  // A stale version on purpose: the matrix must not change which roles need a second factor.
  "(app)/admin/security/actions.ts#updateSecuritySettingsAction": {
    capability: "user.manage",
    input: () => ({ version: 999, values: { twoFactorRoles: ["admin", "manager"] } }),
  },
  "(app)/admin/security/actions.ts#resetTwoFactorAction": { capability: "user.manage", input: (f) => ({ id: f.targetUserId }) },
};
