import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createListAction } from "@/app/(app)/lists/actions";
import { ListForm } from "@/components/lists/list-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "New list" };

export default async function NewListPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  return (
    <>
      <PageHeader title="New list" />
      <ListForm action={createListAction} />
    </>
  );
}
