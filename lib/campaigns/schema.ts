// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { campaignStatuses, editableCampaignStatuses } from "./labels";
import { optionalFormDate } from "@/lib/dates";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

const optionalDate = optionalFormDate();

export const campaignFormSchema = z
  .object({
    name: z.string().trim().min(3, "Give the campaign a name of at least 3 characters.").max(200, "At most 200 characters."),
    summary: z.string().trim().max(500, "At most 500 characters."),
    description: z.string().trim().max(20_000, "At most 20,000 characters."),
    status: z.enum(editableCampaignStatuses, { message: "Choose a status." }),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((c) => !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn, {
    message: "The end date cannot be before the start date.",
    path: ["endsOn"],
  });

export type CampaignFormInput = z.input<typeof campaignFormSchema>;
export type CampaignFormValues = z.output<typeof campaignFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };

export const campaignUpdateSchema = z.object({ ...idVersion, values: campaignFormSchema });
export const campaignArchiveSchema = z.object(idVersion);

export const campaignSorts = ["updated", "name", "starts", "status"] as const;

/** The list's URL parameters; anything unexpected falls back to the default. */
export const campaignListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum([...campaignStatuses, "all", "current"]).catch("current"),
  sort: z.enum(campaignSorts).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type CampaignListParams = z.output<typeof campaignListSchema>;
