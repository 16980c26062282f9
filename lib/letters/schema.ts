// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { editableLetterStatuses, letterKinds, letterStatuses, signatoryStatuses } from "./labels";
import { optionalEnum, optionalText, parliamentaryBodies } from "@/lib/contacts/schema";
import { formDate, optionalFormDate } from "@/lib/dates";
import { unknownFields } from "@/lib/templates/merge-fields";
import { outreachFields } from "./outreach";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

const optionalDate = optionalFormDate();
const requiredDate = formDate("Give the date, like 2026-11-21.");

/** A whole number typed in a text or number box; "" → null. */
const optionalCount = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,4}$/.test(v), `${label}: a whole number up to 9,999.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v > 0, `${label} must be at least 1.`);

export const letterFormSchema = z
  .object({
    kind: z.enum(letterKinds, { message: "Choose the kind of letter." }),
    title: z.string().trim().min(3, "Give the letter a title of at least 3 characters.").max(300, "At most 300 characters."),
    addressee: z.string().trim().max(300, "At most 300 characters."),
    parliamentaryBody: optionalEnum(parliamentaryBodies, "Choose a parliamentary body."),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "Use a two-letter language code such as en, fr or ru."),
    body: z.string().trim().max(50_000, "At most 50,000 characters."),
    outreachTemplate: z.string().trim().max(10_000, "At most 10,000 characters."),
    targetSignatures: optionalCount("Target"),
    deadline: optionalDate,
    campaignId: z.union([z.literal(""), z.uuid("Choose a campaign from the list.")]).transform((v) => (v === "" ? null : v)),
    caseIds: z.array(z.uuid("Choose cases from the list.")).max(50, "At most 50 cases."),
    status: z.enum(editableLetterStatuses, { message: "Choose a status." }),
  })
  .superRefine((v, ctx) => {
    const unknown = unknownFields(v.outreachTemplate, outreachFields);
    if (unknown.length) {
      ctx.addIssue({
        code: "custom",
        path: ["outreachTemplate"],
        message: `Unknown merge field${unknown.length > 1 ? "s" : ""}: ${unknown.map((f) => `{{${f}}}`).join(", ")}.`,
      });
    }
  });

export type LetterFormInput = z.input<typeof letterFormSchema>;
export type LetterFormValues = z.output<typeof letterFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };
export const letterUpdateSchema = z.object({ ...idVersion, values: letterFormSchema });
export const letterDeleteSchema = z.object(idVersion);

export const letterOutcomeSchema = z
  .object({
    dispatchedOn: optionalDate,
    referenceNumber: optionalText(200),
    replyReceivedOn: optionalDate,
    replyFrom: optionalText(300),
    replySummary: optionalText(5_000),
    reportedSignatures: optionalCount("Published count"),
  })
  .refine((v) => !v.replyReceivedOn || v.dispatchedOn, { message: "Give the date the letter was sent first.", path: ["dispatchedOn"] })
  .refine((v) => !v.replyReceivedOn || !v.dispatchedOn || v.replyReceivedOn >= v.dispatchedOn, {
    message: "The reply cannot come before the letter was sent.",
    path: ["replyReceivedOn"],
  })
  .refine((v) => v.replyReceivedOn || (!v.replyFrom && !v.replySummary), {
    message: "Give the date the reply was received.",
    path: ["replyReceivedOn"],
  });
export type LetterOutcomeInput = z.input<typeof letterOutcomeSchema>;
export type LetterOutcomeValues = z.output<typeof letterOutcomeSchema>;
export const letterOutcomeUpdateSchema = z.object({ ...idVersion, values: letterOutcomeSchema });

/** Building the pool from contact filters: the filters of the contacts list that make sense here. */
export const poolFilterSchema = z
  .object({
    letterId: z.uuid(),
    body: z.union([z.literal("all"), z.enum(parliamentaryBodies)]),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Choose a country from the list."),
    group: z.string().trim().max(100, "At most 100 characters."),
    committee: z.string().trim().max(100, "At most 100 characters."),
  })
  .refine((v) => v.body !== "all" || v.country || v.group || v.committee, {
    message: "Choose at least one filter: a body, a country, a political group or a committee.",
    path: ["body"],
  });
export type PoolFilterInput = z.input<typeof poolFilterSchema>;

export const poolFromListSchema = z.object({ letterId: z.uuid(), listId: z.uuid("Choose a list.") });
export const poolContactSchema = z.object({ letterId: z.uuid(), contactId: z.uuid() });
export const poolRemoveSchema = z.object({ letterId: z.uuid(), signatoryId: z.uuid(), version: z.number().int().positive() });

export const signatoryChangeSchema = z.object({
  letterId: z.uuid(),
  signatoryId: z.uuid(),
  version: z.number().int().positive(),
  status: z.enum(signatoryStatuses, { message: "Choose a status." }),
  on: requiredDate,
  note: optionalText(2_000),
});
export type SignatoryChangeInput = z.input<typeof signatoryChangeSchema>;

export const BULK_LIMIT = 500;
export const bulkStatusSchema = z.object({
  letterId: z.uuid(),
  signatoryIds: z.array(z.uuid()).min(1, "Select at least one parliamentarian.").max(BULK_LIMIT, `At most ${BULK_LIMIT} at once.`),
  status: z.enum(signatoryStatuses, { message: "Choose a status." }),
  on: requiredDate,
});

/** The letters list's URL parameters; anything unexpected falls back to the default. */
export const letterListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  kind: z.enum([...letterKinds, "all"]).catch("all"),
  body: z.enum([...parliamentaryBodies, "all"]).catch("all"),
  status: z.enum([...letterStatuses, "all", "open"]).catch("all"),
  campaign: z.uuid().or(z.literal("")).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type LetterListParams = z.output<typeof letterListSchema>;

/** The pool table's URL parameters on the letter page. */
export const poolListSchema = z.object({
  ps: z.enum([...signatoryStatuses, "all"]).catch("all"),
  pc: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  pg: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  find: z.string().trim().max(200).catch(""),
});
export type PoolListParams = z.output<typeof poolListSchema>;
