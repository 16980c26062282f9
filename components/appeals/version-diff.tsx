import { diffSummary, textDiff } from "@/lib/appeals/diff";

/**
 * Word-by-word changes between two texts. Insertions and deletions are <ins>/<del>, underlined or
 * struck through as well as colored, and announced as such to screen readers.
 */
export function VersionDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = textDiff(before, after);
  const { added, removed } = diffSummary(parts);
  if (!added && !removed) return <p className="text-sm text-slate-600">{label}: unchanged.</p>;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-800">
        {label}: {added} word{added === 1 ? "" : "s"} added, {removed} removed
      </p>
      <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 font-mono text-sm leading-6 text-slate-800">
        {parts.map((p, i) =>
          p.kind === "added" ? (
            <ins key={i} className="bg-green-100 text-green-950 underline decoration-2">
              <span className="sr-only">[added: </span>
              {p.text}
              <span className="sr-only">]</span>
            </ins>
          ) : p.kind === "removed" ? (
            <del key={i} className="bg-red-100 text-red-950 line-through decoration-2">
              <span className="sr-only">[removed: </span>
              {p.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
