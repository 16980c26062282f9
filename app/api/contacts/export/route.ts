import { getCurrentUser } from "@/lib/auth/current-user";
import { startContactExport, exportHeaders } from "@/lib/contacts/export";
import { contactListSchema } from "@/lib/contacts/schema";
import { csvStreamResponse } from "@/lib/export/csv";
import { ForbiddenError } from "@/lib/errors";

// GET /api/contacts/export?<the contacts list's filters> → the whole filtered view as CSV.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const params = contactListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { fileName, batches } = await startContactExport(user, { kind: "filter", params });
    return csvStreamResponse(fileName, exportHeaders, batches);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    throw error;
  }
}
