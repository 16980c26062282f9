import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ImportResult } from "@/lib/contacts/import-csv-write";

const n = (count: number) => count.toLocaleString("en");

/** What the import did, with the way to the imported contacts. */
export function ImportSummary({ result, fileName, onAgain }: { result: ImportResult; fileName: string; onAgain: () => void }) {
  return (
    <section aria-labelledby="summary-heading" className="max-w-2xl space-y-4">
      <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
        Import finished
      </h2>
      <div role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
        {fileName}: {n(result.created)} {result.created === 1 ? "contact" : "contacts"} created, {n(result.updated)} updated, {n(result.skipped)} skipped
        {result.organizationsCreated > 0 && `, ${n(result.organizationsCreated)} new ${result.organizationsCreated === 1 ? "organization" : "organizations"}`}.
      </div>
      <ul className="list-inside list-disc space-y-1 text-sm">
        {result.listId ? (
          <>
            <li>
              <Link className="text-blue-800 underline" href={`/lists/${result.listId}`}>
                List “{result.listName}”
              </Link>
            </li>
            <li>
              <Link className="text-blue-800 underline" href={`/contacts?list=${result.listId}`}>
                See the imported contacts
              </Link>
            </li>
          </>
        ) : (
          <li>
            <Link className="text-blue-800 underline" href="/contacts">
              Go to contacts
            </Link>
          </li>
        )}
      </ul>
      <Button variant="secondary" onClick={onAgain}>
        Import another file
      </Button>
    </section>
  );
}
