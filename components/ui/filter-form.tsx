import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Button } from "./button";

// A plain GET form: filters go into the URL, so views can be bookmarked and shared, and they
// work without JavaScript. Every list's filter bar is one of these.
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}

export function FilterField({ id, label, grow, children }: { id: string; label: ReactNode; grow?: boolean; children: ReactNode }) {
  return (
    <div className={cn(grow && "min-w-56 flex-1")}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}
