"use client";

import { useSyncExternalStore, type ComponentProps } from "react";

const noSubscription = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The header's "Search" button; it opens the command palette.
 * The shortcut hint names the key of the reader's platform once in the browser (⌘K on a Mac).
 */
export function SearchButton({ className, ...props }: ComponentProps<"button">) {
  const apple = useSyncExternalStore(noSubscription, isApple, () => false);
  return (
    <button
      type="button"
      aria-keyshortcuts="Control+K Meta+K"
      className={`flex h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${className ?? ""}`}
      {...props}
    >
      {/* lucide's "search" icon, inline: the header needs no icon library on every page */}
      <svg aria-hidden="true" className="size-4" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <circle cx="11" cy="11" r="8" />
        <path d="m21 21-4.34-4.34" />
      </svg>
      <span>Search</span>
      <kbd aria-hidden="true" className="hidden rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-600 sm:inline">
        {apple ? "⌘K" : "Ctrl K"}
      </kbd>
    </button>
  );
}
