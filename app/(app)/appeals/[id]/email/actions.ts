"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { appealEmailSchema, emailSendPlan, sendAppealByEmail } from "@/lib/appeals/smtp";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("appeal.write") and the appeal's visibility.

/** How many recipients "Send by e-mail" would reach now; asked by the button before it shows. */
export async function emailPlanAction(input: unknown) {
  return runAction(appealEmailSchema, input, (data, user) => emailSendPlan(user, data.appealId));
}

export async function sendAppealByEmailAction(input: unknown) {
  const result = await runAction(appealEmailSchema, input, (data, user) => sendAppealByEmail(user, data.appealId));
  if (result.ok) revalidatePath("/appeals", "layout");
  return result;
}
