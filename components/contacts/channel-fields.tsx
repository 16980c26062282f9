"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import type { ContactFormInput } from "@/lib/contacts/schema";

type Props = { form: UseFormReturn<ContactFormInput, unknown, unknown>; name: "emails" | "phones" };

const words = {
  emails: { legend: "E-mail addresses", one: "E-mail", add: "Add an e-mail address", type: "email" },
  phones: { legend: "Phone numbers", one: "Phone", add: "Add a phone number", type: "tel" },
} as const;

/** Many e-mails or phones, each with a label, and exactly one marked primary while any exist. */
export function ChannelFields({ form, name }: Props) {
  const { control, register, setValue, watch, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name });
  const w = words[name];
  const items = watch(name) ?? [];
  const errors = formState.errors[name];
  const listError = errors?.message ?? errors?.root?.message;

  function makePrimary(index: number) {
    fields.forEach((_, j) => setValue(`${name}.${j}.primary`, j === index, { shouldDirty: true }));
  }

  function removeAt(index: number) {
    const wasPrimary = items[index]?.primary;
    remove(index);
    // The next one up keeps the rule "exactly one primary" without the user having to think of it.
    if (wasPrimary && fields.length > 1) setValue(`${name}.0.primary`, true, { shouldDirty: true });
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-800">{w.legend}</legend>
      {fields.length === 0 && <p className="text-sm text-slate-600">None yet.</p>}
      {fields.map((field, i) => {
        const n = i + 1;
        const itemError = errors?.[i]?.value?.message ?? errors?.[i]?.label?.message;
        const errorId = itemError ? `${name}-${i}-error` : undefined;
        return (
          <div key={field.id} className="space-y-1">
            <div className="flex flex-wrap items-end gap-2">
              <div className="min-w-56 flex-1">
                <label htmlFor={`${name}-${i}-value`} className="block text-sm text-slate-800">
                  {w.one} {n}
                </label>
                <Input
                  id={`${name}-${i}-value`}
                  type={w.type}
                  aria-invalid={errors?.[i]?.value ? true : undefined}
                  aria-describedby={errorId}
                  {...register(`${name}.${i}.value`)}
                />
              </div>
              <div className="w-40">
                <label htmlFor={`${name}-${i}-label`} className="block text-sm text-slate-800">
                  Label for {w.one.toLowerCase()} {n}
                </label>
                <Input id={`${name}-${i}-label`} placeholder="office, mobile…" {...register(`${name}.${i}.label`)} />
              </div>
              <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
                <input type="radio" name={`${name}-primary`} checked={!!items[i]?.primary} onChange={() => makePrimary(i)} className="h-4 w-4 accent-blue-800" />
                Primary {w.one.toLowerCase()} {n}
              </label>
              <Button variant="ghost" size="sm" onClick={() => removeAt(i)}>
                Remove {w.one.toLowerCase()} {n}
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
      <Button variant="secondary" size="sm" onClick={() => append({ value: "", label: "", primary: fields.length === 0 })}>
        {w.add}
      </Button>
    </fieldset>
  );
}
