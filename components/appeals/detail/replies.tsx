// The replies logged for the appeal, newest first, and the form to log one when the appeal takes replies.
import type { ReactNode } from "react";
import type { listReplies } from "@/lib/appeals/queries";
import { formatDate } from "@/lib/format";

type Reply = Awaited<ReturnType<typeof listReplies>>[number];

/** `children`: the form to log a reply, when the user may. */
export function AppealReplies({ replies, locale, children }: { replies: Reply[]; locale: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="replies-heading" className="mt-10 max-w-4xl space-y-4">
      <h2 id="replies-heading" className="text-lg font-semibold text-slate-900">
        Replies
      </h2>
      {replies.length === 0 ? (
        <p className="text-sm text-slate-600">No replies logged.</p>
      ) : (
        <ol className="space-y-3 text-sm">
          {replies.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
              <p className="font-medium">
                {r.fromName} · {formatDate(r.receivedOn, locale)}
                {r.recipientName && <span className="font-normal text-slate-600"> · in answer to the letter to {r.recipientName}</span>}
              </p>
              <p className="mt-1">{r.summary}</p>
              {r.bodyText && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-blue-800">Full text</summary>
                  <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.bodyText}</p>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
