"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { createOrganization, updateOrganization } from "@/lib/organizations/mutations";
import { organizationFormSchema, organizationUpdateSchema } from "@/lib/organizations/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy (lib/auth/policy.ts).

export async function createOrganizationAction(input: unknown) {
  const result = await runAction(organizationFormSchema, input, (values, user) => createOrganization(user, values));
  if (result.ok) revalidatePath("/organizations");
  return result;
}

export async function updateOrganizationAction(input: unknown) {
  const result = await runAction(organizationUpdateSchema, input, (data, user) => updateOrganization(user, data));
  if (result.ok) {
    revalidatePath("/organizations", "layout");
    revalidatePath("/contacts", "layout");
  }
  return result;
}
