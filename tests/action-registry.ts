// Every exported server action, the capability of lib/auth/policy.ts it needs, and a valid input.
// tests/action-matrix.test.ts fails when an action exists that is not listed here, and proves for
// each entry that every role holding the capability succeeds, every other role is Forbidden and an
// anonymous caller gets AuthError. The browser's security sweeps (e2e/security-*.spec.ts) call the
// same inputs over HTTP with their own fixture records and stale versions.
import { randomUUID } from "node:crypto";
import type { Capability, Role } from "@/lib/auth/policy";
import type { TestUser } from "./helpers";

import { appealsActions } from "./registry/appeals";
import { appealsOutputActions } from "./registry/appeals-output";
import { campaignWorkActions } from "./registry/campaign-work";
import { casesActions } from "./registry/cases";
import { dashboardActions } from "./registry/dashboard";
import { eventsActions } from "./registry/events";
import { invitationsActions } from "./registry/invitations";
import { incomingActions } from "./registry/incoming";
import { lettersActions } from "./registry/letters";
import { make, record } from "./registry/make";
import { paletteActions } from "./registry/palette";
import { securityActions } from "./registry/security";

/**
 * What an input points at. In the matrix, shared records no action changes, overridden per call by
 * the entry's `setup` with fresh ones; in the browser sweeps, the fixture records of
 * e2e/fixtures/security-lib.ts (or the restricted ones). `caseId` an unrestricted case,
 * `restrictedCaseId` a restricted one, `incomingId` an incoming appeal, `letterId` a draft letter
 * with `signatoryId` in its pool, `appealId` a draft appeal with `recipientId`, `approvedAppealId`
 * an approved (or sent) appeal with `approvedRecipientId`, `eventId` a side-event with
 * `invitationId` and `taskId`, `campaignId` a campaign with `goalId`, `targetUserId` a user to act
 * on, `otherContactId` a contact to merge into `contactId`.
 */
export type Fixtures = {
  campaignId: string;
  goalId: string;
  targetUserId: string;
  listId: string;
  contactId: string;
  otherContactId: string;
  organizationId: string;
  caseId: string;
  restrictedCaseId: string;
  incomingId: string;
  letterId: string;
  signatoryId: string;
  appealId: string;
  recipientId: string;
  approvedAppealId: string;
  approvedRecipientId: string;
  eventId: string;
  invitationId: string;
  taskId: string;
  /** The version of the record acted on: its current one from `setup` in the matrix, stale (999) in the sweeps. */
  version: number;
  /** The caller's current authenticator code, and their current password (from `setup`). */
  code: string;
  password: string;
};

/** Who calls: the role's user (or the one holding a temporary password), or nobody. */
export type Caller = TestUser | null;

/**
 * Fresh records for one call of the matrix (./registry/make.ts), at their current version and in
 * the state the action needs (an approved appeal to send, a draft to submit…), returned as the
 * fixture ids they replace: one role's success never spoils the next role's call. It runs for the
 * refused roles and anonymous callers too, so they are refused although the call would succeed.
 */
export type Setup = (caller: Caller) => Promise<Partial<Fixtures>>;

type Callable = { capability: Capability; input: (f: Fixtures) => unknown; setup?: Setup };

export type Entry =
  // Every role holding `capability` gets { ok: true } (and `data`, when given, in its result); the
  // other roles Forbidden; anonymous callers AuthError.
  | (Callable & { data?: Record<string, unknown> })
  // The exception, kept short: the allowed roles (all of them, or only `roles`) get this refusal,
  // which is the business rule of `reason` and never an authorization or an internal error.
  | (Callable & { expect: "business-refusal"; formError: string; roles?: readonly Role[]; reason: string })
  // Checked by the browser journeys instead: they act on the Auth.js request context.
  | { capability: "public" | "session"; reason: string };

