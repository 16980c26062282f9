// Server actions of the appeals section, spread into tests/action-registry.ts. In the matrix each
// call gets a fresh appeal in the state its step starts from (./make.ts): a draft to edit, submit or
// delete, one in review to approve or return, an approved one to dispatch or close, a sent one to
// reply to.
import type { Entry } from "../action-registry";
import { make, record, today } from "./make";

const appeal = (caseId: string) => ({
  type: "urgent_appeal", title: "Matrix appeal", language: "en", campaignId: "", caseIds: [caseId],
  subject: "About {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe are concerned.",
});

export const appealsActions: Record<string, Entry> = {
  "(app)/appeals/actions.ts#createAppealAction": { capability: "appeal.write", input: (f) => appeal(f.caseId) },
  "(app)/appeals/actions.ts#updateAppealAction": {
    capability: "appeal.write",
    input: (f) => ({ id: f.appealId, version: f.version, values: appeal(f.caseId) }),
    setup: () => record("appealId", make.appeal("draft")),
  },
  "(app)/appeals/actions.ts#deleteAppealAction": {
    capability: "delete",
    input: (f) => ({ id: f.appealId, version: f.version }),
    setup: () => record("appealId", make.appeal("draft")),
  },
  "(app)/appeals/actions.ts#submitAppealAction": {
    capability: "appeal.write",
    input: (f) => ({ id: f.appealId, version: f.version }),
    setup: () => record("appealId", make.appeal("draft")),
  },
  "(app)/appeals/actions.ts#approveAppealAction": {
    capability: "appeal.approve",
    input: (f) => ({ id: f.appealId, version: f.version }),
    setup: () => record("appealId", make.appeal("in_review")),
  },
  "(app)/appeals/actions.ts#returnAppealAction": {
    capability: "appeal.approve",
    input: (f) => ({ id: f.appealId, version: f.version, comment: "Matrix comment" }),
    setup: () => record("appealId", make.appeal("in_review")),
  },
  "(app)/appeals/actions.ts#closeAppealAction": {
    capability: "appeal.write",
    input: (f) => ({ id: f.approvedAppealId, version: f.version }),
    setup: () => record("approvedAppealId", make.appeal("approved")),
  },
  "(app)/appeals/actions.ts#addRecipientsAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.appealId, contactIds: [f.contactId] }),
    setup: async () => ({ appealId: (await make.appeal("draft")).id }),
  },
  "(app)/appeals/actions.ts#addListRecipientsAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.appealId, listId: f.listId }),
    setup: async () => ({ appealId: (await make.appeal("draft")).id }),
  },
  "(app)/appeals/actions.ts#removeRecipientAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.appealId, recipientId: f.recipientId }),
    setup: async () => {
      const draft = await make.appeal("draft");
      return { appealId: draft.id, recipientId: draft.recipientId };
    },
  },
  "(app)/appeals/actions.ts#markSentAction": {
    capability: "appeal.write",
    input: (f) => ({ appealId: f.approvedAppealId, recipientIds: [f.approvedRecipientId], sentOn: today(), channel: "post" }),
    setup: async () => {
      const approved = await make.appeal("approved");
      return { approvedAppealId: approved.id, approvedRecipientId: approved.recipientId };
    },
  },
  "(app)/appeals/actions.ts#logReplyAction": {
    capability: "appeal.write",
    input: (f) => ({
      appealId: f.approvedAppealId,
      values: { receivedOn: today(), fromName: "Matrix ministry", recipientId: f.approvedRecipientId, summary: "Matrix reply", bodyText: "" },
    }),
    setup: async () => {
      const sent = await make.appeal("sent");
      return { approvedAppealId: sent.id, approvedRecipientId: sent.recipientId };
    },
  },
};
