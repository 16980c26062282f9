import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { updateAppealAction } from "@/app/(app)/appeals/actions";
import { AppealForm } from "@/components/appeals/appeal-form";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { appealFormOptions, getAppeal, recipientChoices } from "@/lib/appeals/queries";
import { isEditable } from "@/lib/appeals/workflow";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit appeal" };

export default async function EditAppealPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "appeal.write")) notFound();
  const a = await orNotFound(getAppeal(user, id));
  if (!isEditable(a.status)) {
    return (
      <>
        <PageHeader title={`Edit “${a.title}”`} />
        <EmptyState title="Only a draft can be edited.">
          A manager can return the appeal for changes.{" "}
          <Link className="text-blue-800 underline" href={`/appeals/${a.id}`}>
            Back to the appeal
          </Link>
        </EmptyState>
      </>
    );
  }
  const [options, recipients] = await Promise.all([appealFormOptions(user, a.campaignId), recipientChoices(user, id)]);
  return (
    <>
      <PageHeader title={`Edit “${a.title}”`} />
      <AppealForm
        campaigns={options.campaigns}
        cases={options.cases}
        recipients={recipients}
        action={updateAppealAction}
        appeal={{
          id: a.id,
          version: a.version,
          values: {
            type: a.type,
            title: a.title,
            language: a.language,
            campaignId: a.campaignId ?? "",
            caseIds: a.cases.map((c) => c.id),
            subject: a.subject,
            bodyMarkdown: a.bodyMarkdown,
          },
        }}
      />
    </>
  );
}
