"use server";

import { defineAction } from "@/lib/action";
import { findCases, findSenders } from "@/lib/incoming/lookups";
import { decideIncoming, logIncoming, reopenIncoming, startReview, updateIncoming } from "@/lib/incoming/mutations";
import { incomingDecisionSchema, incomingFormSchema, incomingStepSchema, incomingUpdateSchema, lookupSchema } from "@/lib/incoming/schema";

// Incoming appeals are read and written with "case.write" (officers, managers, admins); see
// lib/incoming/queries.ts.

export const logIncomingAction = defineAction({
  schema: incomingFormSchema,
  run: (values, user) => logIncoming(user, values),
  revalidate: [
    "/incoming",
    "/contacts", // a new sender may have become a contact
  ],
});

export const updateIncomingAction = defineAction({
  schema: incomingUpdateSchema,
  run: (data, user) => updateIncoming(user, data),
  revalidate: [{ path: "/incoming", type: "layout" }],
});

export const startReviewAction = defineAction({
  schema: incomingStepSchema,
  run: (data, user) => startReview(user, data),
  revalidate: [{ path: "/incoming", type: "layout" }],
});

export const decideIncomingAction = defineAction({
  schema: incomingDecisionSchema,
  run: (data, user) => decideIncoming(user, data),
  // An accepted appeal opened a case.
  revalidate: (_data, result) => [{ path: "/incoming", type: "layout" }, result.caseId && { path: "/cases", type: "layout" }],
});

export const reopenIncomingAction = defineAction({
  schema: incomingStepSchema,
  run: (data, user) => reopenIncoming(user, data),
  revalidate: [{ path: "/incoming", type: "layout" }],
});

export const findSendersAction = defineAction({
  schema: lookupSchema,
  run: (data, user) => findSenders(user, data.q),
});

export const findCasesAction = defineAction({
  schema: lookupSchema,
  run: (data, user) => findCases(user, data.q),
});
