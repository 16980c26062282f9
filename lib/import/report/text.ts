import "server-only";
// The text of an uploaded report: a .txt file decoded (UTF-8, or Windows-1251 when it is not
// valid UTF-8 — Cyrillic reports saved on older Windows machines), or a .pdf's text layer read
// with unpdf (PDF.js). Files over 10 MB are refused before anything is parsed.
import { extractText, getDocumentProxy } from "unpdf";
import { ValidationError } from "@/lib/errors";
import { REPORT_MAX_BYTES } from "./schema";

const FILE_FIELD = "file";

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";

async function pdfText(bytes: Uint8Array): Promise<string> {
  let text: string;
  try {
    // PDF.js detaches the buffer it is given; pass a copy so the caller's bytes stay usable.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    text = (await extractText(pdf, { mergePages: true })).text;
  } catch {
    throw new ValidationError("This PDF could not be read. Save it again as PDF, or paste its text instead.", FILE_FIELD);
  }
  if (!text.trim()) {
    throw new ValidationError("This PDF has no text layer (it is probably a scan). Paste the text instead.", FILE_FIELD);
  }
  return text;
}

/** The report's plain text, or a ValidationError on the "file" field saying what is wrong. */
export async function reportTextFromFile(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > REPORT_MAX_BYTES) throw new ValidationError("The file is larger than 10 MB.", FILE_FIELD);
  if (bytes.byteLength === 0) throw new ValidationError("The file is empty.", FILE_FIELD);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "pdf") {
    if (!isPdf(bytes)) throw new ValidationError("This file is not a PDF.", FILE_FIELD);
    return pdfText(bytes);
  }
  if (ext !== "txt") throw new ValidationError("Choose a .txt or .pdf file.", FILE_FIELD);
  const text = decodeText(bytes);
  if (!text.trim()) throw new ValidationError("The file is empty.", FILE_FIELD);
  return text;
}
