import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { RosterChange, RosterSummary } from "@/lib/import/roster/changes";

const kinds: Record<RosterChange["kind"], { label: string; tone: Tone }> = {
  new: { label: "New", tone: "green" },
  updated: { label: "Updated", tone: "blue" },
  linked: { label: "Linked", tone: "blue" },
  left: { label: "Left", tone: "amber" },
};

/** What an import would do: counts, the first changes, and the problems found in the file. */
export function RosterPreview({ summary, pending, onApply }: { summary: RosterSummary; pending: boolean; onApply: () => void }) {
  const { counts } = summary;
  const nothing = counts.new + counts.updated + counts.left === 0;
  const blocked = summary.errorCount > 0;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="text-base font-semibold text-slate-900">
        Preview of “{summary.fileName}”: {summary.listed} members listed
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(
          [
            ["New", counts.new],
            ["Updated", counts.updated],
            ["Unchanged", counts.unchanged],
            ["Left", counts.left],
          ] as const
        ).map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 px-3 py-2">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-xl font-semibold text-slate-900" data-testid={`count-${label.toLowerCase()}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {summary.issues.length > 0 && (
        <div role={blocked ? "alert" : undefined} className="space-y-1 text-sm">
          <h3 className="font-semibold text-slate-900">
            {blocked
              ? `${summary.errorCount} ${summary.errorCount === 1 ? "entry needs" : "entries need"} fixing before anything can be imported`
              : `${summary.warningCount} ${summary.warningCount === 1 ? "note" : "notes"}`}
          </h3>
          <ul className="list-disc space-y-0.5 pl-5">
            {summary.issues.map((i, n) => (
              <li key={n} className={i.severity === "error" ? "text-red-800" : "text-slate-700"}>
                {i.where} {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.changes.length > 0 && (
        <Table caption={`Up to 20 changes of each kind: updated members with their fields before → after, then new members, then those who left (list dated ${summary.asOf})`}>
          <thead>
            <tr>
              <Th>Change</Th>
              <Th>Member</Th>
              <Th>Roster id</Th>
              <Th>Details</Th>
            </tr>
          </thead>
          <tbody>
            {summary.changes.map((c) => (
              <tr key={`${c.kind}-${c.externalId}-${c.name}`}>
                <Td>
                  <Badge tone={kinds[c.kind].tone}>{kinds[c.kind].label}</Badge>
                </Td>
                <Td>{c.name}</Td>
                <Td>{c.externalId ?? "—"}</Td>
                <Td>{c.details}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {nothing && !blocked ? (
        <p className="text-sm text-slate-700">Nothing to change: the contacts already match this file.</p>
      ) : (
        <Button onClick={onApply} disabled={pending || blocked}>
          {pending ? "Importing…" : "Apply changes"}
        </Button>
      )}
    </section>
  );
}
