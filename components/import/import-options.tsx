"use client";

import { useForm, useWatch } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ImportOptions, ImportOptionsFormValues } from "@/lib/import/csv/schema";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/import/csv/schema").then((m) => m.importOptionsFormSchema));

type Props = { defaultListName: string; existing: number; rows: number; disabled: boolean; onImport: (options: ImportOptions) => void };

/** What to do with contacts that already exist, and whether to put the imported ones in a new list. */
export function ImportOptionsForm({ defaultListName, existing, rows, disabled, onImport }: Props) {
  const form = useForm<ImportOptionsFormValues>({
    resolver,
    defaultValues: { existing: "skip", listName: defaultListName, makeList: true },
  });
  const { register, handleSubmit, control, formState } = form;
  const makeList = useWatch({ control, name: "makeList" });

  // The raw values go to the server, which parses them again with importOptionsSchema.
  const submit = handleSubmit(() => {
    const { existing, listName, makeList } = form.getValues();
    onImport({ existing, listName: makeList ? listName : "" });
  });

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Rows whose e-mail already belongs to a contact ({existing.toLocaleString("en")})</legend>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="radio" value="skip" {...register("existing")} className="h-4 w-4 accent-blue-800" />
          Skip the row and leave the existing contact as it is
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="radio" value="update" {...register("existing")} className="h-4 w-4 accent-blue-800" />
          Update the existing contact with the row’s values
        </label>
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" {...register("makeList")} className="h-4 w-4 accent-blue-800" />
        Put the imported contacts in a new list
      </label>
      {makeList && (
        <Field id="listName" label="List name" error={formState.errors.listName?.message}>
          <Input {...register("listName")} autoComplete="off" />
        </Field>
      )}
      <Button type="submit" disabled={disabled}>
        Import {rows.toLocaleString("en")} {rows === 1 ? "row" : "rows"}
      </Button>
    </form>
  );
}
