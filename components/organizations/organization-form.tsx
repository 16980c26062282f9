"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { createOrganizationAction, updateOrganizationAction } from "@/app/(app)/organizations/actions";
import { CountryOptions } from "@/components/contacts/country-options";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import {
  organizationFormSchema,
  organizationKindLabels,
  organizationKinds,
  type OrganizationFormInput,
  type OrganizationFormValues,
} from "@/lib/organizations/schema";

type Props = { organization?: { id: string; version: number; values: OrganizationFormInput } };

const empty: OrganizationFormInput = { name: "", nameNative: "", acronym: "", kind: "government", country: "", website: "", postalAddress: "", notes: "" };

export function OrganizationForm({ organization }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [stale, setStale] = useState(false);
  const form = useForm<OrganizationFormInput, unknown, OrganizationFormValues>({
    resolver: zodResolver(organizationFormSchema),
    defaultValues: organization?.values ?? empty,
  });
  const { register, handleSubmit, formState, setError } = form;
  const e = formState.errors;

  // The server parses the same raw input again with the same schema.
  async function onSubmit() {
    const values = form.getValues();
    setFormError(undefined);
    const result = organization
      ? await updateOrganizationAction({ id: organization.id, version: organization.version, values })
      : await createOrganizationAction(values);
    if (!result.ok) {
      // Whatever the user typed stays in the form; only the message changes.
      setFormError(result.formError);
      setStale(!!result.stale);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<OrganizationFormInput>, { message: messages[0] });
      }
      return;
    }
    router.push(`/organizations/${result.data.id}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-5">
      <FormError>
        {formError}
        {stale && organization && (
          <>
            {" "}
            <a className="font-medium underline" href={`/organizations/${organization.id}`} target="_blank" rel="noreferrer">
              Open the current version in a new tab
            </a>
            .
          </>
        )}
      </FormError>
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
            {organizationKinds.map((k) => (
              <option key={k} value={k}>
                {organizationKindLabels[k]}
              </option>
            ))}
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
