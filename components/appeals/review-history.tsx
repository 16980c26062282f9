import type { ReviewRow } from "@/lib/appeals/queries";

/** Approvals and returns, newest first, each with its reviewer, time and comment. */
export function ReviewHistory({ reviews, dateTime }: { reviews: ReviewRow[]; dateTime: (d: Date) => string }) {
  if (!reviews.length) return <p className="text-sm text-slate-600">Not reviewed yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {reviews.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
          <p>
            <span className={r.decision === "approved" ? "font-medium text-green-800" : "font-medium text-amber-900"}>
              {r.decision === "approved" ? "Approved" : "Returned for changes"}
            </span>{" "}
            by {r.reviewerName ?? "a former user"} · <time dateTime={r.createdAt.toISOString()}>{dateTime(r.createdAt)}</time>
          </p>
          {r.comment && <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
