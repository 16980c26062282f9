// Server actions of the incoming section, spread into tests/action-registry.ts. Reading and
// writing incoming appeals needs "case.write" (see lib/incoming/queries.ts); reopening a decided
// one is a manager's call ("appeal.approve").
import { db } from "@/db/client";
import { incomingAppeals } from "@/db/schema";
import type { Entry } from "../action-registry";
import { restrictRefusal } from "./cases";
import { make, record } from "./make";
import type { Variant } from "./variants";

const appeal = {
  senderMode: "name", senderContactId: "", senderName: "Matrix sender", senderEmail: "", receivedOn: "2026-01-05", channel: "email",
  language: "", originalText: "Matrix appeal text", requestSummary: "", assignedToId: "", dueOn: "",
};
const decision = {
  decision: "declined", caseMode: "new", caseId: "", casePrimaryName: "", caseCountry: "", caseStatus: "at_risk", caseSummary: "",
  caseRestricted: false, referredTo: "", declineReason: "Matrix reason",
};

export const incomingActions: Record<string, Entry> = {
  "(app)/incoming/actions.ts#logIncomingAction": { capability: "case.write", input: () => appeal },
  "(app)/incoming/actions.ts#updateIncomingAction": {
    capability: "case.write",
    input: (f) => ({ id: f.incomingId, version: f.version, values: { assignedToId: "", dueOn: "", requestSummary: "Matrix summary" } }),
    setup: () => record("incomingId", make.incoming()),
  },
  "(app)/incoming/actions.ts#startReviewAction": {
    capability: "case.write",
    input: (f) => ({ id: f.incomingId, version: f.version }),
    setup: () => record("incomingId", make.incoming()),
  },
  "(app)/incoming/actions.ts#decideIncomingAction": {
    capability: "case.write",
    input: (f) => ({ id: f.incomingId, version: f.version, values: decision }),
    setup: () => record("incomingId", make.incoming({ status: "under_review" })),
  },
  "(app)/incoming/actions.ts#reopenIncomingAction": {
    capability: "appeal.approve",
    input: (f) => ({ id: f.incomingId, version: f.version }),
    setup: () => record("incomingId", make.incoming({ status: "declined", declineReason: "Matrix reason" })),
  },
  "(app)/incoming/actions.ts#findSendersAction": { capability: "case.write", input: () => ({ q: "Matrix contact" }) },
  "(app)/incoming/actions.ts#findCasesAction": { capability: "case.write", input: () => ({ q: "Matrix case" }) },
};

// Accepting into a new restricted case restricts it: "case.restrict" (managers, admins).
export const incomingVariants: Record<string, Variant> = {
  "(app)/incoming/actions.ts#decideIncomingAction, into a new restricted case": {
    action: "(app)/incoming/actions.ts#decideIncomingAction",
    capability: "case.restrict",
    input: async () => {
      const [appeal] = await db
        .insert(incomingAppeals)
        .values({ senderName: "Matrix sender", receivedOn: "2026-01-05", channel: "email", originalText: "Matrix appeal text", status: "under_review" })
        .returning({ id: incomingAppeals.id });
      return { id: appeal.id, version: 1, values: { ...decision, decision: "accepted", casePrimaryName: "Matrix restricted person", caseRestricted: true } };
    },
    refusal: restrictRefusal("caseRestricted"),
  },
};
