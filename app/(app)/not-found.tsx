import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/shell/not-found-message";

export const metadata: Metadata = { title: "Not found" };

/** A notFound() from a page of the app, inside the app's frame (its layout). */
export default function NotFound() {
  return <NotFoundMessage signedIn />;
}
