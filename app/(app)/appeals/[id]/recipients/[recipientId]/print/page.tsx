import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LetterSheet } from "@/components/appeals/output/letter-sheet";
import { PrintButton } from "@/components/appeals/output/print-button";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/page-header";
import { getLetterForRecipient } from "@/lib/appeals/output-queries";
import { auditRead } from "@/lib/audit/read";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Letter" };

// Printing shows the letter alone: the app's header and this page's toolbar are left out, and the
// sheet fills an A4 page. Scoped to this page because the style is rendered only here.
const printCss = `@media print {
  @page { size: A4; margin: 20mm; }
  body { background: white; }
  body header { display: none !important; }
  main#main { max-width: none; margin: 0; padding: 0; }
}`;

export default async function LetterPrintPage({ params }: { params: Promise<{ id: string; recipientId: string }> }) {
  const user = await requirePageUser();
  const { id, recipientId } = await params;
  if (!isUuid(id) || !isUuid(recipientId)) notFound();
  const letter = await orNotFound(getLetterForRecipient(user, id, recipientId)).catch((e) => (e instanceof ValidationError ? e : Promise.reject(e)));
  const back = (
    <p className="mb-2 text-sm print:hidden">
      <Link href={`/appeals/${id}`} className="text-blue-800 hover:underline">
        ← Appeal
      </Link>
    </p>
  );
  if (letter instanceof ValidationError) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-2xl font-semibold text-slate-900">Letter</h1>
        <EmptyState title="No letter yet">{letter.message}</EmptyState>
      </>
    );
  }

  // The letter is shown: audited as a download, like its PDF and .eml.
  await auditRead(user, { action: "download", entity: "appeal", entityId: id, summary: `Letter to recipient ${recipientId} (print view)` });
  const base = `/appeals/${id}/recipients/${recipientId}`;
  return (
    <>
      <style>{printCss}</style>
      {back}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4 print:hidden">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-slate-900">Letter to {letter.recipient.name}</h1>
          <p className="mt-1 text-sm text-slate-600">{letter.appealTitle}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          <Button asChild variant="secondary">
            <a href={`${base}/pdf`}>Download PDF</a>
          </Button>
          {can(user.role, "appeal.write") && letter.recipient.email && (
            <Button asChild variant="secondary">
              <a href={`${base}/eml`}>Download .eml</a>
            </Button>
          )}
        </div>
      </div>
      <LetterSheet letter={letter} />
    </>
  );
}
