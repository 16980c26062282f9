import { caseExportHeaders, startCaseExport } from "@/lib/cases/export";
import { caseListSchema } from "@/lib/cases/schema";
import { csvStreamResponse } from "@/lib/export/csv";
import { userRoute } from "@/lib/route";

// GET /cases/export?<the cases list's filters> → the whole filtered view as CSV, restricted cases
// the user may not see left out (the filters carry the visibility rule).
export const GET = userRoute(async (user, request) => {
  const params = caseListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { fileName, batches } = await startCaseExport(user, params);
  return csvStreamResponse(fileName, caseExportHeaders, batches);
});
