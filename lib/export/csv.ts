// CSV downloads: UTF-8 with a BOM (so Excel reads Cyrillic and accents), and every cell that a
// spreadsheet would run as a formula neutralized — a contact named "=HYPERLINK(...)" must stay text.
import Papa from "papaparse";

// A spreadsheet runs a cell as a formula when it starts with = + - @, or their full-width forms
// (＝ ＋ － ＠, which Excel and LibreOffice fold to ASCII with some East Asian input settings); a
// leading tab or CR starts one in some importers too, and the starter may hide behind leading
// whitespace, control or invisible formatting characters (NBSP, zero-width space, bidi marks)
// that a spreadsheet strips before parsing.
const formulaStart = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : value instanceof Date ? value.toISOString() : String(value);
  return looksLikeFormula(text) ? `'${text}` : text;
}

export const BOM = "\uFEFF";

/** One CSV line (with its CRLF), every cell quoted and neutralized. */
export function csvRow(values: unknown[]): string {
  return `${Papa.unparse([values.map(neutralizeCell)], { newline: "\r\n", quotes: true })}\r\n`;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return BOM + csvRow(headers) + rows.map(csvRow).join("");
}

/** A streamed download: rows are produced batch by batch, never all held in memory. */
export function csvStreamResponse(baseName: string, headers: string[], batches: AsyncIterable<unknown[][]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRow(headers)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return csvResponse(baseName, stream);
}

/** A download response; the file name is ASCII-safe and dated. */
export function csvResponse(baseName: string, csv: string | ReadableStream<Uint8Array>): Response {
  const safe = baseName.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "export";
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}-${date}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
