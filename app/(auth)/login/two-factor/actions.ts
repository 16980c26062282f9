"use server";

import { redirect } from "next/navigation";
import { failure, type ActionResult } from "@/lib/action";
import { getSessionState } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/schema";
import { confirmEnrolment, verifySecondFactor } from "@/lib/auth/two-factor";
import { codeSchema, verifyCodeSchema } from "@/lib/auth/two-factor-schema";
import { AuthError } from "@/lib/errors";

// The two actions a session that has passed the password step but owes its second factor may
// call. They cannot use runAction: getCurrentUser() deliberately treats such a session as signed out.

export async function verifyCodeAction(input: unknown): Promise<ActionResult> {
  const parsed = verifyCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Enter the code.", fieldErrors: { code: ["Enter the code."] } };
  try {
    const state = await getSessionState();
    if (!state) throw new AuthError();
    if (state.needs === "verify") await verifySecondFactor(state.user, state.sid, parsed.data.code);
  } catch (error) {
    return failure(error);
  }
  redirect(safeCallback(parsed.data.callbackUrl));
}

export async function confirmEnrolmentAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = codeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Enter the code.", fieldErrors: { code: ["Enter the code."] } };
  try {
    const state = await getSessionState();
    if (!state || state.needs === "verify") throw new AuthError();
    return { ok: true, data: { recoveryCodes: await confirmEnrolment(state.user, state.sid, parsed.data.code) } };
  } catch (error) {
    return failure(error);
  }
}
