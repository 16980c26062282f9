import { letterEml } from "@/lib/appeals/eml";
import { letterDownload } from "../../download";

// GET /appeals/<id>/recipients/<recipientId>/eml → the personalized letter as an e-mail file to
// send from a mail client. Needs "appeal.write"; a hidden appeal is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; recipientId: string }> }) {
  return letterDownload(await params, letterEml, "message/rfc822");
}
