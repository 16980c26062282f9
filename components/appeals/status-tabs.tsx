import Link from "next/link";
import type { StatusCount } from "@/lib/appeals/queries";
import { appealStatuses, appealStatusLabels, type AppealListParams, type AppealStatusFilter } from "@/lib/appeals/schema";
import { cn } from "@/lib/utils";
import { hrefWith, type SearchParams } from "@/lib/url";

type Props = { params: AppealListParams; raw: SearchParams; counts: Record<AppealStatusFilter, StatusCount> };

/**
 * One tab per status with its count under the other filters, and "Sent or later" (sent, response
 * received, closed: every appeal that went out); the current one is marked.
 */
export function AppealStatusTabs({ params, raw, counts }: Props) {
  const tabs: Array<{ value: AppealStatusFilter; label: string }> = [
    { value: "all", label: "All" },
    ...appealStatuses.map((s) => ({ value: s, label: appealStatusLabels[s] })),
    { value: "sent_or_later", label: "Sent or later" },
  ];
  return (
    <nav aria-label="Appeals by status" className="mb-4 overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 text-sm">
        {tabs.map((t) => {
          const current = params.status === t.value;
          return (
            <li key={t.value}>
              <Link
                href={hrefWith("/appeals", raw, { status: t.value === "all" ? null : t.value, page: null })}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-3 py-2",
                  current ? "border-blue-800 font-semibold text-blue-900" : "border-transparent text-slate-700 hover:text-slate-900",
                )}
              >
                {t.label}
                <span className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-800">{counts[t.value].n.toLocaleString("en")}
                  {counts[t.value].capped ? "+" : ""}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
