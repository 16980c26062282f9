// The merge form: which record survives, the version of each the user compared, and for every
// field the contact whose value is kept. A choice names a contact id rather than "left"/"right",
// so switching which record survives never silently flips the values picked.
import { z } from "zod";

export const mergeFieldKeys = [
  "kind",
  "honorific",
  "names",
  "nameNative",
  "title",
  "organization",
  "department",
  "institutionType",
  "country",
  "postalAddress",
  "webFormUrl",
  "salutation",
  "language",
  "parliamentaryBody",
  "delegation",
  "politicalGroup",
  "notes",
  "doNotContact",
] as const;
export type MergeFieldKey = (typeof mergeFieldKeys)[number];

export const mergeFieldLabels: Record<MergeFieldKey, string> = {
  kind: "Person or organization",
  honorific: "Honorific",
  names: "Name (first, last, full)",
  nameNative: "Name in its own script",
  title: "Title",
  organization: "Organization",
  department: "Department",
  institutionType: "Institution type",
  country: "Country",
  postalAddress: "Postal address",
  webFormUrl: "Web-form URL",
  salutation: "Salutation",
  language: "Language",
  parliamentaryBody: "Parliamentary body (and roster id)",
  delegation: "Delegation",
  politicalGroup: "Political group",
  notes: "Notes",
  doNotContact: "Do not contact",
};

/** Notes may also be kept from both records, one after the other. */
export const KEEP_BOTH = "both";

const fromContact = z.uuid();
const choiceShape = {
  kind: fromContact, honorific: fromContact, names: fromContact, nameNative: fromContact, title: fromContact,
  organization: fromContact, department: fromContact, institutionType: fromContact, country: fromContact,
  postalAddress: fromContact, webFormUrl: fromContact, salutation: fromContact, language: fromContact,
  parliamentaryBody: fromContact, delegation: fromContact, politicalGroup: fromContact,
  notes: z.union([fromContact, z.literal(KEEP_BOTH)]),
  doNotContact: fromContact,
} satisfies Record<MergeFieldKey, z.ZodType>;

export const mergeSchema = z
  .object({
    survivorId: z.uuid(),
    absorbedId: z.uuid(),
    survivorVersion: z.number().int().positive(),
    absorbedVersion: z.number().int().positive(),
    // A field left out keeps the survivor's value, except notes (both kept) and do-not-contact
    // (a "do not contact" on either record wins): the defaults that lose nothing.
    choices: z.object(choiceShape).partial().default({}),
  })
  .refine((m) => m.survivorId !== m.absorbedId, { message: "A contact cannot be merged with itself.", path: ["absorbedId"] })
  .refine((m) => Object.values(m.choices).every((v) => v === undefined || v === KEEP_BOTH || v === m.survivorId || v === m.absorbedId), {
    message: "Each value must come from one of the two contacts.",
    path: ["choices"],
  });

export type MergeInput = z.input<typeof mergeSchema>;
export type MergeValues = z.output<typeof mergeSchema>;

/** `?page=` of the duplicates page, and the pair `?a=&b=` of the merge page. */
export const duplicatesPageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });
export const mergePairSchema = z.object({ a: z.uuid().catch(""), b: z.uuid().catch("") });
