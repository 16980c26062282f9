"use client";
// The signed-in 404 inside the app's frame. A client component because Next.js renders the root
// not-found page into every response's RSC payload, in case it is needed: as a server component
// the whole frame would be rendered and sent again with each page; this way the payload only
// carries the user's name and role, and the frame is drawn when a 404 is actually shown.
import { AppShell } from "@/app/(app)/app-shell";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import type { Role } from "@/lib/auth/policy";

export function NotFoundShell({ user }: { user: { name: string; role: Role } }) {
  return (
    <AppShell user={user}>
      <NotFoundMessage signedIn />
    </AppShell>
  );
}
