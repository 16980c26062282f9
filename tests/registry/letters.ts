// Server actions of the letters section, spread into tests/action-registry.ts. In the matrix each
// call that changes a letter or its pool gets a fresh draft letter, and fresh MEPs to add (./make.ts).
import type { Entry } from "../action-registry";
import { make, record } from "./make";

const letter = {
  kind: "joint_letter", title: "Matrix letter", addressee: "President Tokayev", parliamentaryBody: "european_parliament", language: "en",
  body: "We, the undersigned...", outreachTemplate: "{{salutation}} would you sign?", targetSignatures: "20", deadline: "", campaignId: "",
  caseIds: [], status: "draft",
};
const outcome = { dispatchedOn: "", referenceNumber: "", replyReceivedOn: "", replyFrom: "", replySummary: "", reportedSignatures: "24" };
// Only the matrix's fresh MEPs sit on it.
const committee = "MATRIX-COMMITTEE";
const signatory = async () => {
  const { letterId, signatoryId, version } = await make.signatory();
  return { letterId, signatoryId, version };
};

export const lettersActions: Record<string, Entry> = {
  "(app)/letters/actions.ts#createLetterAction": { capability: "appeal.write", input: () => letter },
  "(app)/letters/actions.ts#updateLetterAction": {
    capability: "appeal.write",
    input: (f) => ({ id: f.letterId, version: f.version, values: letter }),
    setup: () => record("letterId", make.letter()),
  },
  "(app)/letters/actions.ts#setLetterOutcomeAction": {
    capability: "appeal.write",
    input: (f) => ({ id: f.letterId, version: f.version, values: outcome }),
    setup: () => record("letterId", make.letter()),
  },
  "(app)/letters/actions.ts#deleteLetterAction": {
    capability: "delete",
    input: (f) => ({ id: f.letterId, version: f.version }),
    setup: () => record("letterId", make.letter()),
  },
  "(app)/letters/actions.ts#addPoolFromFiltersAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, body: "all", country: "", group: "", committee }),
    setup: async () => {
      await make.contact({ kind: "person", parliamentaryBody: "european_parliament", committees: [committee] });
      return { letterId: (await make.letter()).id };
    },
  },
  "(app)/letters/actions.ts#addPoolFromListAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, listId: f.listId }),
    setup: async () => ({ letterId: (await make.letter()).id, listId: (await make.list([(await make.mep()).id])).id }),
  },
  "(app)/letters/actions.ts#addPoolContactAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, contactId: f.contactId }),
    setup: async () => ({ letterId: (await make.letter()).id, contactId: (await make.mep()).id }),
  },
  "(app)/letters/actions.ts#removeFromPoolAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, signatoryId: f.signatoryId, version: f.version }),
    setup: signatory,
  },
  "(app)/letters/actions.ts#setSignatoryStatusAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, signatoryId: f.signatoryId, version: f.version, status: "asked", on: "2026-01-05", note: "" }),
    setup: signatory,
  },
  "(app)/letters/actions.ts#bulkSetStatusAction": {
    capability: "appeal.write",
    input: (f) => ({ letterId: f.letterId, signatoryIds: [f.signatoryId], status: "signed", on: "2026-01-05" }),
    setup: signatory,
  },
};
