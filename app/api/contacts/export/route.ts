import { startContactExport, exportHeaders } from "@/lib/contacts/export";
import { contactListSchema } from "@/lib/contacts/schema";
import { csvStreamResponse } from "@/lib/export/csv";
import { userRoute } from "@/lib/route";

// GET /api/contacts/export?<the contacts list's filters> → the whole filtered view as CSV.
export const GET = userRoute(async (user, request) => {
  const params = contactListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { fileName, batches } = await startContactExport(user, { kind: "filter", params });
  return csvStreamResponse(fileName, exportHeaders, batches);
});
