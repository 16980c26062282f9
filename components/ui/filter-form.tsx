import type { ReactNode } from "react";
import { PlainButton } from "./plain-controls";

// A plain GET form: filters go into the URL, so views can be bookmarked and shared, and they
// work without JavaScript. Every list's filter bar is one of these. No class merging here
// (tailwind-merge): client components (the contact picker) draw filter forms too.
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <PlainButton type="submit" variant="secondary">
        Apply
      </PlainButton>
    </form>
  );
}

export function FilterField({ id, label, grow, children }: { id: string; label: ReactNode; grow?: boolean; children: ReactNode }) {
  return (
    <div className={grow ? "min-w-56 flex-1" : undefined}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}
