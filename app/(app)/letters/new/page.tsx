import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createLetterAction } from "@/app/(app)/letters/actions";
import { LetterForm } from "@/components/letters/letter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { letterFormOptions } from "@/lib/letters/queries";

export const metadata: Metadata = { title: "New letter" };

export default async function NewLetterPage() {
  const user = await requirePageUser();
  if (!can(user.role, "appeal.write")) notFound();
  const options = await letterFormOptions(user);
  return (
    <>
      <PageHeader title="New letter" description="A letter, declaration or question for parliamentarians to sign." />
      <LetterForm campaigns={options.campaigns} cases={options.cases} action={createLetterAction} />
    </>
  );
}
