import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateContactAction } from "@/app/(app)/contacts/actions";
import { ContactForm } from "@/components/contacts/contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getContact } from "@/lib/contacts/queries";
import type { ContactFormInput } from "@/lib/contacts/schema";
import { isUuid } from "@/lib/ids";
import { organizationOptions } from "@/lib/organizations/queries";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit contact" };

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "contact.write")) notFound();
  const [c, organizations] = await Promise.all([
    orNotFound(getContact(user, id)),
    organizationOptions(user),
  ]);
  const values: ContactFormInput = {
    kind: c.kind,
    honorific: c.honorific ?? "",
    firstName: c.firstName ?? "",
    lastName: c.lastName ?? "",
    fullName: c.fullName,
    nameNative: c.nameNative ?? "",
    title: c.title ?? "",
    organizationId: c.organizationId ?? "",
    newOrganizationName: "",
    department: c.department ?? "",
    institutionType: c.institutionType ?? "",
    country: c.country ?? "",
    postalAddress: c.postalAddress ?? "",
    webFormUrl: c.webFormUrl ?? "",
    salutation: c.salutation ?? "",
    language: c.language ?? "",
    parliamentaryBody: c.parliamentaryBody ?? "",
    delegation: c.delegation ?? "",
    politicalGroup: c.politicalGroup ?? "",
    committees: c.committees.join(", "),
    tags: c.tags.join(", "),
    notes: c.notes,
    doNotContact: c.doNotContact,
    doNotContactReason: c.doNotContactReason ?? "",
    emails: c.emails.map((e) => ({ value: e.value, label: e.label ?? "", primary: e.primary })),
    phones: c.phones.map((p) => ({ value: p.value, label: p.label ?? "", primary: p.primary })),
  };
  return (
    <>
      <PageHeader title={`Edit “${c.fullName}”`} />
      <ContactForm contact={{ id: c.id, version: c.version, values }} organizations={organizations} action={updateContactAction} />
    </>
  );
}
