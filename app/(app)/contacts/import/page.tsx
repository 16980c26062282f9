import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CsvImportWizard } from "@/components/import/csv-import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { checkCsvAction, importCsvAction, previewCsvAction } from "./actions";

export const metadata: Metadata = { title: "Import contacts from CSV" };

export default async function ImportContactsPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  return (
    <>
      <PageHeader
        title="Import contacts from CSV"
        description={
          <>
            Upload a spreadsheet saved as CSV (from Outlook, Excel or a partner’s CRM), match its columns, check every row, then import them all at once — or
            none, if any row needs fixing.{" "}
            <Link className="text-blue-800 underline" href="/contacts">
              Back to contacts
            </Link>
          </>
        }
      />
      <CsvImportWizard actions={{ preview: previewCsvAction, check: checkCsvAction, import: importCsvAction }} />
    </>
  );
}
