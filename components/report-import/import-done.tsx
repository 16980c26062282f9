"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ReportImportResult } from "@/lib/import/report/schema";

const contactsLabel = (n: number) => `${n} ${n === 1 ? "contact" : "contacts"}`;

/**
 * Step 3: what the import did — contacts created and updated, and the list they went to: a new
 * one, or the existing list of that name ("Added to the existing list …"). A review submitted
 * again says so: its first import stands and nothing was written twice.
 */
export function ImportDone({ result, onAnother }: { result: ReportImportResult; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the user submitted is gone: focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="step-done" className="space-y-4">
      <h2 id="step-done" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
        3. Imported
      </h2>
      <div role="status" className="space-y-2 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
        {result.repeated && <p className="font-medium">This review had already been imported: its first import stands, and nothing was imported twice.</p>}
        <p>
          {contactsLabel(result.created)} created, {result.merged} existing {result.merged === 1 ? "contact" : "contacts"} updated
          {result.unchanged > 0 && ` (${result.unchanged === result.merged ? "all" : result.unchanged} already holding all the report gives)`}
          {result.organizationsCreated > 0 && `, ${result.organizationsCreated} new ${result.organizationsCreated === 1 ? "organization" : "organizations"}`}.
        </p>
        <p>
          {result.listReused
            ? `Added to the existing list “${result.listName}”: ${result.listAdded} new ${result.listAdded === 1 ? "member" : "members"}, ${result.listMembers} in all.`
            : `The new list “${result.listName}” holds ${contactsLabel(result.listMembers)}.`}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild>
          <Link href={`/lists/${result.listId}`}>Open the list</Link>
        </Button>
        <Button variant="secondary" onClick={onAnother}>
          Import another report
        </Button>
      </div>
    </section>
  );
}
