import { letterPdf } from "@/lib/appeals/pdf";
import { letterRoute } from "../../download";

// GET /appeals/<id>/recipients/<recipientId>/pdf → the personalized letter as an A4 PDF.
// Every role may read it (lib/appeals/output-queries.ts says why); a hidden appeal is a 404.
export const GET = letterRoute(letterPdf, "application/pdf");
