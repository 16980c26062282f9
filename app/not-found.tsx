import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundShell } from "./not-found-shell";

export const metadata: Metadata = { title: "Not found" };

/**
 * An unknown address, or a record the app's layout found missing or hidden (lib/record-gate.ts):
 * answered with 404, and inside the app's frame for a signed-in user so the navigation is there.
 */
export default async function NotFound() {
  const user = await getCurrentUser();
  if (user) {
    return <NotFoundShell user={{ name: user.name, role: user.role }} />;
  }
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <NotFoundMessage signedIn={false} />
    </main>
  );
}
