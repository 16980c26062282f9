"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { RosterSummary } from "@/lib/import/roster/changes";
import { rosterBodyOptions, type RosterBody, type RosterUpload } from "@/lib/import/roster/groups";
import { fileSizeError, maxUploadLabel } from "@/lib/uploads/file-size";
import { RosterPreview } from "./roster-preview";

// The bytes go as base64 so the server can detect a CSV's encoding (Windows-1251 and -1252 included).
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A date as the date input holds it (YYYY-MM-DD), in the user's own time zone. */
function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function RosterImport({ actions }: { actions: { preview: ServerAction<RosterSummary>; apply: ServerAction<RosterSummary> } }) {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState<RosterBody>("european_parliament");
  const [upload, setUpload] = useState<RosterUpload>();
  const [preview, setPreview] = useState<RosterSummary>();
  const [done, setDone] = useState<RosterSummary>();
  const [error, setError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  // The roster's date, proposed from the file's own date (when it was saved or downloaded).
  const [asOf, setAsOf] = useState("");
  const [asOfError, setAsOfError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const option = rosterBodyOptions.find((o) => o.body === body)!;

  function reset() {
    setPreview(undefined);
    setUpload(undefined);
    setError(undefined);
  }

  function onPreview(event: React.FormEvent) {
    event.preventDefault();
    setDone(undefined);
    reset();
    const file = fileInput.current?.files?.[0];
    // Checked here, before anything is sent: an oversized file never leaves the browser.
    const problem = !file ? "Choose a file." : fileSizeError(file.size);
    setFileError(problem);
    if (!file || problem) return;
    startTransition(async () => {
      const input = { body, fileName: file.name, content: await toBase64(file), asOf: asOf || undefined };
      const result = await actions.preview(input);
      setAsOfError(result.ok ? undefined : result.fieldErrors?.asOf?.[0]);
      if (!result.ok) return setError(result.fieldErrors?.content?.[0] ?? result.formError);
      setUpload(input);
      setPreview(result.data);
    });
  }

  function onApply() {
    if (!upload) return;
    startTransition(async () => {
      const result = await actions.apply(upload);
      if (!result.ok) return setError(result.formError);
      reset();
      setDone(result.data);
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    });
  }

  return (
    <div className="max-w-4xl space-y-6">
      <form method="post" onSubmit={onPreview} noValidate aria-label="Roster file" className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
        <FormError>{error}</FormError>
        <Field id="roster-body" label="Parliamentary body" required>
          <Select value={body} onChange={(e) => (setBody(e.target.value as RosterBody), reset())}>
            {rosterBodyOptions.map((o) => (
              <option key={o.body} value={o.body}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="roster-file" label="File" required hint={`${option.format === "csv" ? "CSV" : "XML or CSV"} file, up to ${maxUploadLabel}.`} error={fileError}>
          <Input
            ref={fileInput}
            type="file"
            accept={option.accept}
            onChange={(e) => {
              const file = e.target.files?.[0];
              reset();
              setFileError(fileSizeError(file?.size ?? 0));
              if (file) setAsOf(localDay(file.lastModified));
            }}
            className="py-1.5"
          />
        </Field>
        <Field
          id="roster-date"
          label="Date of the list"
          hint="The day the list was published or downloaded; proposed from the file. A list older than the one imported last never replaces newer political groups, and marks nobody as left."
          error={asOfError}
        >
          <Input type="date" value={asOf} onChange={(e) => (setAsOf(e.target.value), reset())} className="max-w-48" />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending && !preview ? "Reading the file…" : "Preview changes"}
        </Button>
      </form>
      {done && (
        <Notice>
          Imported “{done.fileName}”: {done.counts.new} new, {done.counts.updated} updated, {done.counts.unchanged} unchanged,{" "}
          {done.counts.left} marked as left.
        </Notice>
      )}
      {preview && <RosterPreview summary={preview} pending={pending} onApply={onApply} />}
    </div>
  );
}
