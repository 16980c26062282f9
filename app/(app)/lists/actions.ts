"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { addContactsToList, addSearchMatchesToList, createList, deleteList, removeMember, updateList } from "@/lib/lists/mutations";
import { addContactsSchema, addMatchesSchema, listDeleteSchema, listFormSchema, listUpdateSchema, removeMemberSchema } from "@/lib/lists/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts: lists need "contact.write").

export async function createListAction(input: unknown) {
  const result = await runAction(listFormSchema, input, (values, user) => createList(user, values));
  if (result.ok) revalidatePath("/lists");
  return result;
}

export async function updateListAction(input: unknown) {
  const result = await runAction(listUpdateSchema, input, (data, user) => updateList(user, data));
  if (result.ok) revalidatePath("/lists", "layout");
  return result;
}

export async function deleteListAction(input: unknown) {
  const result = await runAction(listDeleteSchema, input, (data, user) => deleteList(user, data));
  if (result.ok) revalidatePath("/lists", "layout");
  return result;
}

/** "Add selected" on a list page, and "Add to list" on other screens. */
export async function addContactsToListAction(input: unknown) {
  const result = await runAction(addContactsSchema, input, (data, user) => addContactsToList(user, data.listId, data.contactIds));
  if (result.ok) revalidatePath("/lists", "layout");
  return result;
}

export async function addSearchMatchesAction(input: unknown) {
  const result = await runAction(addMatchesSchema, input, (data, user) => addSearchMatchesToList(user, data));
  if (result.ok) revalidatePath("/lists", "layout");
  return result;
}

export async function removeMemberAction(input: unknown) {
  const result = await runAction(removeMemberSchema, input, (data, user) => removeMember(user, data));
  if (result.ok) revalidatePath("/lists", "layout");
  return result;
}
