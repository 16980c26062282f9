"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action";
import type { ReportImportResult, ReportPreview, ReportSourceFormInput } from "@/lib/import/report/schema";
import { ImportDone } from "./import-done";
import { ReviewForm } from "./review-form";
import { SourceForm } from "./source-form";

/**
 * The steps of "Contacts from a report": read the report (pasted or uploaded), review and import,
 * then what was done. The preview lives only in this component: nothing is written before "Import".
 */
export type ReportImportActions = {
  /** the pasted text, or the uploaded file (FormData) */
  preview: ServerAction<ReportPreview>;
  previewFile: ServerAction<ReportPreview>;
  import: ServerAction<ReportImportResult>;
};

export function ReportImport({ actions }: { actions: ReportImportActions }) {
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [done, setDone] = useState<ReportImportResult | null>(null);
  // What was typed in step 1 comes back on "Start over" (a chosen file has to be chosen again).
  const [source, setSource] = useState<ReportSourceFormInput>({ reportName: "", text: "" });

  if (done) {
    return (
      <ImportDone
        result={done}
        onAnother={() => {
          setDone(null);
          setPreview(null);
          setSource({ reportName: "", text: "" });
        }}
      />
    );
  }
  if (!preview) {
    return (
      <section aria-labelledby="step-read">
        <h2 id="step-read" className="mb-3 text-lg font-semibold text-slate-900">
          1. The report
        </h2>
        <SourceForm
          initial={source}
          actions={actions}
          onPreview={(p, typed) => {
            setSource(typed);
            setPreview(p);
          }}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="step-review">
      <h2 id="step-review" className="mb-3 text-lg font-semibold text-slate-900">
        2. Review the contacts
      </h2>
      <ReviewForm preview={preview} action={actions.import} onImported={setDone} onStartOver={() => setPreview(null)} />
    </section>
  );
}
