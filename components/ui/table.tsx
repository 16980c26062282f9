import type { ComponentProps, ReactNode } from "react";

// The body cells' look is set once on the table, not on every <td>: a list page has hundreds of
// cells, each of which would carry (and merge) the same classes into the HTML and the RSC payload.
const cellStyle = "[&_td]:border-b [&_td]:border-slate-100 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top";

export function Table({ className, caption, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full text-left text-sm text-slate-800 ${cellStyle}${className ? ` ${className}` : ""}`} {...props}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

// Plain class joins, not cn(): client tables import these, and tailwind-merge would add 8 KB to
// their pages. A caller's classes must not contradict the base ones (a row header has its own).
const thBase = "border-b border-slate-200 px-3 py-2 text-slate-700";

/** A column header, or with scope="row" a row header (white, normal weight unless the caller says). */
export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  const look = scope === "row" ? "bg-white" : "bg-slate-50 font-semibold";
  return <th scope={scope} className={`${thBase} ${look}${className ? ` ${className}` : ""}`} {...props} />;
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
