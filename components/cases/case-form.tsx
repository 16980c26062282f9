"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { CountryOptions } from "@/components/contacts/country-options";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { caseStatuses, caseStatusLabels } from "@/lib/cases/labels";
import type { CaseFormInput, CaseFormValues } from "@/lib/cases/schema";
import { NameVariantFields } from "./name-variant-fields";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/cases/schema").then((m) => m.caseFormSchema));

type Props = {
  theCase?: { id: string; version: number; values: CaseFormInput };
  campaigns: Array<{ id: string; name: string }>;
  /** "case.restrict": others see whether the case is restricted and send it back unchanged */
  mayRestrict: boolean;
  /** createCaseAction for a new case, updateCaseAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: CaseFormInput = {
  primaryName: "", nameNative: "", names: [], country: "", status: "at_risk", statusSince: "", restricted: false,
  charges: "", summary: "", tags: "", campaignIds: [],
};

export function CaseForm({ theCase, campaigns, mayRestrict, action }: Props) {
  const router = useRouter();
  const form = useForm<CaseFormInput, unknown, CaseFormValues>({
    resolver,
    defaultValues: theCase?.values ?? empty,
  });
  const { register, handleSubmit, formState } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, theCase, "/cases");
  const errors = formState.errors;
  const status = useWatch({ control: form.control, name: "status" });
  const statusChanged = !theCase || status !== theCase.values.status;

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-3xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="primaryName" label="Name" required hint="As the foundation writes it, usually in Latin script." error={errors.primaryName?.message}>
          <Input {...register("primaryName")} autoComplete="off" />
        </Field>
        <Field id="nameNative" label="Name in own script" hint="Жанара Ахметова" error={errors.nameNative?.message}>
          <Input {...register("nameNative")} autoComplete="off" />
        </Field>
      </div>
      <NameVariantFields form={form as unknown as Parameters<typeof NameVariantFields>[0]["form"]} />
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="country" label="Country" hint="Where the person is at risk." error={errors.country?.message}>
          <Select {...register("country")}>
            <CountryOptions />
          </Select>
        </Field>
        <Field id="status" label="Status" required error={errors.status?.message}>
          <Select {...register("status")}>
            <EnumOptions values={caseStatuses} labels={caseStatusLabels} />
          </Select>
        </Field>
        <Field
          id="statusSince"
          label="Status since"
          hint={statusChanged ? "The day the status applies from; today when empty." : "Used when you change the status."}
          error={errors.statusSince?.message}
        >
          <Input type="date" {...register("statusSince")} />
        </Field>
      </div>
      {mayRestrict ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-0.5 h-4 w-4 accent-blue-800" {...register("restricted")} aria-describedby="restricted-hint" />
          <span>
            Restricted
            <span id="restricted-hint" className="block text-xs text-slate-600">
              Only managers, admins and the people assigned to the case see it, anywhere in the app.
            </span>
          </span>
        </label>
      ) : (
        <p className="text-sm text-slate-800">
          {theCase?.values.restricted ? "Restricted: only managers, admins and the people assigned to the case see it." : "Not restricted."}
          <span className="block text-xs text-slate-600">Only a manager or an admin can change who sees a case.</span>
        </p>
      )}
      {errors.restricted && <p className="text-sm text-red-700">{errors.restricted.message}</p>}
      <Field id="charges" label="Charges" error={errors.charges?.message}>
        <Textarea rows={3} {...register("charges")} />
      </Field>
      <Field id="summary" label="Summary" error={errors.summary?.message}>
        <Textarea rows={6} {...register("summary")} />
      </Field>
      <Field id="tags" label="Tags" hint="Separated by commas: political-prisoner, dck" error={errors.tags?.message}>
        <Input {...register("tags")} autoComplete="off" />
      </Field>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">Campaigns</legend>
        {campaigns.length === 0 && <p className="text-sm text-slate-600">No campaigns yet.</p>}
        <div className="grid gap-2 sm:grid-cols-2">
          {campaigns.map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" value={c.id} className="mt-0.5 h-4 w-4 accent-blue-800" {...register("campaignIds")} />
              {c.name}
            </label>
          ))}
        </div>
        {errors.campaignIds && <p className="text-sm text-red-700">{errors.campaignIds.message ?? errors.campaignIds.root?.message}</p>}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : theCase ? "Save changes" : "Create case"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
