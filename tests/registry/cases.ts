// Server actions of the cases section, spread into tests/action-registry.ts.
import { db } from "@/db/client";
import { cases } from "@/db/schema";
import type { Entry } from "../action-registry";
import { make, record } from "./make";
import type { Variant } from "./variants";

const caseValues = (campaignId: string) => ({
  primaryName: "Matrix Person",
  nameNative: "Матрикс Персон",
  names: [{ name: "Матрикс Персон", script: "cyrillic", language: "ru" }],
  country: "KZ",
  status: "detained",
  statusSince: "",
  restricted: false,
  charges: "",
  summary: "",
  tags: "matrix",
  campaignIds: [campaignId],
});

export const casesActions: Record<string, Entry> = {
  "(app)/cases/actions.ts#createCaseAction": { capability: "case.write", input: (f) => caseValues(f.campaignId) },
  "(app)/cases/actions.ts#updateCaseAction": {
    capability: "case.write",
    input: (f) => ({ id: f.caseId, version: f.version, values: caseValues(f.campaignId) }),
    setup: () => record("caseId", make.case()),
  },
  "(app)/cases/actions.ts#deleteCaseAction": { capability: "delete", input: (f) => ({ id: f.caseId, version: f.version }), setup: () => record("caseId", make.case()) },
  // A fresh restricted case and a fresh officer to assign to it, or to take off it.
  "(app)/cases/actions.ts#assignCaseUserAction": {
    capability: "case.readRestricted",
    input: (f) => ({ caseId: f.restrictedCaseId, userId: f.targetUserId }),
    setup: async () => ({ restrictedCaseId: (await make.case({ restricted: true })).id, targetUserId: (await make.user("officer")).id }),
  },
  "(app)/cases/actions.ts#unassignCaseUserAction": {
    capability: "case.readRestricted",
    input: (f) => ({ caseId: f.restrictedCaseId, userId: f.targetUserId }),
    setup: async () => {
      const officer = await make.user("officer");
      return { restrictedCaseId: (await make.assignment(officer.id)).caseId, targetUserId: officer.id };
    },
  },
};

// Setting or clearing "restricted" decides who may see a case: "case.restrict" (managers, admins).
export const restrictRefusal = (field: string) => {
  const message = "You may not change who can see this case.";
  return { formError: message, fieldErrors: { [field]: [message] } };
};

export const casesVariants: Record<string, Variant> = {
  "(app)/cases/actions.ts#createCaseAction, restricted": {
    action: "(app)/cases/actions.ts#createCaseAction",
    capability: "case.restrict",
    input: async (f) => ({ ...caseValues(f.campaignId), restricted: true }),
    refusal: restrictRefusal("restricted"),
  },
  "(app)/cases/actions.ts#updateCaseAction, restricting": {
    action: "(app)/cases/actions.ts#updateCaseAction",
    capability: "case.restrict",
    input: async (f) => {
      const [open] = await db.insert(cases).values({ primaryName: "Matrix case to restrict", searchText: "matrix case to restrict" }).returning({ id: cases.id });
      return { id: open.id, version: 1, values: { ...caseValues(f.campaignId), restricted: true } };
    },
    refusal: restrictRefusal("restricted"),
  },
};
