import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  total: number;
  /** the full list behind the section */
  href: string;
  hrefLabel: string;
  empty: string;
  children: ReactNode;
};

/** One heading of My work: its count, the first items, a link to all of them, or a calm empty state. */
export function WorkSection({ id, title, total, href, hrefLabel, empty, children }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid={id}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}{" "}
          <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
            {total.toLocaleString("en")}
          </span>
        </h2>
        {total > 0 && (
          <Link href={href} className="text-blue-800 hover:underline">
            {hrefLabel} →
          </Link>
        )}
      </div>
      {total === 0 ? <p className="text-slate-600">{empty}</p> : <ul className="divide-y divide-slate-100">{children}</ul>}
    </section>
  );
}

export function WorkItem({ href, title, children }: { href: string; title: string; children?: ReactNode }) {
  return (
    <li className="py-2">
      <Link href={href} className="font-medium text-blue-800 hover:underline">
        {title}
      </Link>
      {children && <div className="text-xs text-slate-600">{children}</div>}
    </li>
  );
}
