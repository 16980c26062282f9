"use client";

import Link from "next/link";
import { useWatch, type FieldErrors, type UseFormReturn } from "react-hook-form";
import { Input, Select, Textarea } from "@/components/ui/input";
import { duplicateReasonLabels, type ReportImportInput, type ReportImportValues } from "@/lib/import/report/schema";
import { cn } from "@/lib/utils";

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

/** One cell input, labelled "Title of row 3", with its error right below it. */
function CellInput({ form, index, field, errors, multiline }: { form: Form; index: number; field: TextField; errors: RowErrors; multiline?: boolean }) {
  const id = `rows-${index}-${field}`;
  const error = errors?.[field]?.message;
  const common = {
    id,
    "aria-label": `${labels[field]} of row ${index + 1}`,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    ...form.register(`rows.${index}.${field}`),
  };
  return (
    <div className="space-y-1">
      {multiline ? <Textarea rows={3} className="min-h-20" {...common} /> : <Input {...common} placeholder={labels[field]} />}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A contact found in the report: tick, fix its fields, and decide about its probable duplicate. */
export function ReviewRow({ form, index }: { form: Form; index: number }) {
  // Subscribed to this row only, so typing in one row does not re-render the others.
  const row = useWatch({ control: form.control, name: `rows.${index}` }) ?? form.getValues(`rows.${index}`);
  const errors = form.formState.errors.rows?.[index] as RowErrors;
  const n = index + 1;
  const cell = "border-b border-slate-100 px-2 py-3 align-top";
  return (
    <tr className={cn(!row.include && "bg-slate-100")}>
      <td className={cell}>
        <div className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.include`)} aria-label={`Import ${row.name || `row ${n}`}`} />
          <span>{n}</span>
        </div>
      </td>
      <td className={cn(cell, "space-y-2")}>
        <CellInput form={form} index={index} field="name" errors={errors} />
        <Select aria-label={`Kind of row ${n}`} className="h-9" {...form.register(`rows.${index}.kind`)}>
          <option value="person">Person</option>
          <option value="organization">Organization</option>
        </Select>
      </td>
      <td className={cn(cell, "space-y-2")}>
        <CellInput form={form} index={index} field="title" errors={errors} />
        <CellInput form={form} index={index} field="organization" errors={errors} />
      </td>
      <td className={cell}>
        <CellInput form={form} index={index} field="address" errors={errors} multiline />
      </td>
      <td className={cn(cell, "space-y-2")}>
        <CellInput form={form} index={index} field="emails" errors={errors} />
        <CellInput form={form} index={index} field="phones" errors={errors} />
        <CellInput form={form} index={index} field="urls" errors={errors} />
      </td>
      <td className={cn(cell, "text-sm text-slate-800")}>
        {row.duplicateId ? (
          <fieldset className="space-y-1">
            <legend className="mb-1">
              Possible duplicate:{" "}
              <Link href={`/contacts/${row.duplicateId}`} target="_blank" className="font-medium text-blue-800 underline">
                {row.duplicateName}
              </Link>{" "}
              ({row.duplicateReason ? duplicateReasonLabels[row.duplicateReason] : "similar"})<span className="sr-only">, row {n}</span>
            </legend>
            <label className="flex items-center gap-2">
              <input type="radio" value="merge" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.action`)} />
              Merge into it
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="new" className="h-4 w-4 accent-blue-800" {...form.register(`rows.${index}.action`)} />
              Create new
            </label>
            {errors?.action?.message && <p className="text-red-700">{errors.action.message}</p>}
          </fieldset>
        ) : (
          <span className="text-slate-600">None found</span>
        )}
      </td>
    </tr>
  );
}
