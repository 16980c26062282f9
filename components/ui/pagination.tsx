import Link from "next/link";
import { hrefWith, type SearchParams } from "@/lib/url";

type Props = {
  path: string;
  params: SearchParams;
  page: number;
  pageSize: number;
  total: number;
  /** The total was counted only up to a cap: there are more than `total` results. */
  capped?: boolean;
  /** The last page that can hold results, when a capped total still has an end (ranked searches). */
  maxPages?: number;
  /** The total is the database's estimate, not a count (lib/list-count.ts): "about 120,000". */
  estimated?: boolean;
  noun?: string;
};

export function Pagination({ path, params, page, pageSize, total, capped = false, maxPages, estimated = false, noun = "results" }: Props) {
  // An estimate has no last page to promise: Next stays until a page comes back short.
  const open = capped || estimated;
  const pages = maxPages ?? (open ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(total / pageSize)));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = open ? page * pageSize : Math.min(total, page * pageSize);
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        {first}–{last} of {estimated ? "about " : ""}
        {total.toLocaleString("en")}
        {capped ? "+" : ""} {noun}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={hrefWith(path, params, { page: page - 1 })} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={`${linkClass} opacity-60`} aria-disabled="true">
            Previous
          </span>
        )}
        <span aria-current="page">
          Page {page}
          {open ? "" : ` of ${pages}`}
        </span>
        {page < pages ? (
          <Link className={linkClass} href={hrefWith(path, params, { page: page + 1 })} rel="next">
            Next
          </Link>
        ) : (
          <span className={`${linkClass} opacity-60`} aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