const campaign = { name: "Matrix campaign", summary: "", description: "", status: "active", startsOn: "", endsOn: "" };
const list = { name: "Matrix list", description: "" };
const contact = {
  kind: "person", honorific: "", firstName: "", lastName: "", fullName: "Matrix Contact", nameNative: "", title: "", organizationId: "",
  newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "", language: "",
  parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "", doNotContact: false, doNotContactReason: "",
  emails: [], phones: [],
};
const csvText = "Name,Email\nMatrix Import,matrix-import@example.org\n";
// An OSCE PA roster: applying it in the matrix must not mark the seeded MEPs as having left.
const rosterUpload = { body: "osce_pa", fileName: "matrix-roster.csv", content: Buffer.from("Name;Country\nMatrix MEMBER;Austria\n").toString("base64") };
const reportRow = {
  include: true, kind: "person", name: "Matrix Report Contact", title: "", organization: "", address: "", emails: "", phones: "", urls: "",
  duplicateId: "", duplicateName: "", duplicateReason: "", action: "new",
};
const organization = { name: "Matrix organization", nameNative: "", acronym: "", kind: "ngo", country: "", website: "", postalAddress: "", notes: "" };
const newPassword = "a-brand-new-password";
/** A fresh user to act on, at version 1. */
const targetUser = async (role: Role, overrides: { active?: boolean } = {}) => ({ targetUserId: (await make.user(role, overrides)).id, version: 1 });

