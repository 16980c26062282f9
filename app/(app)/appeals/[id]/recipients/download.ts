import "server-only";
import type { Acting } from "@/lib/auth/authorize";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { userRoute } from "@/lib/route";

type Make = (user: Acting, appealId: string, recipientId: string) => Promise<{ bytes: Buffer; disposition: string }>;

/**
 * The PDF and .eml routes: ids checked, then the data-access function. An unapproved appeal or a
 * recipient without e-mail is a ValidationError, served as 409 by userRoute.
 */
export function letterRoute(make: Make, contentType: string) {
  return userRoute<{ id: string; recipientId: string }>(async (user, _request, params) => {
    if (!isUuid(params.id) || !isUuid(params.recipientId)) throw new NotFoundError();
    const { bytes, disposition } = await make(user, params.id, params.recipientId);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": disposition,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
