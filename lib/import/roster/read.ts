// Which reader an uploaded roster file goes to: the EP's XML list, the MEP CSV of civic data
// projects (recognized by its header, see mep-csv.ts), or a PACE / OSCE PA CSV. Pure module.
import { ValidationError } from "@/lib/errors";
import { CsvImportError, decodeCsv, maxCsvBytes } from "../csv/decode";
import { parseCsv } from "../csv/parse";
import { parseCsvRoster } from "./csv";
import { parseEpRoster, RosterFileError, type ParsedRoster } from "./ep";
import type { RosterUpload } from "./groups";
import { isMepCsv, parseMepCsv } from "./mep-csv";

/** XML starts with "<" (after a byte-order mark and blank space); a CSV's header never does. */
function looksLikeXml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("<");
}

/** Decodes and parses the uploaded file; a file that cannot be read at all is a ValidationError. */
export function readRoster(input: RosterUpload): ParsedRoster {
  const bytes = Buffer.from(input.content, "base64");
  if (bytes.byteLength > maxCsvBytes) throw new ValidationError("The file is larger than 10 MB.", "content");
  try {
    if (input.body === "european_parliament" && looksLikeXml(bytes)) {
      return parseEpRoster(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes));
    }
    const csv = parseCsv(decodeCsv(bytes).text);
    if (isMepCsv(csv.headers)) {
      if (input.body !== "european_parliament") throw new ValidationError("This file is a list of MEPs (it has an epid or eugroup column): choose European Parliament.", "content");
      return parseMepCsv(csv);
    }
    if (input.body === "european_parliament") {
      throw new ValidationError("This CSV is not a list of MEPs: it needs an epid column (the EP's member id) beside first_name, last_name and country. Or upload the EP's XML list.", "content");
    }
    return parseCsvRoster(input.body, csv);
  } catch (error) {
    if (error instanceof RosterFileError || error instanceof CsvImportError) throw new ValidationError(error.message, "content");
    throw error;
  }
}
