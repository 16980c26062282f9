"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { CountryOptions } from "@/components/contacts/country-options";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import { organizationKindLabels, organizationKinds } from "@/lib/organizations/labels";
import type { OrganizationFormInput, OrganizationFormValues } from "@/lib/organizations/schema";
import type { ServerAction } from "@/lib/action";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/organizations/schema").then((m) => m.organizationFormSchema));

type Props = {
  organization?: { id: string; version: number; values: OrganizationFormInput };
  /** createOrganizationAction for a new organization, updateOrganizationAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: OrganizationFormInput = { name: "", nameNative: "", acronym: "", kind: "government", country: "", website: "", postalAddress: "", notes: "" };

export function OrganizationForm({ organization, action }: Props) {
  const router = useRouter();
  const form = useForm<OrganizationFormInput, unknown, OrganizationFormValues>({
    resolver,
    defaultValues: organization?.values ?? empty,
  });
  const { register, handleSubmit, formState } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, organization, "/organizations");
  const e = formState.errors;

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-2xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <Field id="name" label="Name" required error={e.name?.message}>
        <Input {...register("name")} autoComplete="off" />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="nameNative" label="Name in its own script" error={e.nameNative?.message}>
          <Input {...register("nameNative")} autoComplete="off" />
        </Field>
        <Field id="acronym" label="Acronym" error={e.acronym?.message}>
          <Input {...register("acronym")} />
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="kind" label="Kind" required error={e.kind?.message}>
          <Select {...register("kind")}>
            <EnumOptions values={organizationKinds} labels={organizationKindLabels} />
          </Select>
        </Field>
        <Field id="country" label="Country" hint="Empty for international bodies" error={e.country?.message}>
          <Select {...register("country")}>
            <CountryOptions />
          </Select>
        </Field>
      </div>
      <Field id="website" label="Website" error={e.website?.message}>
        <Input type="url" {...register("website")} />
      </Field>
      <Field id="postalAddress" label="Postal address" error={e.postalAddress?.message}>
        <Textarea rows={4} {...register("postalAddress")} />
      </Field>
      <Field id="notes" label="Notes" error={e.notes?.message}>
        <Textarea rows={4} {...register("notes")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : organization ? "Save changes" : "Create organization"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
