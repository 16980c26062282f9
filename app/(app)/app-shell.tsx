// The app's frame: header with the navigation, search and user menu around the page. Used by the
// app's layout and by the not-found page (app/not-found-shell.tsx), which shows it to a signed-in
// user from the client: so nothing here may be server-only.
import Link from "next/link";
import { CommandPalette } from "@/components/search/command-palette";
import type { ReactNode } from "react";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";
import type { SessionUser } from "@/lib/auth/sessions";
import { can, roleLabels } from "@/lib/auth/policy";
import { signOutAction } from "./actions";
import { searchEverywhereAction } from "./search/actions";

// A section appears here once it works; the policy decides who sees the admin entries.
function navigationFor(role: Parameters<typeof can>[0]): NavItem[] {
  const items: NavItem[] = [
    { href: "/my-work", label: "My work" },
    { href: "/dashboard", label: "Dashboard" },
    { href: "/contacts", label: "Contacts" },
    { href: "/organizations", label: "Organizations" },
    { href: "/lists", label: "Lists" },
    { href: "/campaigns", label: "Campaigns" },
    { href: "/cases", label: "Cases" },
    { href: "/appeals", label: "Appeals" },
    { href: "/events", label: "Events" },
  ];
  // Requests for help from people at risk: only those who handle cases read them.
  if (can(role, "case.write")) items.push({ href: "/incoming", label: "Incoming" });
  items.push({ href: "/letters", label: "Letters" });
  if (can(role, "user.manage")) items.push({ href: "/admin/users", label: "Users" });
  if (can(role, "audit.read")) items.push({ href: "/admin/audit", label: "Audit log" });
  return items;
}

/** The frame around every page of the signed-in app. */
export function AppShell({ user, children }: { user: Pick<SessionUser, "name" | "role">; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/" className="text-base font-semibold text-blue-900">
              Advocacy Desk
            </Link>
            <nav aria-label="Main">
              <NavLinks items={navigationFor(user.role)} />
            </nav>
          </div>
          <div className="flex items-center gap-2">
            <CommandPalette action={searchEverywhereAction} />
            <UserMenu name={user.name} roleLabel={roleLabels[user.role]} signOut={signOutAction} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
