import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DuplicatesTable } from "@/components/contacts/duplicates-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listDuplicatePairs, NAME_WINDOW } from "@/lib/contacts/duplicates";
import { duplicatesPageSchema } from "@/lib/contacts/merge-schema";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Duplicate contacts" };

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  // Merging is for managers and admins; the data-access layer refuses everyone else as well.
  if (!can(user.role, "delete")) notFound();
  const raw = await searchParams;
  const { page } = duplicatesPageSchema.parse(raw);
  const { rows, total, pageSize, namesSkipped } = await listDuplicatePairs(user, page);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-blue-800 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title="Duplicate contacts"
        description={
          <>
            Pairs that share an e-mail address or a phone number, or whose names agree word by word in any script (a given name that
            differs, as between relatives, is not a match; a namesake whose country, organization and title disagree more than they agree is left out).
            Names are compared for the {NAME_WINDOW.toLocaleString("en")} most recently updated contacts. Pairs that share only an
            e-mail or a phone, with names that have nothing in common, come last: often an office line. Open a pair to compare it and
            merge it.
          </>
        }
      />
      {namesSkipped && (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Comparing names took too long at this number of contacts, so only shared e-mail addresses and phone numbers are listed.
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={page > 1 ? "No more pairs on this page." : "No probable duplicates found."}>
          {page > 1 && (
            <Link className="text-blue-800 underline" href="/contacts/duplicates">
              Back to the first page
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <DuplicatesTable rows={rows} />
          <Pagination path="/contacts/duplicates" params={raw} page={page} pageSize={pageSize} total={total} noun="pairs" />
        </>
      )}
    </>
  );
}
