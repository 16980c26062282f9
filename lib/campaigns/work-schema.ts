// Zod schemas of a campaign's goals and team: shared by the forms (client) and the actions.
import { z } from "zod";
import { goalMetrics } from "./work-labels";
import { optionalFormDate } from "@/lib/dates";

// The enums' values and labels live in ./work-labels.ts, without zod, for client components.
export * from "./work-labels";

const optionalDate = optionalFormDate();

export const goalFormSchema = z.object({
  metric: z.enum(goalMetrics, { message: "Choose what is counted." }),
  label: z.string().trim().min(3, "Describe the goal in at least 3 characters.").max(200, "At most 200 characters."),
  target: z
    .string()
    .trim()
    .refine((v) => /^\d{1,7}$/.test(v) && Number(v) > 0, "A whole number from 1 to 9,999,999.")
    .transform(Number),
  dueOn: optionalDate,
});
export type GoalFormInput = z.input<typeof goalFormSchema>;
export type GoalFormValues = z.output<typeof goalFormSchema>;

export const goalCreateSchema = z.object({ campaignId: z.uuid(), values: goalFormSchema });
export const goalUpdateSchema = z.object({ id: z.uuid(), version: z.number().int().positive(), values: goalFormSchema });
export const goalDeleteSchema = z.object({ id: z.uuid(), version: z.number().int().positive() });

export const memberAddSchema = z.object({
  campaignId: z.uuid(),
  userId: z.uuid("Choose a person from the list."),
  role: z
    .string()
    .trim()
    .max(60, "At most 60 characters.")
    .transform((v) => v || "member"),
});
export const memberRemoveSchema = z.object({ campaignId: z.uuid(), userId: z.uuid() });

/** The campaign page's URL parameters: the timeline's page. */
export const campaignPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
