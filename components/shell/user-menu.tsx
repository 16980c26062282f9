"use client";

import { DropdownMenu } from "radix-ui";
import Link from "next/link";

export function UserMenu({ name, roleLabel, signOut }: { name: string; roleLabel: string; signOut: () => Promise<void> }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700">
        <span className="font-medium text-slate-900">{name}</span>
        <span className="hidden text-slate-600 sm:inline">· {roleLabel}</span>
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Item asChild className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100">
            <Link href="/account/password">Change password</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100">
            <Link href="/account">Account and two-factor sign-in</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            className="block w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none data-[highlighted]:bg-slate-100"
            onSelect={() => void signOut()}
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
