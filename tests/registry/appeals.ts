// Server actions of the appeals section, spread into tests/action-registry.ts.
import { randomUUID } from "node:crypto";
import type { Entry } from "../action-registry";

const appeal = (caseId: string) => ({
  type: "urgent_appeal", title: "Matrix appeal", language: "en", campaignId: "", caseIds: [caseId],
  subject: "About {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe are concerned.",
});
// Stale versions and unknown rows on purpose: the fixture draft keeps its one recipient and the
// approved appeal stays approved for every role, so an allowed call fails for a business reason at
// most (stale, not found, wrong state), never for authorization.
const stale = 999;

export const appealsActions: Record<string, Entry> = {
  "(app)/appeals/actions.ts#createAppealAction": { capability: "appeal.write", input: (f) => appeal(f.caseId) },
  "(app)/appeals/actions.ts#updateAppealAction": { capability: "appeal.write", input: (f) => ({ id: f.appealId, version: stale, values: appeal(f.caseId) }) },
  "(app)/appeals/actions.ts#deleteAppealAction": { capability: "delete", input: (f) => ({ id: f.appealId, version: stale }) },
  "(app)/appeals/actions.ts#submitAppealAction": { capability: "appeal.write", input: (f) => ({ id: f.appealId, version: stale }) },
  "(app)/appeals/actions.ts#approveAppealAction": { capability: "appeal.approve", input: (f) => ({ id: f.appealId, version: stale }) },
  "(app)/appeals/actions.ts#returnAppealAction": { capability: "appeal.approve", input: (f) => ({ id: f.appealId, version: stale, comment: "Matrix comment" }) },
  "(app)/appeals/actions.ts#closeAppealAction": { capability: "appeal.write", input: (f) => ({ id: f.approvedAppealId, version: stale }) },
  // Adding the fixture contact again changes nothing: it is already the draft's recipient.
  "(app)/appeals/actions.ts#addRecipientsAction": { capability: "appeal.write", input: (f) => ({ appealId: f.appealId, contactIds: [f.contactId] }) },
  "(app)/appeals/actions.ts#addListRecipientsAction": { capability: "appeal.write", input: (f) => ({ appealId: f.appealId, listId: randomUUID() }) },
  "(app)/appeals/actions.ts#removeRecipientAction": { capability: "appeal.write", input: (f) => ({ appealId: f.appealId, recipientId: randomUUID() }) },
  // A draft cannot be sent, and replies need a sent appeal: the fixtures stay as they are.
  "(app)/appeals/actions.ts#markSentAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.appealId, recipientIds: [randomUUID()], sentOn: "2026-01-05", channel: "post" }),
  },
  "(app)/appeals/actions.ts#logReplyAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.approvedAppealId, values: { receivedOn: "2026-01-10", fromName: "Matrix ministry", recipientId: "", summary: "Matrix reply", bodyText: "" } }),
  },
};
