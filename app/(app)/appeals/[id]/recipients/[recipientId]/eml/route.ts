import { letterEml } from "@/lib/appeals/eml";
import { letterRoute } from "../../download";

// GET /appeals/<id>/recipients/<recipientId>/eml → the personalized letter as an e-mail file to
// send from a mail client. Needs "appeal.write"; a hidden appeal is a 404.
export const GET = letterRoute(letterEml, "message/rfc822");
