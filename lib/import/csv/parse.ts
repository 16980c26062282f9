// Splits decoded CSV text into a header and rows, remembering the physical line each row starts on
// so that "line 14" in an error message is line 14 in a text editor (and row 14 in Excel, whose
// rows are the file's lines unless a quoted value spans several). A small RFC 4180 reader of our
// own rather than a library: line numbers through quoted line breaks, and refusing an unclosed
// quote instead of letting it swallow the rest of the file, are exactly what matters here. It reads
// the text as one string or as a series of chunks (a 1M-row file is read chunk by chunk straight
// from its bytes): a record cut by a chunk's end — inside a value, a quoted line break or a CRLF —
// is read again whole once the next chunk is in, so the result does not depend on where the cuts fall.
import { CsvImportError } from "./decode";

export const csvDelimiters = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export type ParsedCsv = {
  delimiter: CsvDelimiter;
  headers: string[];
  /** One array per non-empty record, at least as long as `headers`; longer when a row has extra values. */
  rows: string[][];
  /** The line each row starts on, header = its own line (1 unless the file opens with blank lines). */
  lineNumbers: number[];
};

type RawRecord = { fields: string[]; line: number };
type Tokenized = { records: RawRecord[]; strayQuotes: number; unclosedQuoteLine: number | null };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A value's own copy, for one kept beyond its row (a map key): V8 makes a value cut from the text a
 * slice that keeps the whole chunk it was cut from alive, so a map of a million e-mails would keep
 * the whole file's text.
 */
export const detached = (value: string): string => Buffer.from(value, "utf8").toString("utf8");

/** Decoded CSV text: one string, or a function giving the text afresh as a series of chunks (see decode.ts's openCsvBytes). */
export type CsvText = string | (() => Iterable<string>);

const chunksOf = (text: CsvText): Iterable<string> => (typeof text === "string" ? [text] : text());

/** The text without a leading byte-order mark (a BOM in the first chunk). */
function* withoutBom(chunks: Iterable<string>): Generator<string> {
  let first = true;
  for (const chunk of chunks) {
    yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    first = false;
  }
}

/** scanRecord's answer when the record runs to the end of the text read so far and more text follows. */
const MORE = null;
type Scanned = { record: RawRecord; end: number; line: number; strayQuotes: number } | { unclosedQuoteLine: number } | typeof MORE;

/** Where an unquoted value starting at `i` ends: at the delimiter, a line break or the end of the text. */
function unquotedEnd(text: string, i: number, delim: number): number {
  const n = text.length;
  let c = text.charCodeAt(i);
  while (i < n && c !== delim && c !== LF && c !== CR) c = text.charCodeAt(++i);
  return i;
}

/**
 * One record of `text` from `start` (on physical line `line`). `final`: no text follows; otherwise
 * a record that reaches the end of `text` — a value, a quoted value or a CR that may continue in
 * the next chunk — is not decided here (MORE) and is read again once more text is in.
 */
function scanRecord(text: string, start: number, line: number, delim: number, final: boolean): Scanned {
  const n = text.length;
  let i = start;
  let strayQuotes = 0;
  const record: RawRecord = { fields: [], line };
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoteLine = line;
      const parts: string[] = [];
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return final ? { unclosedQuoteLine: quoteLine } : MORE;
        // A quote at the very end may be the first of a doubled one.
        if (close === n - 1 && !final) return MORE;
        const chunk = text.slice(i, close);
        // Line breaks inside the quotes still advance the physical line count.
        for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) line++;
        for (let k = chunk.indexOf("\r"); k >= 0; k = chunk.indexOf("\r", k + 1)) if (chunk.charCodeAt(k + 1) !== LF) line++;
        parts.push(chunk);
        i = close + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        parts.push('"'); // a doubled quote
        i++;
      }
      field = parts.join("").replace(/\r\n?/g, "\n");
      // Text after a closing quote ("abc"def) is kept as Excel does, but counts against this delimiter.
      const restEnd = unquotedEnd(text, i, delim);
      const rest = text.slice(i, restEnd);
      i = restEnd;
      if (rest !== "") {
        strayQuotes++;
        field += rest;
      }
    } else {
      const end = unquotedEnd(text, i, delim);
      field = text.slice(i, end);
      i = end;
    }
    // The value (or the CR of a CRLF) reaches the end of what is read: the rest may be in the next chunk.
    if (!final && (i >= n || (text.charCodeAt(i) === CR && i + 1 >= n))) return MORE;
    record.fields.push(field);
    if (i < n && text.charCodeAt(i) === delim) {
      i++;
      continue;
    }
    if (i < n) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    return { record, end: i, line, strayQuotes };
  }
}

