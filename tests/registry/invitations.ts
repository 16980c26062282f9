// Server actions of the invitations section, spread into tests/action-registry.ts. In the matrix
// each call that changes an event's guests gets a fresh event with one guest who has an e-mail
// address (./make.ts); a local SMTP server receives the invitations sent by e-mail.
import type { Entry } from "../action-registry";
import { make, today } from "./make";

const inv = "(app)/events/[id]/invitations/actions.ts";
const checkIn = "(app)/events/[id]/check-in/actions.ts";
const report = "(app)/events/[id]/report/actions.ts";

/** A fresh event with one guest (`past`: held last year). */
const guest = (values: Parameters<typeof make.invitation>[0] = {}) => async () => {
  const invitation = await make.invitation(values);
  return { eventId: invitation.eventId, invitationId: invitation.id, version: invitation.version };
};
const freshEvent = (past = false) => async () => {
  const { id, version } = await make.event({ past });
  return { eventId: id, version };
};
const freshList = async () => ({ ...(await freshEvent()()), listId: (await make.list([(await make.contact()).id])).id });

export const invitationsActions: Record<string, Entry> = {
  [`${inv}#inviteContactsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, contactIds: [f.contactId] }), setup: freshEvent() },
  [`${inv}#inviteListAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, listId: f.listId }), setup: freshList },
  [`${inv}#removeInvitationAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId }), setup: guest() },
  [`${inv}#updateTemplateAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, version: f.version, values: { template: "{{salutation}}, {{rsvp_link}}" } }),
    setup: freshEvent(),
  },
  [`${inv}#generateTextsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, force: false }), setup: guest() },
  [`${inv}#updateMessageAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId, version: f.version, values: { messageText: "Dear guest" } }),
    setup: guest(),
  },
  [`${inv}#markSentAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, invitationIds: [f.invitationId], sentOn: today(), channel: "post" }),
    setup: guest(),
  },
  [`${inv}#guestLinkAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId }), setup: guest() },
  [`${inv}#resetLinkAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId }), setup: guest() },
  [`${inv}#emailPlanAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }) },
  [`${inv}#sendInvitationsByEmailAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId }),
    setup: guest(),
    data: { sent: 1, failed: [] },
  },
  [`${checkIn}#setAttendanceAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, invitationId: f.invitationId, attended: true }),
    setup: guest({ past: true, answer: "accepted" }),
  },
  [`${checkIn}#addWalkInAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, values: { fullName: "Matrix Walk-in", affiliation: "", email: "" } }),
    setup: freshEvent(true),
  },
  [`${report}#saveReportAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId, version: f.version, values: { report: "Matrix report" } }),
    setup: freshEvent(true),
  },
  // A guest who accepted and did not come, at an event held last year.
  [`${report}#markNoShowsAction`]: { capability: "event.write", input: (f) => ({ eventId: f.eventId }), setup: guest({ past: true, answer: "accepted" }) },
  [`${report}#createFollowUpListAction`]: {
    capability: "event.write",
    input: (f) => ({ eventId: f.eventId }),
    setup: guest({ past: true, answer: "accepted", attendance: "attended" }),
  },
  "rsvp/[token]/actions.ts#answerRsvpAction": {
    capability: "public",
    reason: "the guest has no account: the token is the credential (lib/invitations/invitations.test.ts, e2e/invitations.spec.ts)",
  },
};
