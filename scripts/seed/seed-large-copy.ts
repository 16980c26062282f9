// COPY for the large seed: rows generated in JavaScript, streamed in COPY's text format through
// db/copy.ts (the CSV import's adapter), a few hundred kilobytes per chunk so node-postgres sends
// large writes and the generator pauses while PostgreSQL catches up.
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client";
import { copyInto, copyLine } from "../../db/copy";

type Value = string | number | boolean | null | undefined;

const CHUNK_ROWS = 2_000;

function* chunked(rows: Iterable<ReadonlyArray<Value>>): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(copyLine(row));
    if (lines.length === CHUNK_ROWS) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length) yield lines.join("");
}

/** COPY `rows` (values in the order of `columns`) into `table`; returns the number of rows. */
export function copyRows(tx: Tx, table: string, columns: readonly string[], rows: Iterable<ReadonlyArray<Value>>): Promise<number> {
  return copyInto(tx, table, columns, chunked(rows));
}

/** A new id, random like gen_random_uuid(), so the indexes see the same spread as the app's rows. */
export const newId = randomUUID;

/** A timestamptz in COPY's text format. */
export const at = (ms: number) => new Date(ms).toISOString();
/** A date (UTC day) in COPY's text format. */
export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
