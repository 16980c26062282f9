"use client";

import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, FormError, Notice } from "@/components/ui/field";
import { fileSizeError, maxUploadLabel } from "@/lib/uploads/file-size";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { defaultReportName } from "@/lib/import/report/labels";
import type { ReportPreview, ReportSourceFormInput } from "@/lib/import/report/schema";
import type { ReportImportActions } from "./report-import";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/import/report/schema").then((m) => m.reportSourceFormSchema));

type Props = {
  initial: ReportSourceFormInput;
  actions: Pick<ReportImportActions, "preview" | "previewFile">;
  onPreview: (preview: ReportPreview, source: ReportSourceFormInput) => void;
};

/** Step 1: the report's name, and its text pasted or uploaded as .txt or .pdf. */
export function SourceForm({ initial, actions, onPreview }: Props) {
  const [formError, setFormError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [empty, setEmpty] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useForm<ReportSourceFormInput>({ resolver, defaultValues: initial });
  const { register, handleSubmit, formState, setError, setValue, getValues } = form;
  const errors = formState.errors;

  function chooseFile(chosen: File | null) {
    // Checked here, before anything is sent: an oversized file is never uploaded.
    const problem = chosen ? fileSizeError(chosen.size) : undefined;
    setFileError(problem);
    if (problem) {
      chosen = null;
      if (fileInput.current) fileInput.current.value = "";
    }
    setFile(chosen);
    if (chosen && !getValues("reportName").trim()) setValue("reportName", defaultReportName(chosen.name), { shouldValidate: true });
  }

  function clearFile() {
    if (fileInput.current) fileInput.current.value = "";
    chooseFile(null);
  }

  async function onSubmit() {
    const values = form.getValues();
    setFormError(undefined);
    setEmpty(false);
    if (!file && !values.text.trim()) {
      setError("text", { message: "Paste the report text or choose a file." });
      return;
    }
    // Characters are counted by the schema; what is sent is UTF-8, two bytes for Cyrillic.
    const textProblem = file ? undefined : fileSizeError(new TextEncoder().encode(values.text).byteLength, undefined, "text");
    if (textProblem) {
      setError("text", { message: textProblem });
      return;
    }
    let result;
    if (file) {
      const data = new FormData();
      data.set("reportName", values.reportName);
      data.set("file", file);
      result = await actions.previewFile(data);
    } else {
      result = await actions.preview(values);
    }
    if (!result.ok) {
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (!messages?.[0]) continue;
        if (field === "file" || field === "fileName") setFileError(messages[0]);
        else if (field === "reportName" || field === "text") setError(field, { message: messages[0] });
      }
      return;
    }
    if (result.data.rows.length === 0) {
      setEmpty(true);
      return;
    }
    onPreview(result.data, file ? { ...values, text: "" } : values);
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-5">
      <FormError>{formError}</FormError>
      {empty && (
        <Notice>
          No contact entries were found. Paste the part of the report that lists the addressees (names, titles, addresses,
          e-mails), or check that the PDF has a text layer.
        </Notice>
      )}
      <Field id="reportName" label="Report name" required hint="The contacts go in the list “Addressees — <report name>”: the existing list of that name, or a new one." error={errors.reportName?.message}>
        <Input {...register("reportName")} autoComplete="off" />
      </Field>
      <Field id="text" label="Report text" hint="Paste the pages that list the addressees, or the whole report." error={errors.text?.message}>
        <Textarea rows={12} {...register("text")} readOnly={!!file} />
      </Field>
      <Field id="file" label={`Or upload a .txt or .pdf file (up to ${maxUploadLabel})`} hint={file ? `Chosen: ${file.name}. The pasted text is ignored.` : undefined} error={fileError}>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-900"
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Reading the report…" : "Find contacts"}
        </Button>
        {file && (
          <Button variant="secondary" onClick={clearFile}>
            Remove the file
          </Button>
        )}
      </div>
    </form>
  );
}
