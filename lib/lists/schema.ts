// One zod schema per form or request of the contact-list screens, shared by forms and actions.
import { z } from "zod";
import { ADD_IDS_LIMIT } from "./limits";

// Limits and the result message live in ./limits.ts, without zod: the "Add to list" controls of
// the contacts and list pages import them, and zod would add 30 KB to those pages' first load.
export { ADD_ALL_LIMIT, ADD_IDS_LIMIT, addResultMessage, type AddResult } from "./limits";

export const listFormSchema = z.object({
  name: z.string().trim().min(2, "Give the list a name of at least 2 characters.").max(200, "At most 200 characters."),
  description: z.string().trim().max(2_000, "At most 2,000 characters."),
});
export type ListFormInput = z.input<typeof listFormSchema>;
export type ListFormValues = z.output<typeof listFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };

export const listUpdateSchema = z.object({ ...idVersion, values: listFormSchema });
export const listDeleteSchema = z.object(idVersion);

export const addContactsSchema = z.object({
  listId: z.uuid(),
  contactIds: z
    .array(z.uuid({ message: "Unknown contact." }))
    .min(1, "Select at least one contact.")
    .max(ADD_IDS_LIMIT, `At most ${ADD_IDS_LIMIT.toLocaleString("en")} contacts at a time.`),
});
export const addMatchesSchema = z.object({
  listId: z.uuid(),
  q: z.string().trim().min(1, "Search for contacts first.").max(200),
});
export const removeMemberSchema = z.object({ listId: z.uuid(), contactId: z.uuid() });


export const listSorts = ["name", "updated", "members", "created"] as const;

/** /lists URL parameters; anything unexpected falls back to the default. */
export const listIndexSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  sort: z.enum(listSorts).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ListIndexParams = z.output<typeof listIndexSchema>;

/** /lists/[id] URL parameters: member search and page, and the "Add members" search. */
export const listMembersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  add: z.string().trim().max(200).catch(""),
});
export type ListMembersParams = z.output<typeof listMembersSchema>;
