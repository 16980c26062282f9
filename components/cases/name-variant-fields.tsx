"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { caseScriptLabels, caseScripts } from "@/lib/cases/labels";
import type { CaseFormInput } from "@/lib/cases/schema";
import { EnumOptions } from "@/components/ui/enum-options";

/** Other spellings and scripts of the name, one row each: every one of them finds the case. */
export function NameVariantFields({ form }: { form: UseFormReturn<CaseFormInput, unknown, unknown> }) {
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "names" });
  const errors = formState.errors.names;
  const listError = errors?.message ?? errors?.root?.message;

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-800">Other spellings and scripts</legend>
      <p className="text-xs text-slate-600">Transliterations, maiden names, Kazakh or Russian spellings: the search finds the case by any of them.</p>
      {fields.length === 0 && <p className="text-sm text-slate-600">None yet.</p>}
      {fields.map((field, i) => {
        const n = i + 1;
        const itemError = errors?.[i]?.name?.message ?? errors?.[i]?.language?.message ?? errors?.[i]?.script?.message;
        const errorId = itemError ? `names-${i}-error` : undefined;
        return (
          <div key={field.id} className="space-y-1">
            <div className="flex flex-wrap items-end gap-2">
              <div className="min-w-56 flex-1">
                <label htmlFor={`names-${i}-name`} className="block text-sm text-slate-800">
                  Name variant {n}
                </label>
                <Input
                  id={`names-${i}-name`}
                  autoComplete="off"
                  aria-invalid={errors?.[i]?.name ? true : undefined}
                  aria-describedby={errorId}
                  {...register(`names.${i}.name`)}
                />
              </div>
              <div className="w-36">
                <label htmlFor={`names-${i}-script`} className="block text-sm text-slate-800">
                  Script of variant {n}
                </label>
                <Select id={`names-${i}-script`} {...register(`names.${i}.script`)}>
                  <EnumOptions values={caseScripts} labels={caseScriptLabels} />
                </Select>
              </div>
              <div className="w-36">
                <label htmlFor={`names-${i}-language`} className="block text-sm text-slate-800">
                  Language of variant {n}
                </label>
                <Input
                  id={`names-${i}-language`}
                  placeholder="kk, ru, en…"
                  maxLength={2}
                  aria-invalid={errors?.[i]?.language ? true : undefined}
                  aria-describedby={errorId}
                  {...register(`names.${i}.language`)}
                />
              </div>
              <Button variant="ghost" size="sm" onClick={() => remove(i)}>
                Remove variant {n}
              </Button>
            </div>
            {itemError && (
              <p id={errorId} className="text-sm text-red-700">
                {itemError}
              </p>
            )}
          </div>
        );
      })}
      {listError && <p className="text-sm text-red-700">{listError}</p>}
      <Button variant="secondary" size="sm" onClick={() => append({ name: "", script: "cyrillic", language: "" })}>
        Add a name variant
      </Button>
    </fieldset>
  );
}
