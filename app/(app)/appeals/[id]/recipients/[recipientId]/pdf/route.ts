import { letterPdf } from "@/lib/appeals/pdf";
import { letterDownload } from "../../download";

// GET /appeals/<id>/recipients/<recipientId>/pdf → the personalized letter as an A4 PDF.
// Every role may read it (lib/appeals/output-queries.ts says why); a hidden appeal is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; recipientId: string }> }) {
  return letterDownload(await params, letterPdf, "application/pdf");
}