// Works on char codes and slices rather than growing strings a character at a time: a 10 MB file
// is read in well under a second. A generator over the text's chunks, so a caller goes through a
// file of any size one record at a time, holding one chunk (and the record that spans into the
// next); `state` says, once it is done, whether a quote was left open.
function* records(text: CsvText, delimiter: string, state: { strayQuotes: number; unclosedQuoteLine: number | null }): Generator<RawRecord> {
  const delim = delimiter.charCodeAt(0);
  const chunks = withoutBom(chunksOf(text))[Symbol.iterator]();
  let buffer = "";
  let at = 0;
  let line = 1;
  let final = false;
  for (;;) {
    const scanned = at < buffer.length ? scanRecord(buffer, at, line, delim, final) : MORE;
    if (scanned === MORE) {
      if (final) return;
      // The unread rest and at least one more chunk; a record longer than a chunk doubles what is
      // read at once, so reading it again costs no more than reading it once.
      const rest = buffer.slice(at);
      const parts = [rest];
      let size = rest.length;
      do {
        const next = chunks.next();
        if (next.done) {
          final = true;
          break;
        }
        parts.push(next.value);
        size += next.value.length;
      } while (size < 2 * rest.length);
      buffer = parts.join("");
      at = 0;
      continue;
    }
    if ("unclosedQuoteLine" in scanned) {
      state.unclosedQuoteLine = scanned.unclosedQuoteLine;
      return;
    }
    state.strayQuotes += scanned.strayQuotes;
    at = scanned.end;
    line = scanned.line;
    yield scanned.record;
  }
}

function tokenize(text: CsvText, delimiter: string, maxRecords = Infinity): Tokenized {
  const state = { strayQuotes: 0, unclosedQuoteLine: null as number | null };
  const found: RawRecord[] = [];
  for (const record of records(text, delimiter, state)) {
    found.push(record);
    if (found.length >= maxRecords) break;
  }
  return { records: found, ...state };
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === "");

/**
 * Picks the delimiter under which the first records agree on one column count with the header;
 * parsing (not counting characters) keeps delimiters inside quoted values from voting.
 */
export function detectDelimiter(text: CsvText): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ",", score: -Infinity };
  for (const delimiter of csvDelimiters) {
    const sample = tokenize(text, delimiter, 50);
    const records = sample.records.filter((r) => !isBlank(r.fields));
    const columns = records[0]?.fields.length ?? 0;
    if (columns < 2) continue;
    const data = records.slice(1);
    const agreeing = data.filter((r) => r.fields.length === columns).length;
    const consistency = data.length === 0 ? 1 : agreeing / data.length;
    const penalty = (sample.strayQuotes + (sample.unclosedQuoteLine === null ? 0 : 5)) / Math.max(records.length, 1);
    // Agreement first; among equally consistent delimiters, the one that yields more columns.
    const score = (consistency - penalty) * 1000 + Math.min(columns, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function columnName(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `column ${index + 1} (${letters})`;
}

function checkHeader(headers: string[], headerLine: number): void {
  const looksLikeData = headers.find((h) => /\S+@\S+\.\S+/.test(h));
  if (looksLikeData) {
    throw new CsvImportError(
      `The first line (line ${headerLine}) holds data such as “${looksLikeData}”, not column names. Add a header line naming the columns (for example Name, Email) and upload again.`,
      "structure",
    );
  }
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header === "") {
      throw new CsvImportError(
        `The header line (line ${headerLine}) gives no name to ${columnName(index)}. Name every column that holds data, or delete the unnamed ones.`,
        "structure",
      );
    }
    const key = header.toLowerCase().replace(/\s+/g, " ");
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CsvImportError(
        `Two columns are named “${header}” (${columnName(first)} and ${columnName(index)}). Rename one of them and upload again.`,
        "structure",
      );
    }
    seen.set(key, index);
  });
}

