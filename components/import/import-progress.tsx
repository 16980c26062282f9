"use client";

import { useEffect, useState } from "react";

type Progress = { status: "running" | "done" | "failed"; total: number; processed: number };

/**
 * The bar shown while the import runs. It polls the job row (written outside the import's
 * transaction) through a GET route rather than a server action: the browser runs server actions
 * one at a time, so a polling action would wait for the import itself to finish.
 */
export function ImportProgress({ jobId, rows }: { jobId: string; rows: number }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/contacts/import/progress?job=${jobId}`, { cache: "no-store" });
        if (!stopped && response.ok) setProgress((await response.json()) as Progress | null);
      } catch {
        // A missed poll only delays the bar; the import's own result is what counts.
      }
    }, 500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId]);

  const known = progress && progress.total > 0 && progress.processed > 0;
  const label = known
    ? `Importing: ${progress.processed.toLocaleString("en")} of ${progress.total.toLocaleString("en")} rows written…`
    : `Importing ${rows.toLocaleString("en")} ${rows === 1 ? "row" : "rows"}…`;
  return (
    <div className="max-w-2xl space-y-2" role="status" aria-live="polite">
      <p className="text-sm text-slate-800">{label}</p>
      {/* Without a value the bar is indeterminate: PGlite, or the first half-second. */}
      <progress className="h-3 w-full accent-blue-800" aria-label="Import progress" max={known ? progress.total : undefined} value={known ? progress.processed : undefined} />
      <p className="text-xs text-slate-600">All rows are written in one transaction: if anything fails, nothing is imported.</p>
    </div>
  );
}
