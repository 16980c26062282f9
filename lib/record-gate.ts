import "server-only";
import { headers } from "next/headers";
import { isUuid } from "@/lib/ids";
import {
  pageAppeal,
  pageCampaign,
  pageCase,
  pageContact,
  pageEvent,
  pageIncoming,
  pageInvitationEvent,
  pageLetter,
  pageList,
  pageOrganization,
  pageUser,
} from "@/lib/page-records";

// Why the app's layout looks at the record a detail page will show: every page of the app sits
// under a loading.tsx, i.e. a Suspense boundary, and once its fallback is sent the status is 200
// for good; a notFound() from the page (or its generateMetadata: metadata streams too) then only
// swaps the content. The layout renders before that boundary, so a record that is missing, or
// that the user may not see, is found out here and the answer is a real 404. The read is the one
// the page makes (lib/page-records.ts, cached per request), so it costs no extra query. On a
// client-side navigation the layout is not rendered again and the page's own notFound() answers.

type Read = (id: string) => Promise<unknown>;

const detailRoutes: Array<{ section: string; read: Read; subPages?: Read }> = [
  { section: "appeals", read: pageAppeal },
  { section: "campaigns", read: pageCampaign },
  { section: "cases", read: pageCase },
  { section: "contacts", read: pageContact },
  { section: "events", read: pageEvent, subPages: pageInvitationEvent },
  { section: "incoming", read: pageIncoming },
  { section: "letters", read: pageLetter },
  { section: "lists", read: pageList },
  { section: "organizations", read: pageOrganization },
  { section: "admin/users", read: pageUser },
];

/** The read a path's detail page makes and its record id, or null for any other page. */
export function detailRead(pathname: string): { read: Read; id: string } | null {
  for (const route of detailRoutes) {
    const prefix = `/${route.section}/`;
    if (!pathname.startsWith(prefix)) continue;
    const [id, ...rest] = pathname.slice(prefix.length).split("/");
    // "new", "import" and the like are pages of their own, not records.
    if (!id || !isUuid(id)) return null;
    return { read: rest.some(Boolean) && route.subPages ? route.subPages : route.read, id };
  }
  return null;
}

/** Throws notFound() (a 404) when the requested page's record is missing or not visible. */
export async function checkRequestedRecord(): Promise<void> {
  const pathname = (await headers()).get("x-pathname");
  const detail = pathname ? detailRead(pathname) : null;
  if (detail) await detail.read(detail.id);
}
