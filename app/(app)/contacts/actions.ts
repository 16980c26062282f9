"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { logActivity } from "@/lib/contacts/activities";
import { createContact, deleteContact, updateContact } from "@/lib/contacts/mutations";
import { activityLogSchema, contactDeleteSchema, contactFormSchema, contactUpdateSchema } from "@/lib/contacts/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

export async function createContactAction(input: unknown) {
  const result = await runAction(contactFormSchema, input, (values, user) => createContact(user, values));
  if (result.ok) {
    revalidatePath("/contacts");
    revalidatePath("/organizations", "layout");
  }
  return result;
}

export async function updateContactAction(input: unknown) {
  const result = await runAction(contactUpdateSchema, input, (data, user) => updateContact(user, data));
  if (result.ok) {
    revalidatePath("/contacts", "layout");
    revalidatePath("/organizations", "layout");
  }
  return result;
}

export async function deleteContactAction(input: unknown) {
  const result = await runAction(contactDeleteSchema, input, (data, user) => deleteContact(user, data));
  if (result.ok) {
    revalidatePath("/contacts", "layout");
    revalidatePath("/organizations", "layout");
  }
  return result;
}

export async function logActivityAction(input: unknown) {
  const result = await runAction(activityLogSchema, input, (data, user) => logActivity(user, data));
  if (result.ok) revalidatePath(`/contacts/${result.data.contactId}`);
  return result;
}
