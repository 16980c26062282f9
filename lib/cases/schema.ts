// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { caseScripts, caseStatuses } from "./labels";
import type { Role } from "@/lib/auth/policy";
import { optionalCountry, optionalText } from "@/lib/contacts/schema";
import { optionalFormDate } from "@/lib/dates";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

/** Viewers are never assigned to cases, so only other roles can have restricted cases to filter by. */
export const mayFilterRestricted = (role: Role) => role !== "viewer";

const optionalDate = optionalFormDate();

/** "a, b ,, c" → ["a", "b", "c"], without duplicates. */
const commaList = z
  .string()
  .max(2000, "At most 2,000 characters.")
  .transform((v) => [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))]);

const nameVariant = z.object({
  name: z.string().trim().min(1, "Type the name, or remove this row.").max(300, "At most 300 characters."),
  script: z.enum(caseScripts, { message: "Choose a script." }),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || /^[a-z]{2}$/.test(v), "Use a two-letter language code such as kk, ru or en.")
    .transform((v) => (v === "" ? null : v)),
});

export const caseFormSchema = z.object({
  primaryName: z.string().trim().min(2, "Give the person's name (at least 2 characters).").max(300, "At most 300 characters."),
  nameNative: optionalText(300),
  names: z.array(nameVariant).max(30, "At most 30 name variants."),
  country: optionalCountry,
  status: z.enum(caseStatuses, { message: "Choose a status." }),
  /** the day the (new) status applies from; today when left empty */
  statusSince: optionalDate.refine((v) => !v || v <= new Date().toISOString().slice(0, 10), "The date cannot be in the future."),
  restricted: z.boolean(),
  charges: optionalText(5000),
  summary: z.string().trim().max(20_000, "At most 20,000 characters."),
  tags: commaList,
  campaignIds: z.array(z.uuid("Choose campaigns from the list.")).max(50, "At most 50 campaigns."),
});

export type CaseFormInput = z.input<typeof caseFormSchema>;
export type CaseFormValues = z.output<typeof caseFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };
export const caseUpdateSchema = z.object({ ...idVersion, values: caseFormSchema });
export const caseDeleteSchema = z.object(idVersion);
export const caseAssignmentSchema = z.object({ caseId: z.uuid(), userId: z.uuid("Choose a person from the list.") });

export const caseSorts = ["relevance", "name", "updated", "country", "status"] as const;

/** The list's URL parameters; anything unexpected falls back to the default. */
export const caseListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  status: z.enum([...caseStatuses, "all"]).catch("all"),
  tag: z.string().trim().max(100).catch(""),
  campaign: z.uuid().or(z.literal("")).catch(""),
  restricted: z.enum(["any", "yes", "no"]).catch("any"),
  sort: z.enum(caseSorts).catch("relevance"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type CaseListParams = z.output<typeof caseListSchema>;
