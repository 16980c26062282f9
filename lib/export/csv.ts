// CSV downloads: UTF-8 with a BOM (so Excel reads Cyrillic and accents), and every cell that a
// spreadsheet would run as a formula neutralized — a contact named "=HYPERLINK(...)" must stay text.
import Papa from "papaparse";

const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : value instanceof Date ? value.toISOString() : String(value);
  return formulaStart.test(text) ? `'${text}` : text;
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
