"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { Field, FormError } from "@/components/ui/field";
import { fieldClass } from "@/components/ui/field-class";
import type { ServerAction } from "@/lib/action";
import type { CsvCheck, CsvPreview } from "@/lib/contacts/import-csv";
import type { ImportResult } from "@/lib/contacts/import-csv-write";
import type { ColumnMapping } from "@/lib/import/csv/mapping";
import type { ImportOptions } from "@/lib/import/csv/schema";
import { fileSizeError, maxUploadLabel } from "@/lib/uploads/file-size";
import { CheckReport } from "./check-report";
import { ImportOptionsForm } from "./import-options";
import { ImportProgress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { MappingTable } from "./mapping-table";
import { MembersOf } from "./members-of";
import type { ParliamentaryBody } from "@/lib/contacts/schema";

const encodingNames: Record<CsvPreview["encoding"], string> = {
  "utf-8": "UTF-8", "utf-8-bom": "UTF-8 (with BOM)", "windows-1251": "Windows-1251 (Cyrillic)", "windows-1252": "Windows-1252 (Western)",
};
const delimiterNames: Record<CsvPreview["delimiter"], string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };

/** crypto.randomUUID exists only on HTTPS and localhost; the job id just has to be a fresh UUID. */
function newJobId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The file travels as FormData on every step: the server reads and checks it again each time. Strings go as they are, anything else as JSON. */
function formOf(file: File, extra: Record<string, unknown> = {}) {
  const form = new FormData();
  form.set("file", file);
  for (const [key, value] of Object.entries(extra)) form.set(key, typeof value === "string" ? value : JSON.stringify(value));
  return form;
}

/** The three steps' actions, each sent the file again (FormData) with what was chosen so far. */
type Actions = { preview: ServerAction<CsvPreview>; check: ServerAction<CsvCheck>; import: ServerAction<ImportResult> };

export function CsvImportWizard({ actions }: { actions: Actions }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [busy, setBusy] = useState<"preview" | "check" | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [body, setBody] = useState<ParliamentaryBody | null>(null);
  const [check, setCheck] = useState<CsvCheck | null>(null);
  const [job, setJob] = useState<{ id: string; rows: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  function reset(next: File | null) {
    setFile(next);
    setPreview(null);
    setCheck(null);
    setResult(null);
    setError(undefined);
    setFileError(undefined);
  }

  function choose(next: File | null) {
    reset(next);
    // Checked here, before anything is sent: an oversized file is never uploaded.
    const problem = next ? fileSizeError(next.size) : undefined;
    if (problem) {
      setFileError(`${problem} Split it into smaller files.`);
      setFile(null);
    }
  }

  async function upload() {
    if (!file) return setError("Choose a CSV file first.");
    setBusy("preview");
    setError(undefined);
    const res = await actions.preview(formOf(file));
    setBusy(null);
    if (!res.ok) return setError(res.fieldErrors?.file?.[0] ?? res.formError);
    setPreview(res.data);
    setMapping(res.data.mapping);
    setCheck(null);
  }

  async function runCheck() {
    if (!file) return;
    setBusy("check");
    setError(undefined);
    const res = await actions.check(formOf(file, { mapping, body: JSON.stringify(body) }));
    setBusy(null);
    if (!res.ok) return setError(res.fieldErrors?.mapping?.[0] ?? res.fieldErrors?.file?.[0] ?? res.formError);
    setCheck(res.data);
  }

  async function runImport(options: ImportOptions) {
    if (!file || !check) return;
    const jobId = newJobId();
    setJob({ id: jobId, rows: check.validRows });
    setError(undefined);
    const res = await actions.import(formOf(file, { mapping, body: JSON.stringify(body), options, jobId }));
    setJob(null);
    if (!res.ok) return setError(res.fieldErrors?.file?.[0] ?? res.formError);
    setResult(res.data);
    router.refresh();
  }

  if (result && file) return <ImportSummary result={result} fileName={file.name} onAgain={() => reset(null)} />;

  const today = new Date().toISOString().slice(0, 10);
  const canImport = check !== null && check.errorCount === 0 && check.validRows > 0;
  return (
    <div className="space-y-8">
      <FormError>{error}</FormError>
      <section aria-labelledby="file-heading" className="max-w-2xl space-y-3">
        <h2 id="file-heading" className="text-lg font-semibold text-slate-900">
          1. Choose the file
        </h2>
        <Field id="csv-file" label="CSV file" error={fileError} hint={`A .csv or .txt file up to ${maxUploadLabel}, with a header line: UTF-8, Windows-1251 or Windows-1252; comma, semicolon or tab separated.`}>
          <input type="file" accept=".csv,.txt,text/csv,text/plain" className={fieldClass} disabled={job !== null} onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </Field>
        <Button onClick={upload} disabled={!file || busy !== null || job !== null}>
          {busy === "preview" ? "Reading the file…" : "Upload and preview"}
        </Button>
      </section>

      {preview && (
        <section aria-labelledby="mapping-heading" className="space-y-3">
          <h2 id="mapping-heading" className="text-lg font-semibold text-slate-900">
            2. Match the columns
          </h2>
          <p className="text-sm text-slate-700">
            {preview.fileName}: {preview.totalRows.toLocaleString("en")} rows, read as {encodingNames[preview.encoding]}, separated by {delimiterNames[preview.delimiter]}. Check which contact field each
            column fills; values are shown from the first {preview.sample.length} rows.
          </p>
          <MappingTable headers={preview.headers} sample={preview.sample} mapping={mapping} disabled={job !== null} onChange={(next) => (setMapping(next), setCheck(null))} />
          <MembersOf value={body} disabled={job !== null} onChange={(next) => (setBody(next), setCheck(null))} />
          <Button variant="secondary" onClick={runCheck} disabled={busy !== null || job !== null}>
            {busy === "check" ? "Checking every row…" : "Check (dry run)"}
          </Button>
        </section>
      )}

      {check && <CheckReport check={check} />}

      {check && preview && (
        <section aria-labelledby="import-heading" className="space-y-3">
          <h2 id="import-heading" className="text-lg font-semibold text-slate-900">
            3. Import
          </h2>
          {job ? (
            <ImportProgress jobId={job.id} rows={job.rows} />
          ) : (
            <ImportOptionsForm
              defaultListName={`${preview.fileName.replace(/\.(csv|txt|tsv)$/i, "")} ${today}`}
              existing={check.existing}
              rows={check.validRows}
              disabled={!canImport}
              onImport={runImport}
            />
          )}
          {!canImport && check.errorCount === 0 && <p className="text-sm text-slate-700">The file has no rows to import.</p>}
        </section>
      )}
    </div>
  );
}
