import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

/** What a merged record's old address shows: bookmarks and links in old e-mails still lead somewhere. */
export function MergeNotice({ survivor }: { survivor: { id: string; fullName: string } }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-blue-800 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader title="This contact was merged" />
      <div role="status" className="rounded-md border border-blue-300 bg-blue-50 px-4 py-3 text-sm text-blue-900">
        This record was merged into another one, which now holds its e-mails, phones, lists and history:{" "}
        <Link href={`/contacts/${survivor.id}`} className="font-medium underline">
          {survivor.fullName}
        </Link>
        .
      </div>
    </>
  );
}
