import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { actingUser } from "@/lib/auth/acting";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/sessions";
import { AuthError, ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { errorFields, log } from "@/lib/log";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; formError: string; fieldErrors?: FieldErrors; stale?: boolean };

/**
 * Every server action goes through here: parse the input with the form's zod schema → the session
 * user (actingUser: only the password change while a temporary password is held) → the data-access function (which authorizes against the policy) → a typed result.
 * Server actions are public HTTP endpoints, so nothing here trusts the caller.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (data: z.output<S>, user: SessionUser) => Promise<T>,
  options: { passwordChange?: boolean } = {},
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, formError: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  try {
    const user = actingUser(await getCurrentUser(), options);
    return { ok: true, data: await fn(parsed.data, user) };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    return failure(error);
  }
}

export function failure(error: unknown): { ok: false; formError: string; fieldErrors?: FieldErrors; stale?: boolean } {
  if (error instanceof ValidationError) {
    return { ok: false, formError: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined };
  }
  if (error instanceof StaleError) return { ok: false, formError: error.message, stale: true };
  if (error instanceof AuthError || error instanceof ForbiddenError || error instanceof NotFoundError) {
    return { ok: false, formError: error.message };
  }
  // Database and programming errors are logged for operators, never shown to the user.
  // Name and message only: the input, the row or the query's parameters never reach the log.
  void log.error("action failed", errorFields(error));
  return { ok: false, formError: "Something went wrong on our side. Nothing was saved; please try again." };
}
