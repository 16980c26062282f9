import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateCaseAction } from "@/app/(app)/cases/actions";
import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { campaignOptions, getCaseForEdit } from "@/lib/cases/queries";
import { isUuid } from "@/lib/ids";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "case.write")) notFound();
  const c = await orNotFound(getCaseForEdit(user, id));
  const campaigns = await campaignOptions(user);
  return (
    <>
      <PageHeader title={`Edit “${c.primaryName}”`} />
      {/* Archived campaigns stay offered only where the case is already linked to them. */}
      <CaseForm
        theCase={{ id: c.id, version: c.version, values: c.values }}
        campaigns={campaigns.filter((k) => k.status !== "archived" || c.values.campaignIds.includes(k.id))}
        mayRestrict={can(user.role, "case.restrict")}
        action={updateCaseAction}
      />
    </>
  );
}
