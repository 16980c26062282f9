// Server actions of the invitations section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

const inv = "(app)/events/[id]/invitations/actions.ts";
const checkIn = "(app)/events/[id]/check-in/actions.ts";
const report = "(app)/events/[id]/report/actions.ts";

export const invitationsActions: Record<string, Entry> = {
  [`${inv}#inviteContactsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, contactIds: [f.contactId] }) },
  [`${inv}#inviteListAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, listId: f.listId }) },
  // A random invitation: allowed roles get Not found and the fixture invitation stays.
  [`${inv}#removeInvitationAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.campaignId }) },
  // Stale versions on purpose: the fixture event and invitation keep theirs for the other actions.
  [`${inv}#updateTemplateAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, version: 999, values: { template: "{{salutation}}, {{rsvp_link}}" } }) },
  [`${inv}#generateTextsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, force: false }) },
  [`${inv}#updateMessageAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId, version: 999, values: { messageText: "Dear guest" } }),
  },
  // An unknown invitation: the fixture stays unsent and its event planned.
  [`${inv}#markSentAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, invitationIds: [f.campaignId], sentOn: "2025-01-15", channel: "post" }),
  },
  [`${inv}#guestLinkAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId }) },
  [`${inv}#resetLinkAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId }) },
  [`${inv}#emailPlanAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
  // SMTP_URL is unset in the matrix: allowed roles get "not configured", nothing is sent.
  [`${inv}#sendInvitationsByEmailAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
  [`${checkIn}#setAttendanceAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId, attended: false }) },
  [`${checkIn}#addWalkInAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, values: { fullName: "Matrix Walk-in", affiliation: "", email: "" } }),
  },
  [`${report}#saveReportAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, version: 999, values: { report: "Matrix report" } }) },
  [`${report}#markNoShowsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
  [`${report}#createFollowUpListAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
  "rsvp/[token]/actions.ts#answerRsvpAction": {
    capability: "public",
    reason: "the guest has no account: the token is the credential (lib/invitations/invitations.test.ts, e2e/invitations.spec.ts)",
  },
};
