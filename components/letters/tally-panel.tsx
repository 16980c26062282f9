import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/lib/contacts/countries";
import { signatoryStatuses, signatoryStatusLabels } from "@/lib/letters/schema";
import type { LetterTally, TallyRow } from "@/lib/letters/tally";

/** A table whose last column is a bar: the number is always there as text, the bar only echoes it. */
function BarTable({ caption, heading, rows, label }: { caption: string; heading: string; rows: TallyRow[]; label: (v: string | null) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.signatures));
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{heading}</Th>
          <Th className="text-right">Signatures</Th>
          <Th className="w-1/2">
            <span className="sr-only">Bar</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label ?? "unknown"}>
            <Td>{label(r.label)}</Td>
            <Td className="text-right tabular-nums">{r.signatures}</Td>
            <Td>
              <div aria-hidden="true" className="h-3 rounded bg-blue-700" style={{ width: `${(r.signatures / max) * 100}%` }} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function TallyPanel({ tally }: { tally: LetterTally }) {
  const { target, signatures } = tally;
  const percent = target ? Math.min(100, Math.round((signatures / target) * 100)) : null;
  return (
    <section aria-labelledby="tally-heading" className="space-y-4">
      <h2 id="tally-heading" className="text-lg font-semibold text-slate-900">
        Signatures
      </h2>
      <p className="text-lg font-medium text-slate-900" data-testid="tally-sentence">
        {tally.sentence}
      </p>
      {target && percent !== null && (
        <div>
          <div
            role="progressbar"
            aria-label="Signatures towards the target"
            aria-valuemin={0}
            aria-valuemax={target}
            aria-valuenow={Math.min(signatures, target)}
            aria-valuetext={`${signatures} of ${target}`}
            className="h-4 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div className={percent >= 100 ? "h-full bg-green-700" : "h-full bg-blue-700"} style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {signatures} of {target} ({percent}%)
          </p>
        </div>
      )}
      {tally.reported !== null && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {tally.reported} is the published count of signatures. {tally.onFile} signator{tally.onFile === 1 ? "y is" : "ies are"} on file; the
          countries, groups and tables below cover those only.
        </p>
      )}
      <p className="text-sm text-slate-700">
        Pool of {tally.poolSize}
        {tally.poolSize > 0 && ": "}
        {signatoryStatuses
          .filter((s) => tally.pool[s])
          .map((s) => `${signatoryStatusLabels[s]} ${tally.pool[s]}`)
          .join(" · ")}
      </p>
      {tally.onFile > 0 && (
        <div className="grid gap-4 lg:grid-cols-2">
          <BarTable caption="Signatures by country" heading="Country" rows={tally.byCountry} label={(c) => (c ? countryName(c) : "Unknown")} />
          <BarTable caption="Signatures by political group" heading="Political group" rows={tally.byGroup} label={(g) => g ?? "Unknown"} />
        </div>
      )}
    </section>
  );
}
