"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, type ActionResult, type FieldErrors } from "@/lib/action";
import { answerRsvp } from "@/lib/invitations/rsvp";
import { rsvpAnswerSchema } from "@/lib/invitations/schema";

/**
 * The guest's answer. Public on purpose, with no session: the token in the link is the credential,
 * checked by lib/invitations/rsvp.ts, and every invalid link gets the same refusal.
 */
export async function answerRsvpAction(input: unknown): Promise<ActionResult<{ answer: string }>> {
  const parsed = rsvpAnswerSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, formError: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  try {
    const result = await answerRsvp(parsed.data);
    revalidatePath(`/rsvp/${parsed.data.token}`);
    return { ok: true, data: result };
  } catch (error) {
    return failure(error);
  }
}
