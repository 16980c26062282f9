// Server actions of the letters section, spread into tests/action-registry.ts.
import { randomUUID } from "node:crypto";
import type { Entry } from "../action-registry";

const letter = {
  kind: "joint_letter", title: "Matrix letter", addressee: "President Tokayev", parliamentaryBody: "european_parliament", language: "en",
  body: "We, the undersigned...", outreachTemplate: "{{salutation}} would you sign?", targetSignatures: "20", deadline: "", campaignId: "",
  caseIds: [], status: "draft",
};
const outcome = { dispatchedOn: "", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "" };

// Stale versions and unknown rows on purpose: the fixture letter stays a draft with an empty pool
// for every role, so each allowed call fails for a business reason at most, never for authorization.
export const lettersActions: Record<string, Entry> = {
  "(app)/letters/actions.ts#createLetterAction": { capability: "appeal.write", input: () => letter },
  "(app)/letters/actions.ts#updateLetterAction": { capability: "appeal.write", input: (f) => ({ id: f.letterId, version: 999, values: letter }) },
  "(app)/letters/actions.ts#setLetterOutcomeAction": { capability: "appeal.write", input: (f) => ({ id: f.letterId, version: 999, values: outcome }) },
  "(app)/letters/actions.ts#deleteLetterAction": { capability: "delete", input: (f) => ({ id: f.letterId, version: 999 }) },
  "(app)/letters/actions.ts#addPoolFromFiltersAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, body: "all", country: "", group: "", committee: "Matrix committee nobody sits on" }),
  },
  "(app)/letters/actions.ts#addPoolFromListAction": { capability: "appeal.write", input: (f) => ({ letterId: f.letterId, listId: randomUUID() }) },
  "(app)/letters/actions.ts#addPoolContactAction": { capability: "appeal.write", input: (f) => ({ letterId: f.letterId, contactId: randomUUID() }) },
  "(app)/letters/actions.ts#removeFromPoolAction": { capability: "appeal.write", input: (f) => ({ letterId: f.letterId, signatoryId: randomUUID(), version: 1 }) },
  "(app)/letters/actions.ts#setSignatoryStatusAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, signatoryId: randomUUID(), version: 1, status: "asked", on: "2026-01-05", note: "" }),
  },
  "(app)/letters/actions.ts#bulkSetStatusAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, signatoryIds: [randomUUID()], status: "signed", on: "2026-01-05" }),
  },
};
