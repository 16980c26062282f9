"use server";

import { signOut } from "@/lib/auth/auth";

// Signing out revokes the server-side session row (events.signOut in lib/auth/auth.ts), so the
// cookie is worthless even if a copy of it survives somewhere.
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
