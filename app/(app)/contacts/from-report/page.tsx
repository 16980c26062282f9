import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportImport } from "@/components/report-import/report-import";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { importReportAction, previewReportAction, previewReportFileAction } from "./actions";

export const metadata: Metadata = { title: "Contacts from a report" };

export default async function ContactsFromReportPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-blue-800 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title="Contacts from a report"
        description="Paste a report or upload it as .txt or .pdf: the addressees it lists become contacts after your review (or update the contacts you already have), in the list named after the report."
      />
      <ReportImport actions={{ preview: previewReportAction, previewFile: previewReportFileAction, import: importReportAction }} />
    </>
  );
}
