import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { importProgress } from "@/lib/import/csv-import";

// GET /contacts/import/progress?job=<uuid> → the caller's own import job as JSON (null before it
// starts). A route handler, not a server action: the browser queues server actions one after
// another, so a polling action would only run once the import action itself had returned.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const job = new URL(request.url).searchParams.get("job") ?? "";
  if (!isUuid(job)) return Response.json({ error: "Not found." }, { status: 404 });
  try {
    return Response.json(await importProgress(user, job), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: 403 });
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
