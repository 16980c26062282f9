import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updateListAction } from "@/app/(app)/lists/actions";
import { ListForm } from "@/components/lists/list-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { getList } from "@/lib/lists/queries";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Edit list" };

export default async function EditListPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id) || !can(user.role, "contact.write")) notFound();
  const list = await orNotFound(getList(user, id));
  return (
    <>
      <PageHeader title={`Edit “${list.name}”`} />
      <ListForm list={{ id: list.id, version: list.version, values: { name: list.name, description: list.description } }} action={updateListAction} />
    </>
  );
}
