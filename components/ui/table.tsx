import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

// The body cells' look is set once on the table, not on every <td>: a list page has hundreds of
// cells, each of which would carry (and merge) the same classes into the HTML and the RSC payload.
const cellStyle = "[&_td]:border-b [&_td]:border-slate-100 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top";

export function Table({ className, caption, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn("w-full text-left text-sm text-slate-800", cellStyle, className)} {...props}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-700", className)} {...props} />;
}

/** A body cell of a <Table> (which styles it); its own classes add to that. */
export function Td(props: ComponentProps<"td">) {
  return <td {...props} />;
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
