// Turns the bytes of an uploaded CSV into text. Spreadsheets reach us from Outlook, partner CRMs
// and Excel on Russian- or Western-European Windows, so besides UTF-8 (with or without the BOM
// Excel writes) we meet Windows-1251 (Cyrillic) and Windows-1252 (Western). Neither single-byte
// encoding can be told from the bytes alone: every byte is valid in both, so we decode with both
// and keep the reading whose words look like real words (from a sample: the lines with non-ASCII
// bytes, up to 256 KB). The text is handed out in chunks decoded as they are read (openCsvBytes),
// so a large file never exists as one string. Pure module: no I/O, no server-only.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/file-size";

/** The upload limit of lib/uploads/limits.mjs, which the browser checks before sending. */
export const maxCsvBytes = MAX_UPLOAD_BYTES;

export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-1251" | "windows-1252";

/** The file cannot be imported at all; the message is safe to show as is. */
export class CsvImportError extends Error {
  constructor(
    message: string,
    public readonly code: "too-large" | "empty" | "binary" | "encoding" | "structure" | "mapping",
  ) {
    super(message);
    this.name = "CsvImportError";
  }
}

const saveAsCsv = "In Excel, use File › Save As › “CSV UTF-8 (comma delimited)” and upload that file.";

// Files people pick by mistake; naming them helps more than "binary file".
const signatures: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "an Excel workbook (.xlsx) or another zipped file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Excel workbook (.xls) or Word document" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function refuseNonText(bytes: Uint8Array): void {
  for (const { bytes: magic, what } of signatures) {
    if (startsWith(bytes, magic)) throw new CsvImportError(`This is ${what}, not a CSV file. ${saveAsCsv}`, "binary");
  }
  // Excel's "Unicode Text" export is UTF-16: every other byte is NUL, which would read as binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new CsvImportError(`This file is in UTF-16 (Excel's “Unicode Text”), which is not supported. ${saveAsCsv}`, "encoding");
  }
  // Text never contains NUL, and only rarely other control characters besides tab and line breaks.
  let controls = 0;
  const sample = Math.min(bytes.length, 65_536);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) throw new CsvImportError(`This file contains binary data (a NUL byte at position ${i + 1}), not text. ${saveAsCsv}`, "binary");
    if (i < sample && b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > Math.max(8, sample / 100)) {
    throw new CsvImportError(`This file contains binary data, not text. ${saveAsCsv}`, "binary");
  }
}

const cyrillic = /^[\u0400-\u04ff]+$/u;
const asciiLetter = /[a-z]/i;

/**
 * How much a decoding looks like natural text, counted in letters of the words that contain a
 * non-ASCII letter (pure-ASCII words read the same in both encodings and tell nothing).
 * Windows-1251 words are plausible when wholly Cyrillic ("Иванов"); a Cyrillic letter inside a
 * Latin word ("Mьller", "Krakуw") is the mark of a wrong guess. Windows-1252 words are plausible
 * when accents sit among plain letters ("Müller", "été"); a word made of accented letters only
 * ("Èâàíîâ") is Cyrillic read as Latin-1.
 */
function plausibility(text: string, encoding: "windows-1251" | "windows-1252"): number {
  let score = 0;
  for (const [word] of text.matchAll(/\p{L}{2,}/gu)) {
    if (/^\p{ASCII}*$/u.test(word)) continue;
    let good: boolean;
    if (encoding === "windows-1251") {
      good = cyrillic.test(word);
    } else {
      const longestAccentRun = Math.max(...(word.match(/\P{ASCII}+/gu) ?? [""]).map((run) => run.length));
      good = asciiLetter.test(word) && longestAccentRun <= 2 && !/[\u0400-\u04ff]/u.test(word);
    }
    score += good ? word.length : -word.length;
  }
  return score;
}

