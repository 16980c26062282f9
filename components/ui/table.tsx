import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export function Table({ className, caption, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn("w-full text-left text-sm", className)} {...props}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-700", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-slate-100 px-3 py-2 align-top text-slate-800", className)} {...props} />;
}

/** Above a table whose rows can be selected (useRowSelection): how many are, and what to do with them. */
export function SelectionBar({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3" role="group" aria-label={label}>
      <p className="text-sm text-slate-800" aria-live="polite">
        {count} selected
      </p>
      {children}
    </div>
  );
}
