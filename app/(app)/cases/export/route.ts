import { getCurrentUser } from "@/lib/auth/current-user";
import { caseExportHeaders, startCaseExport } from "@/lib/cases/export";
import { caseListSchema } from "@/lib/cases/schema";
import { csvStreamResponse } from "@/lib/export/csv";
import { ForbiddenError } from "@/lib/errors";

// GET /cases/export?<the cases list's filters> → the whole filtered view as CSV, restricted cases
// the user may not see left out (the filters carry the visibility rule).
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const params = caseListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { fileName, batches } = await startCaseExport(user, params);
    return csvStreamResponse(fileName, caseExportHeaders, batches);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    throw error;
  }
}
