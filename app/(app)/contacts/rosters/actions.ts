"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { applyRoster, previewRoster } from "@/lib/import/roster-apply";
import { rosterUploadSchema } from "@/lib/import/roster-groups";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("contact.write"). Both take { body, fileName, content } with the
// file's bytes in base64; the preview writes nothing, the import recomputes the plan itself.

export async function previewRosterAction(input: unknown) {
  return runAction(rosterUploadSchema, input, (data, user) => previewRoster(user, data));
}

export async function applyRosterAction(input: unknown) {
  const result = await runAction(rosterUploadSchema, input, (data, user) => applyRoster(user, data));
  if (result.ok) revalidatePath("/contacts", "layout");
  return result;
}
