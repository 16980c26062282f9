import { startContactExport, exportHeaders } from "@/lib/contacts/export";
import { csvStreamResponse } from "@/lib/export/csv";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { userRoute } from "@/lib/route";

// GET /api/lists/<id>/export → the list's members as CSV.
export const GET = userRoute<{ id: string }>(async (user, _request, { id }) => {
  if (!isUuid(id)) throw new NotFoundError();
  const { fileName, batches } = await startContactExport(user, { kind: "list", listId: id });
  return csvStreamResponse(fileName, exportHeaders, batches);
});
