// What users read of the cases' enums, without zod: client components import it directly, and
// ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { caseStatuses, type CaseStatus } from "@/db/enums";

// The values are the database enum's (db/enums.ts); the labels are what users read.
export { caseStatuses, type CaseStatus };

export const caseStatusLabels: Record<CaseStatus, string> = {
  at_risk: "At risk",
  detained: "Detained",
  house_arrest: "House arrest",
  imprisoned: "Imprisoned",
  released: "Released",
  in_exile: "In exile",
  extradition_risk: "Extradition risk",
  deceased: "Deceased",
};

export const caseScripts = ["latin", "cyrillic", "arabic", "other"] as const;
export const caseScriptLabels: Record<(typeof caseScripts)[number], string> = {
  latin: "Latin",
  cyrillic: "Cyrillic",
  arabic: "Arabic",
  other: "Other",
};
