// What users read of the contacts' enums, without zod: client components (forms, filters, the
// letters' pool) import it directly, and ./schema.ts re-exports all of it (zod would add 30 KB to
// their pages).
import {
  activityKinds,
  contactKinds,
  institutionTypes,
  parliamentaryBodies,
  type ActivityKind,
  type ContactKind,
  type InstitutionType,
  type ParliamentaryBody,
} from "@/db/enums";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export { contactKinds, institutionTypes, parliamentaryBodies, type ContactKind, type InstitutionType, type ParliamentaryBody };
export { activityKinds, type ActivityKind };
export const contactKindLabels = { person: "Person", organization: "Organization" } as const satisfies Record<ContactKind, string>;

export const parliamentaryBodyLabels: Record<ParliamentaryBody, string> = {
  european_parliament: "European Parliament",
  pace: "PACE",
  osce_pa: "OSCE PA",
  national_parliament: "National parliament",
};

export const institutionTypeLabels: Record<InstitutionType, string> = {
  government: "Government",
  parliament: "Parliament",
  judiciary: "Judiciary",
  law_enforcement: "Law enforcement",
  intergovernmental: "Intergovernmental",
  un_mechanism: "UN mechanism",
  embassy: "Embassy",
  ngo: "NGO",
  media: "Media",
  other: "Other",
};

export const activityKindLabels: Record<ActivityKind, string> = { meeting: "Meeting", call: "Call", email: "E-mail", note: "Note" };