/** The lines that hold non-ASCII bytes, up to about 256 KB: all the evidence there is, read fast. */
function evidence(bytes: Uint8Array): Buffer {
  const lines: Uint8Array[] = [];
  let total = 0;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length && total < 262_144; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (high) {
        lines.push(bytes.subarray(start, i + 1));
        total += i + 1 - start;
      }
      start = i + 1;
      high = false;
    } else if (bytes[i] >= 0x80) high = true;
  }
  return Buffer.concat(lines);
}

function chooseSingleByte(bytes: Uint8Array): "windows-1251" | "windows-1252" {
  const sample = evidence(bytes);
  // A tie means no telling letters at all (symbols only); Western is the safer default.
  return plausibility(iconv.decode(sample, "win1251"), "windows-1251") > plausibility(iconv.decode(sample, "win1252"), "windows-1252")
    ? "windows-1251"
    : "windows-1252";
}

/** Bytes decoded per chunk: the text of a large file is never held whole. */
export const DECODE_CHUNK_BYTES = 1024 * 1024;

/** A checked file: its encoding, and its text as a fresh series of chunks on every call. */
export type DecodedCsv = { encoding: CsvEncoding; chunks: () => Generator<string> };

/** The text of `body` in chunks of `chunkBytes`; a UTF-8 character split between two chunks is held over (stream mode). */
function* textChunks(body: Uint8Array, encoding: CsvEncoding, chunkBytes: number): Generator<string> {
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    for (let at = 0; at < body.byteLength; at += chunkBytes) {
      const text = decoder.decode(body.subarray(at, at + chunkBytes), { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
    return;
  }
  // Single-byte encodings: every byte is one character, so any cut is a clean one.
  const name = encoding === "windows-1251" ? "win1251" : "win1252";
  for (let at = 0; at < body.byteLength; at += chunkBytes) {
    const part = body.subarray(at, at + chunkBytes);
    yield iconv.decode(Buffer.from(part.buffer, part.byteOffset, part.byteLength), name);
  }
}

/**
 * Checks an uploaded CSV file and names its encoding, refusing what is too large (`maxBytes`: the
 * upload limit unless a script lifts it), empty, binary or not text; the text itself is decoded
 * chunk by chunk as it is read (`chunks()`), so a large file never exists as one string.
 * UTF-8 validity is checked on the bytes (node's isUtf8) without decoding them.
 */
export function openCsvBytes(bytes: Uint8Array, maxBytes = maxCsvBytes, chunkBytes = DECODE_CHUNK_BYTES): DecodedCsv {
  if (bytes.byteLength > maxBytes) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    throw new CsvImportError(`The file is ${mb} MB; the limit is 10 MB. Split it into smaller files.`, "too-large");
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.byteLength === 0) throw new CsvImportError("The file is empty.", "empty");
  refuseNonText(body);

  let encoding: CsvEncoding;
  if (isUtf8(body)) encoding = hasBom ? "utf-8-bom" : "utf-8";
  else if (hasBom) throw new CsvImportError("The file says it is UTF-8 but contains bytes that are not valid UTF-8. Save it again as “CSV UTF-8”.", "encoding");
  else encoding = chooseSingleByte(body);
  const decoded: DecodedCsv = { encoding, chunks: () => textChunks(body, encoding, chunkBytes) };
  // Empty unless some chunk holds more than white space (usually the first one tells).
  let blank = true;
  for (const chunk of decoded.chunks()) {
    if (chunk.trim() !== "") {
      blank = false;
      break;
    }
  }
  if (blank) throw new CsvImportError("The file is empty.", "empty");
  return decoded;
}

/** Decodes a whole uploaded CSV file into one string (small files: rosters, tests); see openCsvBytes. */
export function decodeCsv(bytes: Uint8Array, maxBytes = maxCsvBytes): { text: string; encoding: CsvEncoding } {
  const { encoding, chunks } = openCsvBytes(bytes, maxBytes);
  return { text: [...chunks()].join(""), encoding };
}
