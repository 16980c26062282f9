import "server-only";
import { revalidatePath } from "next/cache";
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
 * A server action as a component receives it. Pages import actions from their route's actions.ts
 * and pass them down as props (Next serializes the reference), so nothing in components/ imports
 * app/ — a lint rule in eslint.config.mjs holds that.
 */
export type ServerAction<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;

/** A path to revalidate after a successful action: a path as is, or a route segment with its layouts/page. */
export type RevalidateTarget = string | { path: string; type: "layout" | "page" };
/** Entries that are false, null, undefined or "" are skipped: paths that apply only to some results. */
type RevalidateList = readonly (RevalidateTarget | false | null | undefined)[];

/**
 * Server actions are public HTTP endpoints: anyone can call them with any input, whatever the pages
 * show or hide, so nothing in an action trusts the caller. Every action in the app's actions.ts
 * files is written as
 *
 *   export const fooAction = defineAction({ schema: fooSchema, run: (data, user) => doFoo(user, data), revalidate: ["/foo"] });
 *
 * and takes the same steps: parse the input with the form's zod schema (its errors go back to the
 * form's fields) → the session user (actingUser: none while a temporary password is held, except
 * for the action that changes it, `passwordChange: true`) → `run`, which calls the data-access
 * function; that function authorizes against the policy (lib/auth/policy.ts) and the record's own
 * rules → on success only, revalidate the pages that show what changed → a typed ActionResult, with
 * errors mapped by failure().
 *
 * `revalidate` lists paths, or is a function of the parsed input and run's result when a path
 * depends on them, e.g. `(data, result) => ["/cases/" + result.caseId]`. The returned value is an
 * async function, which is what Next accepts as an export of a "use server" file.
 */
export function defineAction<S extends z.ZodType, T>(action: {
  schema: S;
  run: (data: z.output<S>, user: SessionUser) => Promise<T>;
  revalidate?: RevalidateList | ((data: z.output<S>, result: T) => RevalidateList);
  passwordChange?: boolean;
}): (input: unknown) => Promise<ActionResult<T>> {
  const { schema, run, revalidate, passwordChange } = action;
  return async function serverAction(input: unknown): Promise<ActionResult<T>> {
    let parsed: { data: z.output<S> } | undefined;
    const result = await runAction(
      schema,
      input,
      (data, user) => {
        parsed = { data };
        return run(data, user);
      },
      { passwordChange },
    );
    if (result.ok && parsed && revalidate) {
      for (const target of typeof revalidate === "function" ? revalidate(parsed.data, result.data) : revalidate) {
        if (!target) continue;
        if (typeof target === "string") revalidatePath(target);
        else revalidatePath(target.path, target.type);
      }
    }
    return result;
  };
}

/**
 * The steps of defineAction without the revalidation, for the few actions that must do something
 * to the raw input first (an upload sent as FormData) and revalidate themselves.
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
