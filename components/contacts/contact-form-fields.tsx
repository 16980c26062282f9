"use client";

import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { contactKindLabels, contactKinds, institutionTypeLabels, institutionTypes, parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/labels";
import type { ContactFormInput } from "@/lib/contacts/schema";
import { CountryOptions } from "./country-options";
import { EnumOptions } from "@/components/ui/enum-options";

export type OrganizationOption = { id: string; name: string; acronym: string | null };
type FormProps = { form: UseFormReturn<ContactFormInput, unknown, unknown> };

const sectionClass = "space-y-4 rounded-lg border border-slate-200 p-4";
const legendClass = "px-1 text-sm font-medium text-slate-800";

export function IdentityFields({ form, organizations }: FormProps & { organizations: OrganizationOption[] }) {
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Name and position</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="kind" label="Kind" required error={e.kind?.message}>
          <Select {...register("kind")}>
            <EnumOptions values={contactKinds} labels={contactKindLabels} />
          </Select>
        </Field>
        <Field id="honorific" label="Honorific" hint="Mr, Ms, Dr, H.E." error={e.honorific?.message}>
          <Input {...register("honorific")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="firstName" label="First name" error={e.firstName?.message}>
          <Input {...register("firstName")} autoComplete="off" />
        </Field>
        <Field id="lastName" label="Last name" error={e.lastName?.message}>
          <Input {...register("lastName")} autoComplete="off" />
        </Field>
      </div>
      <Field id="fullName" label="Full name" hint="As lists and letters show it. Left empty: first and last name." error={e.fullName?.message}>
        <Input {...register("fullName")} autoComplete="off" />
      </Field>
      <Field id="nameNative" label="Name in its own script" hint="e.g. Жанара Ахметова" error={e.nameNative?.message}>
        <Input {...register("nameNative")} autoComplete="off" />
      </Field>
      <Field id="title" label="Title" hint="Job title: Minister of Justice, Member of the European Parliament" error={e.title?.message}>
        <Input {...register("title")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="organizationId" label="Organization" error={e.organizationId?.message}>
          <Select {...register("organizationId")}>
            <option value="">— none, or a new one —</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.acronym ? `${o.name} (${o.acronym})` : o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="newOrganizationName" label="Or a new organization" hint="Created together with the contact." error={e.newOrganizationName?.message}>
          <Input {...register("newOrganizationName")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="department" label="Department" error={e.department?.message}>
          <Input {...register("department")} />
        </Field>
        <Field id="institutionType" label="Institution type" error={e.institutionType?.message}>
          <Select {...register("institutionType")}>
            <option value="">—</option>
            <EnumOptions values={institutionTypes} labels={institutionTypeLabels} />
          </Select>
        </Field>
        <Field id="country" label="Country" error={e.country?.message}>
          <Select {...register("country")}>
            <CountryOptions />
          </Select>
        </Field>
      </div>
    </fieldset>
  );
}

export function PostalFields({ form }: FormProps) {
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>Correspondence</legend>
      <Field id="postalAddress" label="Postal address" error={e.postalAddress?.message}>
        <Textarea rows={4} {...register("postalAddress")} />
      </Field>
      <Field id="webFormUrl" label="Web-form URL" hint="Where the institution takes messages online; starts with https://" error={e.webFormUrl?.message}>
        <Input type="url" {...register("webFormUrl")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="salutation" label="Salutation" hint="Dear Minister" error={e.salutation?.message}>
          <Input {...register("salutation")} />
        </Field>
        <Field id="language" label="Language" hint="Two letters: en, fr, ru, kk" error={e.language?.message}>
          <Input {...register("language")} maxLength={2} />
        </Field>
      </div>
    </fieldset>
  );
}

export function ParliamentFields({ form }: FormProps) {
  const { register, formState, watch } = form;
  const e = formState.errors;
  const doNotContact = watch("doNotContact");
  return (
    <>
      <fieldset className={sectionClass}>
        <legend className={legendClass}>Parliamentarian</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="parliamentaryBody" label="Parliamentary body" error={e.parliamentaryBody?.message}>
            <Select {...register("parliamentaryBody")}>
              <option value="">—</option>
              <EnumOptions values={parliamentaryBodies} labels={parliamentaryBodyLabels} />
            </Select>
          </Field>
          <Field id="delegation" label="National delegation" error={e.delegation?.message}>
            <Select {...register("delegation")}>
              <CountryOptions />
            </Select>
          </Field>
          <Field id="politicalGroup" label="Political group" hint="EPP, S&D, Renew, ALDE…" error={e.politicalGroup?.message}>
            <Input {...register("politicalGroup")} />
          </Field>
        </div>
        <Field id="committees" label="Committees" hint="Separated by commas: AFET, DROI" error={e.committees?.message}>
          <Input {...register("committees")} />
        </Field>
      </fieldset>
      <fieldset className={sectionClass}>
        <legend className={legendClass}>Tags and notes</legend>
        <Field id="tags" label="Tags" hint="Separated by commas" error={e.tags?.message}>
          <Input {...register("tags")} />
        </Field>
        <Field id="notes" label="Notes" error={e.notes?.message}>
          <Textarea rows={4} {...register("notes")} />
        </Field>
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" className="h-4 w-4 accent-blue-800" {...register("doNotContact")} />
          Do not contact
        </label>
        {doNotContact && (
          <Field id="doNotContactReason" label="Reason for not contacting" error={e.doNotContactReason?.message}>
            <Input {...register("doNotContactReason")} />
          </Field>
        )}
      </fieldset>
    </>
  );
}
