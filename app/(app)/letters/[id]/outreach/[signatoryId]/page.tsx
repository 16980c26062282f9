import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyButton } from "@/components/letters/copy-button";
import { SignatoryStatusBadge } from "@/components/letters/status-badge";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { renderOutreach } from "@/lib/letters/outreach";
import { getOutreach } from "@/lib/letters/queries";
import { getLocale } from "@/lib/locale";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Outreach message" };

export default async function OutreachPage({ params }: { params: Promise<{ id: string; signatoryId: string }> }) {
  const user = await requirePageUser();
  const { id, signatoryId } = await params;
  if (!isUuid(id) || !isUuid(signatoryId)) notFound();
  const o = await orNotFound(getOutreach(user, id, signatoryId));
  const locale = await getLocale();
  const message = renderOutreach(o.template, o, { title: o.letterTitle, deadline: o.deadline }, (d) => formatDate(d, locale));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/letters/${o.letterId}`} className="text-blue-800 hover:underline">
          ← {o.letterTitle}
        </Link>
      </p>
      <PageHeader
        title={`Message to ${o.fullName}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SignatoryStatusBadge status={o.status} />
            <Link href={`/contacts/${o.contactId}`} className="text-blue-800 hover:underline">
              Contact record
            </Link>
          </span>
        }
      />
      {o.template.trim() ? (
        <section aria-labelledby="message-heading" className="max-w-3xl space-y-3">
          <h2 id="message-heading" className="sr-only">
            The message
          </h2>
          <div lang={o.language} className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm leading-6 text-slate-800" data-testid="outreach-message">
            {message}
          </div>
          <CopyButton text={message} />
        </section>
      ) : (
        <EmptyState title="This letter has no outreach message yet.">Write one in the letter’s form; merge fields fill in each member’s details.</EmptyState>
      )}
    </>
  );
}
