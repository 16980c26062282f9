import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  /** which filters the figure follows, and what its link can carry */
  note?: ReactNode;
  csvHref: string;
  chart?: ReactNode;
  /** the figure's numbers as a table: shown under the chart on request, or alone */
  table: ReactNode;
  className?: string;
};

/** One figure of the dashboard: a heading, the chart, its table, its CSV download. */
export function Figure({ id, title, note, csvHref, chart, table, className }: Props) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-200 bg-white p-4 ${className ?? ""}`}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <a href={csvHref} download className="text-sm text-blue-800 underline">
          CSV<span className="sr-only"> of {title.toLowerCase()}</span>
        </a>
      </div>
      {note && <p className="mb-2 text-xs text-slate-600">{note}</p>}
      {chart ? (
        <>
          {chart}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-blue-800">Show as table<span className="sr-only">: {title.toLowerCase()}</span></summary>
            <div className="mt-2">{table}</div>
          </details>
        </>
      ) : (
        table
      )}
    </section>
  );
}
