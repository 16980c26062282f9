// CSV downloads: UTF-8 with a BOM (so Excel reads Cyrillic and accents), and every cell that a
// spreadsheet would run as a formula neutralized — a contact named "=HYPERLINK(...)" must stay text.
import Papa from "papaparse";

const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : value instanceof Date ? value.toISOString() : String(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  const body = Papa.unparse(
    { fields: headers.map(neutralizeCell), data: rows.map((row) => row.map(neutralizeCell)) },
    { newline: "\r\n", quotes: true },
  );
  return `\uFEFF${body}\r\n`;
}

/** A download response; the file name is ASCII-safe and dated. */
export function csvResponse(baseName: string, csv: string): Response {
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
