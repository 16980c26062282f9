// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { optionalCountry, optionalText, optionalUrl } from "@/lib/contacts/schema";
import { organizationKinds } from "./labels";

export { organizationKinds, organizationKindLabels } from "./labels";

export const organizationFormSchema = z.object({
  name: z.string().trim().min(2, "Give the organization a name of at least 2 characters.").max(300, "At most 300 characters."),
  nameNative: optionalText(300),
  acronym: optionalText(50),
  kind: z.enum(organizationKinds, { message: "Choose a kind." }),
  country: optionalCountry,
  website: optionalUrl,
  postalAddress: optionalText(2000),
  notes: z.string().trim().max(20_000, "At most 20,000 characters."),
});
export type OrganizationFormInput = z.input<typeof organizationFormSchema>;
export type OrganizationFormValues = z.output<typeof organizationFormSchema>;

export const organizationUpdateSchema = z.object({ id: z.uuid(), version: z.number().int().positive(), values: organizationFormSchema });

export const organizationSorts = ["name", "updated", "country"] as const;

export const organizationListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  kind: z.enum([...organizationKinds, "all"]).catch("all"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  sort: z.enum(organizationSorts).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type OrganizationListParams = z.output<typeof organizationListSchema>;

export const organizationPeopleSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
