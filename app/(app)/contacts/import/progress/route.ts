import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { importProgress } from "@/lib/contacts/import-csv";
import { userRoute } from "@/lib/route";

// GET /contacts/import/progress?job=<uuid> → the caller's own import job as JSON (null before it
// starts). A route handler, not a server action: the browser queues server actions one after
// another, so a polling action would only run once the import action itself had returned.
export const dynamic = "force-dynamic";

export const GET = userRoute(async (user, request) => {
  const job = new URL(request.url).searchParams.get("job") ?? "";
  if (!isUuid(job)) throw new NotFoundError();
  return Response.json(await importProgress(user, job), { headers: { "Cache-Control": "no-store" } });
});
