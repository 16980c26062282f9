import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateOrganizationAction } from "@/app/(app)/organizations/actions";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { getOrganization } from "@/lib/organizations/queries";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit organization" };

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "contact.write")) notFound();
  const o = await orNotFound(getOrganization(user, id));
  return (
    <>
      <PageHeader title={`Edit “${o.name}”`} />
      <OrganizationForm
        action={updateOrganizationAction}
        organization={{
          id: o.id,
          version: o.version,
          values: {
            name: o.name,
            nameNative: o.nameNative ?? "",
            acronym: o.acronym ?? "",
            kind: o.kind,
            country: o.country ?? "",
            website: o.website ?? "",
            postalAddress: o.postalAddress ?? "",
            notes: o.notes,
          },
        }}
      />
    </>
  );
}
