// An organization's kinds are the contacts' institution types; without zod, for client components
// (./schema.ts re-exports them for everything else).
export { institutionTypes as organizationKinds, institutionTypeLabels as organizationKindLabels } from "@/lib/contacts/labels";
