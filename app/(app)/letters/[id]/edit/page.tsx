import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateLetterAction } from "@/app/(app)/letters/actions";
import { LetterForm } from "@/components/letters/letter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { getLetter, letterFormOptions } from "@/lib/letters/queries";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit letter" };

export default async function EditLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "appeal.write")) notFound();
  const l = await orNotFound(getLetter(user, id));
  const options = await letterFormOptions(user, l.campaignId);
  const sent = l.status === "dispatched" || l.status === "reply_received";
  return (
    <>
      <PageHeader title={`Edit “${l.title}”`} />
      <LetterForm
        campaigns={options.campaigns}
        cases={options.cases}
        action={updateLetterAction}
        letter={{
          id: l.id,
          version: l.version,
          sent,
          values: {
            kind: l.kind,
            title: l.title,
            addressee: l.addressee,
            parliamentaryBody: l.parliamentaryBody ?? "",
            language: l.language,
            body: l.body,
            outreachTemplate: l.outreachTemplate,
            targetSignatures: l.targetSignatures?.toString() ?? "",
            deadline: l.deadline ?? "",
            campaignId: l.campaignId ?? "",
            // Only the cases this user may see; hidden links stay untouched on save (lib/letters/mutations.ts).
            caseIds: l.cases.map((c) => c.id),
            status: sent ? "closed" : (l.status as "draft" | "collecting" | "closed"),
          },
        }}
      />
    </>
  );
}
