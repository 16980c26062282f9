import { Table, Td, Th } from "@/components/ui/table";
import type { CsvCheck } from "@/lib/contacts/import-csv";

const n = (count: number) => count.toLocaleString("en");

/** The dry run's outcome: good rows, rows matching an existing e-mail, and the bad rows (the first thousand listed, all counted). */
export function CheckReport({ check }: { check: CsvCheck }) {
  const bad = check.errorCount;
  const unlisted = bad - check.errors.length;
  return (
    <section aria-labelledby="check-heading" className="space-y-3">
      <h2 id="check-heading" className="text-lg font-semibold text-slate-900">
        Check result
      </h2>
      <ul className="list-inside list-disc text-sm text-slate-800">
        <li>
          {n(check.validRows)} of {n(check.totalRows)} rows are ready to import.
        </li>
        {check.existing > 0 && <li>{n(check.existing)} of them have an e-mail that already exists: those contacts will be updated or skipped, as you choose below.</li>}
        {bad > 0 && (
          <li className="font-medium text-red-800">
            {n(bad)} {bad === 1 ? "row has" : "rows have"} problems.
          </li>
        )}
      </ul>
      {bad > 0 && (
        <>
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            Fix these rows in the file and upload it again — nothing has been imported.
            {unlisted > 0 && ` The first ${n(check.errors.length)} are listed below; ${n(unlisted)} more have problems too.`}
          </div>
          {/* Scrollable and focusable, so keyboard users can scroll through thousands of rows. */}
          <div className="max-h-96 overflow-y-auto rounded-lg" tabIndex={0} role="region" aria-label="Rows with problems, scrollable">
            <Table caption="Rows with problems: line number in the file and what is wrong">
              <thead>
                <tr>
                  <Th className="sticky top-0 w-24">Line</Th>
                  <Th className="sticky top-0">Problem</Th>
                </tr>
              </thead>
              <tbody>
                {check.errors.map((e) => (
                  <tr key={e.line}>
                    <Td className="tabular-nums">{e.line}</Td>
                    <Td>{e.reason}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
