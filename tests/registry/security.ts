// Server actions of two-factor sign-in and the security settings, spread into tests/action-registry.ts.
import type { Caller, Entry } from "../action-registry";
import { make } from "./make";

/** The caller's own authenticator, set up just before the call (scanned only, or enrolled) with no code used yet, and its current code. */
const ownCode = (enrolled: boolean) => async (caller: Caller) => (caller ? { code: await make.authenticator(caller.id, enrolled) } : {});

export const securityActions: Record<string, Entry> = {
  "(auth)/login/two-factor/actions.ts#verifyCodeAction": {
    capability: "session",
    reason: "acts on a session that owes its second factor, which getCurrentUser() refuses (lib/auth/two-factor.test.ts, e2e/two-factor.spec.ts)",
  },
  "(auth)/login/two-factor/actions.ts#confirmEnrolmentAction": {
    capability: "session",
    reason: "acts on a session that owes its second factor, which getCurrentUser() refuses (lib/auth/two-factor.test.ts, e2e/two-factor.spec.ts)",
  },
  "(app)/account/two-factor/actions.ts#confirmAccountEnrolmentAction": { capability: "read", input: (f) => ({ code: f.code }), setup: ownCode(false) },
  "(app)/account/two-factor/actions.ts#regenerateRecoveryCodesAction": { capability: "read", input: (f) => ({ code: f.code }), setup: ownCode(true) },
  "(app)/account/two-factor/actions.ts#disableTwoFactorAction": {
    capability: "read",
    input: (f) => ({ code: f.code }),
    setup: ownCode(true),
    expect: "business-refusal",
    roles: ["manager", "admin"],
    formError: "Your role requires two-factor sign-in: it cannot be turned off.",
    reason: "the security settings (the defaults, which the matrix runs on) require a second factor of managers and admins, so they may not turn theirs off",
  },
  // The current version, and the defaults again: the matrix must not change which roles need a second factor.
  "(app)/admin/security/actions.ts#updateSecuritySettingsAction": {
    capability: "user.manage",
    input: (f) => ({ version: f.version, values: { twoFactorRoles: ["admin", "manager"] } }),
    setup: async () => ({ version: await make.securitySettingsVersion() }),
  },
  "(app)/admin/security/actions.ts#resetTwoFactorAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId }),
    setup: async () => {
      const user = await make.user("officer");
      await make.authenticator(user.id, true);
      return { targetUserId: user.id };
    },
  },
};
