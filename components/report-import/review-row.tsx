"use client";

import Link from "next/link";
import type { KeyboardEvent } from "react";
import { useWatch, type FieldErrors, type UseFormReturn } from "react-hook-form";
import { PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { duplicateReasonText, updateByDefault, type RowSource } from "@/lib/import/report/labels";
import type { ReportImportInput, ReportImportValues } from "@/lib/import/report/schema";
import { cn } from "@/lib/utils";
import type { FocusStore } from "./source-pane";

type Form = UseFormReturn<ReportImportInput, unknown, ReportImportValues>;
type RowErrors = FieldErrors<ReportImportInput["rows"][number]> | undefined;
type TextField = "name" | "title" | "organization" | "address" | "emails" | "phones" | "urls";

const labels: Record<TextField, string> = {
  name: "Name",
  title: "Title",
  organization: "Organization",
  address: "Postal address",
  emails: "E-mails",
  phones: "Phones",
  urls: "Web addresses",
};

/** Name, title and organization are one line each: Enter does not break them (the text still wraps). */
const oneLine: ReadonlySet<TextField> = new Set(["name", "title", "organization"]);
const keepOnOneLine = (e: KeyboardEvent<HTMLTextAreaElement>) => {
  if (e.key === "Enter") e.preventDefault();
};

type Source = { source?: RowSource; store?: FocusStore };

/**
 * One value of a row: a labelled text area that wraps and grows with its text, so a long title or
 * three e-mails are read whole on a laptop and on a phone. Its accessible name says the row
 * ("Title of row 3"); its error is right below it. Focusing or pointing at it highlights where it
 * was read in the report text beside the review; a value the reader was unsure of is marked
 * "Check" (and says so to screen readers), and stays editable like any other.
 */
function RowField({ form, index, field, errors, source, store }: { form: Form; index: number; field: TextField; errors: RowErrors } & Source) {
  const id = `rows-${index}-${field}`;
  const error = errors?.[field]?.message;
  const unsure = source?.unsure.includes(field) ?? false;
  const describedBy = [unsure && `${id}-unsure`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const show = store ? () => store.set({ row: index, field }) : undefined;
  return (
    <div className="min-w-0 space-y-1" onMouseEnter={show}>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {labels[field]}
        </label>
        {unsure && (
          <span id={`${id}-unsure`} className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 ring-1 ring-amber-400">
            Check<span className="sr-only">: this value was not read with certainty from the report</span>
          </span>
        )}
      </div>
      <Textarea
        id={id}
        rows={field === "address" ? 3 : 1}
        aria-label={`${labels[field]} of row ${index + 1}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onFocus={show}
        className={cn("field-sizing-content min-h-10 resize-y py-2 break-words", unsure && "border-amber-500 bg-amber-50/40")}
        onKeyDown={oneLine.has(field) ? keepOnOneLine : undefined}
        {...form.register(`rows.${index}.${field}`)}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The existing contact a row matches, why, and whether to update it or create a new one. */
function MatchChoice({ form, index, errors }: { form: Form; index: number; errors: RowErrors }) {
  const row = useWatch({ control: form.control, name: `rows.${index}` }) ?? form.getValues(`rows.${index}`);
  const n = index + 1;
  if (!row.duplicateId) return <p className="mt-3 text-sm text-slate-600">No existing contact matches: a new contact is created.</p>;
  const strong = row.duplicateReason !== "" && updateByDefault.has(row.duplicateReason);
  return (
    <fieldset className={cn("mt-3 min-w-0 rounded-md border p-3 text-sm text-slate-800", strong ? "border-blue-200 bg-blue-50" : "border-amber-300 bg-amber-50")}>
      <legend className="float-left mb-2 w-full wrap-anywhere">
        Existing contact:{" "}
        <Link href={`/contacts/${row.duplicateId}`} target="_blank" className="font-medium text-blue-800 underline">
          {row.duplicateName}
        </Link>{" "}
        — <span className={strong ? "font-medium" : undefined}>{duplicateReasonText(row.duplicateReason ?? "", row.duplicateDetail)}</span>
        <span className="sr-only">, row {n}</span>
      </legend>
      <div className="clear-both flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="radio" value="merge" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.action`)} />
          Update the existing contact
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="new" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.action`)} />
          Create new
        </label>
      </div>
      {errors?.action?.message && <p className="mt-1 text-red-700">{errors.action.message}</p>}
    </fieldset>
  );
}

/** A contact found in the report: tick, fix its fields, and decide about the contact it matches. */
export function ReviewRow({ form, index, source, store }: { form: Form; index: number } & Source) {
  // Subscribed to this row only, so typing in one row does not re-render the others.
  const include = useWatch({ control: form.control, name: `rows.${index}.include` });
  const name = useWatch({ control: form.control, name: `rows.${index}.name` });
  const errors = form.formState.errors.rows?.[index] as RowErrors;
  const n = index + 1;
  return (
    <li className={cn("rounded-lg border border-slate-200 p-3 sm:p-4", include ? "bg-white" : "bg-slate-100")}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
          <input type="checkbox" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.include`)} aria-label={`Import ${name || `row ${n}`}`} />
          Row {n}
          {!include && <span className="font-normal text-slate-600">(not imported)</span>}
        </label>
      </div>
      {/* Beside the report text (store given) the row has about half the width: four columns only on the widest screens. */}
      <div className={cn("grid gap-3 sm:grid-cols-2", store ? "2xl:grid-cols-4" : "lg:grid-cols-4")}>
        <RowField form={form} index={index} field="name" errors={errors} source={source} store={store} />
        <div className="min-w-0 space-y-1">
          <label htmlFor={`rows-${index}-kind`} className="block text-xs font-medium text-slate-700">
            Kind
          </label>
          <Select id={`rows-${index}-kind`} aria-label={`Kind of row ${n}`} {...form.register(`rows.${index}.kind`)}>
            <option value="person">Person</option>
            <option value="organization">Organization</option>
          </Select>
        </div>
        <RowField form={form} index={index} field="title" errors={errors} source={source} store={store} />
        <RowField form={form} index={index} field="organization" errors={errors} source={source} store={store} />
        <RowField form={form} index={index} field="address" errors={errors} source={source} store={store} />
        <RowField form={form} index={index} field="emails" errors={errors} source={source} store={store} />
        <RowField form={form} index={index} field="phones" errors={errors} source={source} store={store} />
        <RowField form={form} index={index} field="urls" errors={errors} source={source} store={store} />
      </div>
      <MatchChoice form={form} index={index} errors={errors} />
    </li>
  );
}
