import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { checkRequestedRecord } from "@/lib/record-gate";
import { AppShell } from "./app-shell";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The forced password change is done by each page's requirePageUser(), not here: a layout
  // redirecting to a page beneath itself makes the client router refetch in a loop.
  const user = await requirePageUser({ passwordChangePage: true });
  // A detail page's missing or hidden record answers 404 from here, before anything streams.
  await checkRequestedRecord();
  return <AppShell user={user}>{children}</AppShell>;
}
