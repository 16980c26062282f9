"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { CountryOptions } from "@/components/contacts/country-options";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { caseStartStatusLabels, caseStartStatuses } from "@/lib/incoming/labels";
import type { Decision, DecisionFormInput, DecisionFormValues } from "@/lib/incoming/schema";
import type { LookupOption } from "@/lib/incoming/lookups";
import { LookupSelect } from "./lookup-select";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/incoming/schema").then((m) => m.decisionFormSchema));

type Props = {
  id: string;
  version: number;
  suggestedName: string;
  suggestedSummary: string;
  /** "case.restrict": only managers and admins open a case as restricted */
  mayRestrict: boolean;
  actions: DecisionActions;
};

export type DecisionActions = { decide: ServerAction; findCases: ServerAction<LookupOption[]> };

const choices: Array<{ value: Decision; label: string }> = [
  { value: "accepted", label: "Accept as a case" },
  { value: "referred", label: "Refer elsewhere" },
  { value: "declined", label: "Decline" },
];

const radioClass = "mt-0.5 h-4 w-4 accent-blue-800";

/** The decision on an appeal under review: accept (a new or an existing case), refer, or decline. */
export function DecisionForm({ id, version, suggestedName, suggestedSummary, mayRestrict, actions }: Props) {
  const router = useRouter();
  const form = useForm<DecisionFormInput, unknown, DecisionFormValues>({
    resolver,
    defaultValues: {
      decision: "accepted", caseMode: "new", caseId: "", casePrimaryName: suggestedName, caseCountry: "", caseStatus: "at_risk",
      caseSummary: suggestedSummary, caseRestricted: false, referredTo: "", declineReason: "",
    },
  });
  const { register, handleSubmit, formState, setError, setValue, control } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;
  const [decision, caseMode, caseId] = useWatch({ control, name: ["decision", "caseMode", "caseId"] });

  async function onSubmit() {
    clear();
    const result = await actions.decide({ id, version, values: form.getValues() });
    if (!accept(result)) return;
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <ActionFailure failure={failure} currentHref={`/incoming/${id}`} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Decision</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {choices.map((c) => (
            <label key={c.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" value={c.value} {...register("decision")} className={radioClass} />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>

      {decision === "accepted" && (
        <div className="space-y-4 rounded-md border border-slate-200 p-3">
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-800">Case</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input type="radio" value="new" {...register("caseMode")} className={radioClass} />
                Open a new case
              </label>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input type="radio" value="existing" {...register("caseMode")} className={radioClass} />
                Link an existing case
              </label>
            </div>
          </fieldset>
          {caseMode === "existing" ? (
            <LookupSelect
              id="caseId"
              label="Existing case"
              searchLabel="Find a case"
              placeholder="Name, any spelling or script"
              search={actions.findCases}
              value={caseId}
              onChange={(caseId) => setValue("caseId", caseId, { shouldValidate: formState.isSubmitted })}
              error={errors.caseId?.message}
            />
          ) : (
            <>
              <Field id="casePrimaryName" label="Name of the person at risk" required error={errors.casePrimaryName?.message}>
                <Input {...register("casePrimaryName")} autoComplete="off" />
              </Field>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field id="caseCountry" label="Country" error={errors.caseCountry?.message}>
                  <Select {...register("caseCountry")}>
                    <CountryOptions />
                  </Select>
                </Field>
                <Field id="caseStatus" label="Case status" required error={errors.caseStatus?.message}>
                  <Select {...register("caseStatus")}>
                    <EnumOptions values={caseStartStatuses} labels={caseStartStatusLabels} />
                  </Select>
                </Field>
              </div>
              <Field id="caseSummary" label="Case summary" error={errors.caseSummary?.message}>
                <Textarea rows={3} {...register("caseSummary")} />
              </Field>
              {mayRestrict ? (
                <div className="flex items-start gap-2">
                  <input id="caseRestricted" type="checkbox" {...register("caseRestricted")} className={radioClass} aria-describedby="caseRestricted-hint" />
                  <div>
                    <label htmlFor="caseRestricted" className="text-sm font-medium text-slate-800">
                      Restricted case
                    </label>
                    <p id="caseRestricted-hint" className="text-xs text-slate-600">
                      Visible only to managers, admins and the people assigned to it.
                    </p>
                  </div>
                </div>
              ) : (
                <p className="text-xs text-slate-600">The case opens unrestricted; a manager or an admin can restrict it.</p>
              )}
              {errors.caseRestricted && <p className="text-sm text-red-700">{errors.caseRestricted.message}</p>}
            </>
          )}
        </div>
      )}
      {decision === "referred" && (
        <Field id="referredTo" label="Referred to" required hint="The organization or mechanism, and the person if known." error={errors.referredTo?.message}>
          <Input {...register("referredTo")} autoComplete="off" />
        </Field>
      )}
      {decision === "declined" && (
        <Field id="declineReason" label="Reason for declining" required error={errors.declineReason?.message}>
          <Textarea rows={3} {...register("declineReason")} />
        </Field>
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Record decision"}
      </Button>
    </form>
  );
}
