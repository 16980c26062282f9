"use client";

import { useState } from "react";
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type Path } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { Field, FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { reportListName } from "@/lib/import/report/labels";
import { cn } from "@/lib/utils";
import type { ReportImportInput, ReportImportResult, ReportImportValues, ReportPreview } from "@/lib/import/report/schema";
import { ReviewRow } from "./review-row";
import { createFocusStore, SourcePane } from "./source-pane";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/import/report/schema").then((m) => m.reportImportSchema));

type Props = {
  preview: ReportPreview;
  action: ServerAction<ReportImportResult>;
  onImported: (result: ReportImportResult) => void;
  onStartOver: () => void;
};

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

/** Where the contacts go: said before "Import", for the report name as it is typed now. */
function ListNote({ control, preview }: { control: Control<ReportImportInput, unknown, ReportImportValues>; preview: ReportPreview }) {
  const reportName = useWatch({ control, name: "reportName" }).trim();
  const existing = preview.existingList;
  if (existing && reportName === preview.reportName.trim()) {
    return (
      <p className="rounded-md border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-slate-800">
        The list “{existing.name}” already exists ({existing.members} {existing.members === 1 ? "member" : "members"}): the imported
        contacts are added to it, and no second list is made.
      </p>
    );
  }
  return null;
}

/**
 * Step 2: the editable review, one card per contact found. Importing sends the raw rows, which the
 * server checks again, with this review's idempotency key: a second submit of the same review
 * returns the first import's result and writes nothing.
 */
export function ReviewForm({ preview, action, onImported, onStartOver }: Props) {
  const [formError, setFormError] = useState<string>();
  // Which value the source pane highlights; kept outside React state so rows never re-render for it.
  const [focusStore] = useState(createFocusStore);
  const source = preview.sourceText ? { text: preview.sourceText, sources: preview.sources } : null;
  const form = useForm<ReportImportInput, unknown, ReportImportValues>({
    resolver,
    defaultValues: { reportName: preview.reportName, importKey: preview.importKey, rows: preview.rows },
  });
  const { control, register, handleSubmit, formState, setError } = form;
  const { fields } = useFieldArray({ control, name: "rows" });
  const matches = preview.rows.filter((r) => r.duplicateId).length;
  const updates = preview.rows.filter((r) => r.action === "merge").length;

  async function onSubmit() {
    setFormError(undefined);
    // The button is disabled while this runs; any other second submit (a retry, another tab) carries
    // the same key, and the server answers it with this import's result without writing anything.
    const result = await action({ ...form.getValues(), importKey: preview.importKey });
    if (!result.ok) {
      // The user's edits stay in the form; each message lands beside its field.
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<ReportImportInput>, { message: messages[0] });
      }
      return;
    }
    onImported(result.data);
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit, (errors) => setFormError(firstClientError(errors)))} noValidate className="space-y-5">
      <FormError>{formError}</FormError>
      <p className="text-sm text-slate-700">
        {preview.rows.length} {preview.rows.length === 1 ? "contact entry" : "contact entries"} found
        {matches > 0 && `, ${matches} matching existing contacts (${updates} set to update them)`}. Untick what should not be imported,
        fix what the report got wrong (values marked “Check” were not read with certainty; the report text beside the
        rows highlights where the value you are on was read), and choose for each match whether to update the existing contact (only its empty fields are
        filled, new e-mails and phones are added) or to create a new one. A match by the same name and a shared e-mail, phone,
        organization or web address is set to update; a name alone is not.
      </p>
      <div className="max-w-xl">
        <Field id="review-reportName" label="Report name" required hint={`The contacts go in the list “${reportListName("<report name>")}”: the existing list of that name, or a new one.`} error={formState.errors.reportName?.message}>
          <Input {...register("reportName")} autoComplete="off" />
        </Field>
      </div>
      <ListNote control={control} preview={preview} />
      <div className={cn(source && "lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start lg:gap-4")}>
        {source && (
          // First in reading order on a phone (above the rows), beside them on a wide screen.
          <div className="mb-3 lg:sticky lg:top-4 lg:order-2 lg:mb-0">
            <SourcePane text={source.text} sources={source.sources} store={focusStore} />
          </div>
        )}
        <ol aria-label="Contacts found in the report" className="space-y-3 lg:order-1">
          {fields.map((field, index) => (
            <ReviewRow key={field.id} form={form} index={index} source={preview.sources?.[index]} store={source ? focusStore : undefined} />
          ))}
        </ol>
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
