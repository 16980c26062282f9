import Link from "next/link";
import type { ReactNode } from "react";

/** A headline number that leads to the list behind it. */
export function KpiTile({ label, value, detail, href }: { label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  const body = (
    <>
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="mt-1 block text-2xl font-semibold text-slate-900" data-testid="kpi-value">
        {value}
      </span>
      {detail && <span className="mt-1 block text-xs text-slate-600">{detail}</span>}
    </>
  );
  const box = "block rounded-lg border border-slate-200 bg-white p-4";
  return (
    <li>
      {href ? (
        <Link href={href} className={`${box} hover:border-blue-400 focus-visible:outline-2 focus-visible:outline-blue-700`}>
          {body}
        </Link>
      ) : (
        <div className={box}>{body}</div>
      )}
    </li>
  );
}

export const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
export const days = (n: number | null) => (n === null ? "—" : `${n.toLocaleString("en")} days`);
