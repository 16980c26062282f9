"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { checkCsv, importCsv, previewCsv } from "@/lib/contacts/import-csv";
import { csvCheckSchema, csvImportSchema, csvPreviewSchema, readImportInput } from "@/lib/import/csv/schema";

// Each takes FormData {file, mapping (JSON), options (JSON)} from the page, or a plain object
// {fileName, fileBase64 | text, mapping, options}; both read the uploaded file again on every call,
// so no row set from the browser is ever trusted. The data-access functions authorize
// ("contact.write"). runAction rather than defineAction: readImportInput turns the upload into the
// schema's input first.

export async function previewCsvAction(input: unknown) {
  return runAction(csvPreviewSchema, await readImportInput(input), (data, user) => previewCsv(user, data.file));
}

export async function checkCsvAction(input: unknown) {
  return runAction(csvCheckSchema, await readImportInput(input), (data, user) => checkCsv(user, data));
}

export async function importCsvAction(input: unknown) {
  const result = await runAction(csvImportSchema, await readImportInput(input), (data, user) => importCsv(user, data));
  if (result.ok) {
    revalidatePath("/contacts");
    revalidatePath("/lists");
  }
  return result;
}
