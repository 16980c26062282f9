"use server";

import { defineAction } from "@/lib/action";
import { assignUser, createCase, deleteCase, unassignUser, updateCase } from "@/lib/cases/mutations";
import { caseAssignmentSchema, caseDeleteSchema, caseFormSchema, caseUpdateSchema } from "@/lib/cases/schema";

// The data-access functions also apply the restricted-case rule.

export const createCaseAction = defineAction({
  schema: caseFormSchema,
  run: (values, user) => createCase(user, values),
  revalidate: ["/cases"],
});

export const updateCaseAction = defineAction({
  schema: caseUpdateSchema,
  run: (data, user) => updateCase(user, data),
  revalidate: [{ path: "/cases", type: "layout" }],
});

export const deleteCaseAction = defineAction({
  schema: caseDeleteSchema,
  run: (data, user) => deleteCase(user, data),
  revalidate: [{ path: "/cases", type: "layout" }],
});

export const assignCaseUserAction = defineAction({
  schema: caseAssignmentSchema,
  run: (data, user) => assignUser(user, data),
  revalidate: (_data, result) => [`/cases/${result.caseId}`],
});

export const unassignCaseUserAction = defineAction({
  schema: caseAssignmentSchema,
  run: (data, user) => unassignUser(user, data),
  revalidate: (_data, result) => [`/cases/${result.caseId}`],
});
