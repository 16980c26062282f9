import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createContactAction } from "@/app/(app)/contacts/actions";
import { ContactForm } from "@/components/contacts/contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { organizationOptions } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "New contact" };

export default async function NewContactPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  const organizations = await organizationOptions(user);
  return (
    <>
      <PageHeader title="New contact" />
      <ContactForm organizations={organizations} action={createContactAction} />
    </>
  );
}