/** A parsed file read one row at a time: what the import needs of a file of any size. */
export type CsvRows = {
  delimiter: CsvDelimiter;
  headers: string[];
  /** Non-empty data records. */
  rowCount: number;
  /** Each row (at least as long as `headers`) with the line it starts on, read afresh from the text on every call. */
  rows: () => Generator<{ row: string[]; line: number }>;
};

const unclosedQuote = (line: number) =>
  new CsvImportError(
    `Line ${line}: a quoted value starts here but its closing quote (") is missing, so everything after it would run together. Fix the quotes and upload again.`,
    "structure",
  );

/**
 * The header and row count of decoded CSV text, its rows read on demand: the same checks and
 * the same rows as parseCsv, without holding every record at once (two passes over the text).
 * Given the text as chunks (a function), it holds no more than a chunk of it at a time either.
 */
export function openCsv(text: CsvText, delimiter: CsvDelimiter = detectDelimiter(text)): CsvRows {
  const state = { strayQuotes: 0, unclosedQuoteLine: null as number | null };
  let headerRecord: RawRecord | undefined;
  let rowCount = 0;
  // The last column holding a value in any data record: unnamed columns beyond it are Excel's trailing separators.
  let lastFilled = -1;
  for (const record of records(text, delimiter, state)) {
    if (isBlank(record.fields)) continue;
    if (!headerRecord) {
      headerRecord = record;
      continue;
    }
    rowCount++;
    for (let k = record.fields.length - 1; k > lastFilled; k--) {
      if (record.fields[k].trim() !== "") {
        lastFilled = k;
        break;
      }
    }
  }
  if (state.unclosedQuoteLine !== null) throw unclosedQuote(state.unclosedQuoteLine);
  if (!headerRecord) throw new CsvImportError("The file has no header line and no rows.", "empty");

  let headers = headerRecord.fields.map((h) => h.trim());
  let width = headers.length;
  while (width > 1 && headers[width - 1] === "" && lastFilled < width - 1) width--;
  headers = headers.slice(0, width);
  checkHeader(headers, headerRecord.line);
  if (rowCount === 0) throw new CsvImportError(`The file has a header line (line ${headerRecord.line}) but no rows below it.`, "empty");

  const header = headerRecord;
  return {
    delimiter,
    headers,
    rowCount,
    *rows() {
      const again = { strayQuotes: 0, unclosedQuoteLine: null as number | null };
      for (const record of records(text, delimiter, again)) {
        if (record.line <= header.line || isBlank(record.fields)) continue;
        const { fields } = record;
        const row = fields.length > width && fields.slice(width).every((f) => f.trim() === "") ? fields.slice(0, width) : fields;
        while (row.length < width) row.push("");
        yield { row, line: record.line };
      }
    },
  };
}

/** Parses decoded CSV text; throws CsvImportError when the file has no usable header or broken quoting. */
export function parseCsv(text: CsvText, delimiter: CsvDelimiter = detectDelimiter(text)): ParsedCsv {
  const file = openCsv(text, delimiter);
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  for (const { row, line } of file.rows()) {
    rows.push(row);
    lineNumbers.push(line);
  }
  return { delimiter, headers: file.headers, rows, lineNumbers };
}
