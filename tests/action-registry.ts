// Every exported server action, the capability of lib/auth/policy.ts it needs, and a valid input.
// tests/action-matrix.test.ts fails when an action exists that is not listed here.
import { randomUUID } from "node:crypto";
import type { Capability } from "@/lib/auth/policy";

import { appealsActions } from "./registry/appeals";
import { appealsOutputActions } from "./registry/appeals-output";
import { campaignWorkActions } from "./registry/campaign-work";
import { casesActions } from "./registry/cases";
import { dashboardActions } from "./registry/dashboard";
import { eventsActions } from "./registry/events";
import { invitationsActions } from "./registry/invitations";
import { incomingActions } from "./registry/incoming";
import { lettersActions } from "./registry/letters";
import { paletteActions } from "./registry/palette";
import { securityActions } from "./registry/security";

/**
 * Records every action may act on. `caseId` is an unrestricted case, `restrictedCaseId` a restricted
 * one nobody is assigned to, `incomingId` a new incoming appeal, `letterId` a draft letter,
 * `appealId` a draft appeal about `caseId` with one recipient, `approvedAppealId` an approved
 * appeal whose recipient `approvedRecipientId` has an e-mail address, `eventId` a planned side-event
 * next year with `invitationId` inviting `contactId`.
 */
export type Fixtures = {
  campaignId: string;
  targetUserId: string;
  listId: string;
  contactId: string;
  caseId: string;
  restrictedCaseId: string;
  incomingId: string;
  letterId: string;
  appealId: string;
  approvedAppealId: string;
  approvedRecipientId: string;
  eventId: string;
  invitationId: string;
};

export type Entry =
  | { capability: Capability; input: (f: Fixtures) => unknown }
  // Checked by the browser journeys instead: they act on the Auth.js request context.
  | { capability: "public" | "session"; reason: string };

const campaign = { name: "Matrix campaign", summary: "", description: "", status: "active", startsOn: "", endsOn: "" };
const version = 1;
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

export const actionRegistry: Record<string, Entry> = {
  "(auth)/login/actions.ts#signInAction": { capability: "public", reason: "checks credentials, not a session (e2e/sessions.spec.ts)" },
  "(auth)/login/actions.ts#ssoSignInAction": { capability: "public", reason: "only starts a single sign-on at the identity provider (e2e/sso.spec.ts)" },
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
  "(app)/lists/actions.ts#createListAction": { capability: "contact.write", input: () => list },
  "(app)/lists/actions.ts#updateListAction": { capability: "contact.write", input: (f) => ({ id: f.listId, version, values: list }) },
  // A stale version on purpose: the fixture list must survive for the other actions.
  "(app)/lists/actions.ts#deleteListAction": { capability: "contact.write", input: (f) => ({ id: f.listId, version: 999 }) },
  "(app)/lists/actions.ts#addContactsToListAction": { capability: "contact.write", input: (f) => ({ listId: f.listId, contactIds: [f.contactId] }) },
  "(app)/lists/actions.ts#addSearchMatchesAction": { capability: "contact.write", input: (f) => ({ listId: f.listId, q: "Matrix contact" }) },
  "(app)/lists/actions.ts#removeMemberAction": { capability: "contact.write", input: (f) => ({ listId: f.listId, contactId: f.contactId }) },
  // Stale versions on purpose: the fixture contact must survive for the other actions.
  "(app)/contacts/actions.ts#createContactAction": { capability: "contact.write", input: () => contact },
  "(app)/contacts/actions.ts#updateContactAction": { capability: "contact.write", input: (f) => ({ id: f.contactId, version: 999, values: contact }) },
  "(app)/contacts/actions.ts#deleteContactAction": { capability: "delete", input: (f) => ({ id: f.contactId, version: 999 }) },
  "(app)/contacts/actions.ts#logActivityAction": {
    capability: "contact.write",
    input: (f) => ({ contactId: f.contactId, values: { kind: "call", occurredAt: "2026-01-01T10:00", timeZone: "UTC", subject: "Matrix call", body: "" } }),
  },
  "(app)/organizations/actions.ts#createOrganizationAction": { capability: "contact.write", input: () => organization },
  "(app)/organizations/actions.ts#updateOrganizationAction": { capability: "contact.write", input: () => ({ id: randomUUID(), version, values: organization }) },
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
  "(app)/contacts/from-report/actions.ts#importReportAction": { capability: "contact.write", input: () => ({ reportName: "Matrix report", rows: [reportRow] }) },
  // An unknown absorbed record: allowed roles get Not found and the fixture contact stays intact.
  "(app)/contacts/duplicates/actions.ts#mergeContactsAction": {
    capability: "delete",
    input: (f) => ({ survivorId: f.contactId, absorbedId: randomUUID(), survivorVersion: 1, absorbedVersion: 1 }),
  },
  "(app)/account/password/actions.ts#changeOwnPasswordAction": {
    capability: "read",
    input: () => ({ currentPassword: "not-the-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }),
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
