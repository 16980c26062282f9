// The appeal's letter: its subject and the Markdown text with merge fields.
import { Markdown } from "@/components/letters/markdown";
import type { AppealDetail } from "@/lib/appeals/queries";

export function AppealLetterText({ appeal }: { appeal: Pick<AppealDetail, "subject" | "bodyMarkdown"> }) {
  return (
    <section aria-labelledby="text-heading" className="space-y-2 lg:col-span-2">
      <h2 id="text-heading" className="text-lg font-semibold text-slate-900">
        Text
      </h2>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm">
          <span className="font-medium">Subject:</span> {appeal.subject || "—"}
        </p>
        {appeal.bodyMarkdown ? <Markdown>{appeal.bodyMarkdown}</Markdown> : <p className="text-sm text-slate-600">No text yet.</p>}
      </div>
      <p className="text-xs text-slate-600">Merge fields such as {"{{salutation}}"} are filled in for each recipient.</p>
    </section>
  );
}
