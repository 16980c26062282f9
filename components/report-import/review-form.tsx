"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/action";
import { reportImportSchema, type ReportImportInput, type ReportImportValues, type ReportPreview } from "@/lib/import/report/schema";
import { ReviewRow } from "./review-row";

type Props = { preview: ReportPreview; action: ServerAction<{ listId: string }>; onStartOver: () => void };

const headers = ["Import", "Name and kind", "Title and organization", "Postal address", "E-mails, phones, web", "Possible duplicate"];

/** "Row 3: …" for the first row the browser's own check found at fault. */
function firstClientError(errors: FieldErrors<ReportImportInput>): string {
  const rows = errors.rows;
  if (Array.isArray(rows)) {
    for (const [i, row] of rows.entries()) {
      const first = row && Object.values(row).find((e) => e && typeof e === "object" && "message" in e && e.message);
      if (first) return `Row ${i + 1}: ${(first as { message: string }).message}`;
    }
  }
  return rows?.message ?? rows?.root?.message ?? errors.reportName?.message ?? "Some fields need attention.";
}

/** Counts the ticked rows on its own, so ticking one does not re-render the whole table. */
function ImportButton({ control, submitting }: { control: Control<ReportImportInput, unknown, ReportImportValues>; submitting: boolean }) {
  const rows = useWatch({ control, name: "rows" });
  const ticked = rows.filter((r) => r.include).length;
  return (
    <Button type="submit" disabled={submitting || ticked === 0}>
      {submitting ? "Importing…" : `Import ${ticked} ${ticked === 1 ? "contact" : "contacts"}`}
    </Button>
  );
}

/** Step 2: the editable review table; importing sends the raw rows, which the server checks again. */
export function ReviewForm({ preview, action, onStartOver }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<ReportImportInput, unknown, ReportImportValues>({
    resolver: zodResolver(reportImportSchema),
    defaultValues: { reportName: preview.reportName, rows: preview.rows },
  });
  const { control, register, handleSubmit, formState, setError } = form;
  const { fields } = useFieldArray({ control, name: "rows" });
  const duplicates = preview.rows.filter((r) => r.duplicateId).length;

  async function onSubmit() {
    setFormError(undefined);
    const result = await action(form.getValues());
    if (!result.ok) {
      // The user's edits stay in the table; each message lands beside its cell.
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<ReportImportInput>, { message: messages[0] });
      }
      return;
    }
    router.push(`/lists/${result.data.listId}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit, (errors) => setFormError(firstClientError(errors)))} noValidate className="space-y-5">
      <FormError>{formError}</FormError>
      <p className="text-sm text-slate-700">
        {preview.rows.length} {preview.rows.length === 1 ? "contact entry" : "contact entries"} found
        {duplicates > 0 && `, ${duplicates} with a possible duplicate among existing contacts`}. Untick what should not be imported, fix
        what the report got wrong, and choose for each duplicate whether to merge into it (only its empty fields are filled, new
        e-mails and phones are added) or to create a new contact.
      </p>
      <div className="max-w-xl">
        <Field id="review-reportName" label="Report name" required hint="The list will be called “Addressees — <report name>”." error={formState.errors.reportName?.message}>
          <Input {...register("reportName")} autoComplete="off" />
        </Field>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[72rem] text-left text-sm">
          <caption className="sr-only">Contacts found in the report</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-2 font-semibold text-slate-700">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <ReviewRow key={field.id} form={form} index={index} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ImportButton control={control} submitting={formState.isSubmitting} />
        <Button variant="secondary" onClick={onStartOver}>
          Start over
        </Button>
      </div>
    </form>
  );
}
