"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { mergeContacts } from "@/lib/contacts/merge";
import { mergeSchema } from "@/lib/contacts/merge-schema";

// A public endpoint: the input is parsed again here, and mergeContacts authorizes ("delete":
// managers and admins) and checks both versions, whatever the page showed.
export async function mergeContactsAction(input: unknown) {
  const result = await runAction(mergeSchema, input, (data, user) => mergeContacts(user, data));
  if (result.ok) {
    revalidatePath("/contacts", "layout");
    revalidatePath("/lists", "layout");
    revalidatePath("/organizations", "layout");
  }
  return result;
}
