import "server-only";
import { ZodError } from "zod";
import { actingUser } from "@/lib/auth/acting";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/sessions";
import { AuthError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

type Context<P> = { params: Promise<P> };

/**
 * Every route handler that serves a signed-in user (downloads, exports, feeds, progress) goes
 * through here, as server actions go through runAction: the session user (actingUser: none while
 * a temporary password is held), then the handler, whose data-access calls authorize; the errors
 * they throw become statuses. Anything else is a server error, logged by Next.js.
 */
export function userRoute<P = Record<string, never>>(handler: (user: SessionUser, request: Request, params: P) => Promise<Response>) {
  return async function route(request: Request, context: Context<P>): Promise<Response> {
    try {
      const user = actingUser(await getCurrentUser());
      return await handler(user, request, await context.params);
    } catch (error) {
      const status = statusOf(error);
      if (!status) throw error;
      return new Response(status === 400 ? "Some parameters are not valid." : (error as Error).message, {
        status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  };
}

function statusOf(error: unknown): number | null {
  if (error instanceof AuthError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  // Understood, but there is nothing to serve: an unapproved appeal's letter, an event without a date.
  if (error instanceof ValidationError) return 409;
  if (error instanceof ZodError) return 400;
  return null;
}
