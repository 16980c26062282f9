"use server";

import { defineAction, type RevalidateTarget } from "@/lib/action";
import { addContactsToList, addSearchMatchesToList, createList, deleteList, removeMember, updateList } from "@/lib/lists/mutations";
import { addContactsSchema, addMatchesSchema, listDeleteSchema, listFormSchema, listUpdateSchema, removeMemberSchema } from "@/lib/lists/schema";

// Lists need "contact.write" (lib/auth/policy.ts).

const listPages: RevalidateTarget[] = [{ path: "/lists", type: "layout" }];

export const createListAction = defineAction({
  schema: listFormSchema,
  run: (values, user) => createList(user, values),
  revalidate: ["/lists"],
});

export const updateListAction = defineAction({
  schema: listUpdateSchema,
  run: (data, user) => updateList(user, data),
  revalidate: listPages,
});

export const deleteListAction = defineAction({
  schema: listDeleteSchema,
  run: (data, user) => deleteList(user, data),
  revalidate: listPages,
});

/** "Add selected" on a list page, and "Add to list" on other screens. */
export const addContactsToListAction = defineAction({
  schema: addContactsSchema,
  run: (data, user) => addContactsToList(user, data.listId, data.contactIds),
  revalidate: listPages,
});

export const addSearchMatchesAction = defineAction({
  schema: addMatchesSchema,
  run: (data, user) => addSearchMatchesToList(user, data),
  revalidate: listPages,
});

export const removeMemberAction = defineAction({
  schema: removeMemberSchema,
  run: (data, user) => removeMember(user, data),
  revalidate: listPages,
});
