import "server-only";
import type { Acting } from "@/lib/auth/authorize";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

type Make = (user: Acting, appealId: string, recipientId: string) => Promise<{ bytes: Buffer; disposition: string }>;

/** The PDF and .eml routes: the session, ids checked, the data-access function, errors as statuses. */
export async function letterDownload(params: { id: string; recipientId: string }, make: Make, contentType: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!isUuid(params.id) || !isUuid(params.recipientId)) return new Response("Not found.", { status: 404 });
  try {
    const { bytes, disposition } = await make(user, params.id, params.recipientId);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": disposition,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    // An unapproved appeal, a recipient without e-mail: the request is understood but has no letter.
    if (error instanceof ValidationError) return new Response(error.message, { status: 409 });
    throw error;
  }
}