export const actionRegistry: Record<string, Entry> = {
  "(auth)/login/actions.ts#signInAction": { capability: "public", reason: "checks credentials, not a session (e2e/sessions.spec.ts)" },
  "(auth)/login/actions.ts#ssoSignInAction": { capability: "public", reason: "only starts a single sign-on at the identity provider (e2e/sso.spec.ts)" },
  "(app)/actions.ts#signOutAction": { capability: "session", reason: "ends the caller's own session (e2e/sessions.spec.ts)" },
  "(app)/campaigns/actions.ts#createCampaignAction": { capability: "campaign.write", input: () => campaign },
  "(app)/campaigns/actions.ts#updateCampaignAction": {
    capability: "campaign.write",
    input: (f) => ({ id: f.campaignId, version: f.version, values: campaign }),
    setup: () => record("campaignId", make.campaign()),
  },
  "(app)/campaigns/actions.ts#archiveCampaignAction": {
    capability: "campaign.write",
    input: (f) => ({ id: f.campaignId, version: f.version }),
    setup: () => record("campaignId", make.campaign()),
  },
  "(app)/campaigns/actions.ts#restoreCampaignAction": {
    capability: "campaign.write",
    input: (f) => ({ id: f.campaignId, version: f.version }),
    setup: () => record("campaignId", make.campaign({ status: "archived", statusBeforeArchive: "active", archivedAt: new Date() })),
  },
  "(app)/admin/users/actions.ts#createUserAction": {
    capability: "user.manage",
    input: () => ({ email: `matrix-${randomUUID()}@test.example`, name: "Matrix User", role: "viewer", password: "a-long-enough-password" }),
  },
  "(app)/admin/users/actions.ts#changeRoleAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId, version: f.version, values: { role: "officer" } }),
    setup: () => targetUser("viewer"),
  },
  "(app)/admin/users/actions.ts#deactivateUserAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId, version: f.version }),
    setup: () => targetUser("viewer"),
  },
  "(app)/admin/users/actions.ts#reactivateUserAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId, version: f.version }),
    setup: () => targetUser("viewer", { active: false }),
  },
  "(app)/admin/users/actions.ts#resetPasswordAction": {
    capability: "user.manage",
    input: (f) => ({ id: f.targetUserId, version: f.version, values: { password: "another-long-password" } }),
    setup: () => targetUser("viewer"),
  },
  "(app)/lists/actions.ts#createListAction": { capability: "contact.write", input: () => list },
  "(app)/lists/actions.ts#updateListAction": {
    capability: "contact.write",
    input: (f) => ({ id: f.listId, version: f.version, values: list }),
    setup: () => record("listId", make.list()),
  },
  "(app)/lists/actions.ts#deleteListAction": {
    capability: "contact.write",
    input: (f) => ({ id: f.listId, version: f.version }),
    setup: () => record("listId", make.list()),
  },
  "(app)/lists/actions.ts#addContactsToListAction": {
    capability: "contact.write",
    input: (f) => ({ listId: f.listId, contactIds: [f.contactId] }),
    setup: async () => ({ listId: (await make.list()).id }),
  },
  // "Matrix contact" is the matrix's shared contact: a fresh list gets it.
  "(app)/lists/actions.ts#addSearchMatchesAction": {
    capability: "contact.write",
    input: (f) => ({ listId: f.listId, q: "Matrix contact" }),
    setup: async () => ({ listId: (await make.list()).id }),
  },
  "(app)/lists/actions.ts#removeMemberAction": {
    capability: "contact.write",
    input: (f) => ({ listId: f.listId, contactId: f.contactId }),
    setup: async () => {
      const member = await make.contact();
      return { listId: (await make.list([member.id])).id, contactId: member.id };
    },
  },
  "(app)/contacts/actions.ts#createContactAction": { capability: "contact.write", input: () => contact },
  "(app)/contacts/actions.ts#updateContactAction": {
    capability: "contact.write",
    input: (f) => ({ id: f.contactId, version: f.version, values: contact }),
    setup: () => record("contactId", make.contact()),
  },
  "(app)/contacts/actions.ts#deleteContactAction": {
    capability: "delete",
    input: (f) => ({ id: f.contactId, version: f.version }),
    setup: () => record("contactId", make.contact()),
  },
  "(app)/contacts/actions.ts#logActivityAction": {
    capability: "contact.write",
    input: (f) => ({ contactId: f.contactId, values: { kind: "call", occurredAt: "2026-01-01T10:00", timeZone: "UTC", subject: "Matrix call", body: "" } }),
  },
  "(app)/organizations/actions.ts#createOrganizationAction": { capability: "contact.write", input: () => organization },
  "(app)/organizations/actions.ts#updateOrganizationAction": {
    capability: "contact.write",
    input: (f) => ({ id: f.organizationId, version: f.version, values: organization }),
    setup: () => record("organizationId", make.organization()),
  },
  "(app)/contacts/import/actions.ts#previewCsvAction": { capability: "contact.write", input: () => ({ fileName: "matrix.csv", text: csvText }) },
  "(app)/contacts/import/actions.ts#checkCsvAction": {
    capability: "contact.write",
    input: () => ({ fileName: "matrix.csv", text: csvText, mapping: ["fullName", "email"] }),
  },
  "(app)/contacts/import/actions.ts#importCsvAction": {
    capability: "contact.write",
    input: () => ({ fileName: "matrix.csv", text: csvText, mapping: ["fullName", "email"], options: { existing: "skip", listName: "" } }),
  },
  "(app)/contacts/rosters/actions.ts#previewRosterAction": { capability: "contact.write", input: () => rosterUpload },
  "(app)/contacts/rosters/actions.ts#applyRosterAction": { capability: "contact.write", input: () => rosterUpload },
  "(app)/contacts/from-report/actions.ts#previewReportAction": {
    capability: "contact.write",
    input: () => ({ reportName: "Matrix report", text: "Mr John Smith, Minister of Justice, e-mail: john.smith@justice.example.org" }),
  },
  "(app)/contacts/from-report/actions.ts#previewReportFileAction": {
    capability: "contact.write",
    input: () => ({ reportName: "Matrix report", fileName: "matrix.txt", fileBase64: Buffer.from("Mr John Smith, e-mail: john.smith@justice.example.org").toString("base64") }),
  },
  "(app)/contacts/from-report/actions.ts#importReportAction": { capability: "contact.write", input: () => ({ reportName: "Matrix report", importKey: randomUUID(), rows: [reportRow] }) },
  // Two fresh contacts, both at version 1.
  "(app)/contacts/duplicates/actions.ts#mergeContactsAction": {
    capability: "delete",
    input: (f) => ({ survivorId: f.contactId, absorbedId: f.otherContactId, survivorVersion: f.version, absorbedVersion: f.version }),
    setup: async () => ({ contactId: (await make.contact()).id, otherContactId: (await make.contact()).id, version: 1 }),
  },
  // The caller's own password, set to a known one just before.
  "(app)/account/password/actions.ts#changeOwnPasswordAction": {
    capability: "read",
    input: (f) => ({ currentPassword: f.password, newPassword, confirmPassword: newPassword }),
    setup: async (caller) => (caller ? { password: await make.password(caller.id) } : {}),
  },
  ...casesActions,
  ...incomingActions,
  ...lettersActions,
  ...appealsActions,
  ...appealsOutputActions,
  ...eventsActions,
  ...invitationsActions,
  ...paletteActions,
  ...securityActions,
  ...dashboardActions,
  ...campaignWorkActions,
};
