// Every exported server action, the capability of lib/auth/policy.ts it needs, and a valid input.
// tests/action-matrix.test.ts fails when an action exists that is not listed here.
import { randomUUID } from "node:crypto";
import type { Capability } from "@/lib/auth/policy";

export type Fixtures = { campaignId: string; targetUserId: string };

type Entry =
  | { capability: Capability; input: (f: Fixtures) => unknown }
  // Checked by the browser journeys instead: they act on the Auth.js request context.
  | { capability: "public" | "session"; reason: string };

const campaign = { name: "Matrix campaign", summary: "", description: "", status: "active", startsOn: "", endsOn: "" };
const version = 1;

export const actionRegistry: Record<string, Entry> = {
  "(auth)/login/actions.ts#signInAction": { capability: "public", reason: "checks credentials, not a session (e2e/sessions.spec.ts)" },
  "(app)/actions.ts#signOutAction": { capability: "session", reason: "ends the caller's own session (e2e/sessions.spec.ts)" },
  "(app)/campaigns/actions.ts#createCampaignAction": { capability: "campaign.write", input: () => campaign },
  "(app)/campaigns/actions.ts#updateCampaignAction": { capability: "campaign.write", input: (f) => ({ id: f.campaignId, version, values: campaign }) },
  "(app)/campaigns/actions.ts#archiveCampaignAction": { capability: "campaign.write", input: (f) => ({ id: f.campaignId, version }) },
  "(app)/campaigns/actions.ts#restoreCampaignAction": { capability: "campaign.write", input: (f) => ({ id: f.campaignId, version }) },
  "(app)/admin/users/actions.ts#createUserAction": {
    capability: "user.manage",
    input: () => ({ email: `matrix-${randomUUID()}@test.example`, name: "Matrix User", role: "viewer", password: "a-long-enough-password" }),
  },
  "(app)/admin/users/actions.ts#changeRoleAction": { capability: "user.manage", input: (f) => ({ id: f.targetUserId, version, values: { role: "officer" } }) },
  "(app)/admin/users/actions.ts#deactivateUserAction": { capability: "user.manage", input: (f) => ({ id: f.targetUserId, version }) },
  "(app)/admin/users/actions.ts#reactivateUserAction": { capability: "user.manage", input: (f) => ({ id: f.targetUserId, version }) },
  "(app)/admin/users/actions.ts#resetPasswordAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId, version, values: { password: "another-long-password" } }),
  },
  "(app)/account/password/actions.ts#changeOwnPasswordAction": {
    capability: "read",
    input: () => ({ currentPassword: "not-the-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }),
  },
};
