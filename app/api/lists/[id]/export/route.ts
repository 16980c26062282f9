import { getCurrentUser } from "@/lib/auth/current-user";
import { startContactExport, exportHeaders } from "@/lib/contacts/export";
import { csvStreamResponse } from "@/lib/export/csv";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

// GET /api/lists/<id>/export → the list's members as CSV.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return new Response("Not found.", { status: 404 });
  try {
    const { fileName, batches } = await startContactExport(user, { kind: "list", listId: id });
    return csvStreamResponse(fileName, exportHeaders, batches);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    throw error;
  }
}
