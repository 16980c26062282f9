"use server";

import { revalidatePath } from "next/cache";
import { defineAction, runAction } from "@/lib/action";
import { importReport, previewReport, previewReportFile } from "@/lib/contacts/import-report";
import { firstRowError, issuesByPath, REPORT_MAX_BYTES, reportFileSchema, reportImportSchema, reportPreviewSchema } from "@/lib/import/report/schema";

// The data-access functions authorize against "contact.write". The review rows are parsed again
// here: the browser's checks are a convenience, never trusted. The upload and the import keep
// runAction: one turns FormData into the schema's input first, the other reports row errors its own way.

export const previewReportAction = defineAction({
  schema: reportPreviewSchema,
  run: (data, user) => previewReport(user, data),
});

/**
 * A .txt or .pdf report. The browser sends FormData (reportName, file), so a 10 MB file fits the
 * action body limit (lib/uploads/limits.mjs) with room to spare; scripts and tests may send { reportName, fileName, fileBase64 }.
 */
export async function previewReportFileAction(input: unknown) {
  if (input instanceof FormData) {
    const reportName = input.get("reportName") ?? "";
    const file = input.get("file");
    // Refused before the upload is read into memory.
    if (file instanceof File && file.size > REPORT_MAX_BYTES) return { ok: false as const, formError: TOO_LARGE, fieldErrors: { file: [TOO_LARGE] } };
    input = file instanceof File ? { reportName, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { reportName, fileName: "" };
  }
  return runAction(reportFileSchema, input, (data, user) => previewReportFile(user, data));
}

const TOO_LARGE = "The file is larger than 10 MB.";

export async function importReportAction(input: unknown) {
  // Every ticked row is validated; errors keep their row index ("rows.3.emails") so they show
  // beside the cell, and the summary names the first row at fault.
  const parsed = reportImportSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = issuesByPath(parsed.error);
    return { ok: false as const, formError: firstRowError(fieldErrors) ?? fieldErrors.rows?.[0] ?? "Some fields need attention.", fieldErrors };
  }
  const result = await runAction(reportImportSchema, input, (data, user) => importReport(user, data));
  if (result.ok) {
    revalidatePath("/contacts");
    revalidatePath("/lists");
  }
  return result;
}
