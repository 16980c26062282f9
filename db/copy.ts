// COPY … FROM into a table, inside a drizzle transaction, on both drivers: bulk loads (the CSV
// import's staging table) without building multi-row INSERTs. The data is PostgreSQL's text format
// (one line per row, tab between columns, `copyText` escaping each value), given as chunks of text.
// - node-postgres: COPY … FROM STDIN through pg-copy-streams on the transaction's own connection,
//   streamed with backpressure, so a producer that validates as it goes never holds the whole file.
// - PGlite: COPY … FROM '/dev/blob' with the `blob` query option, one statement per ~8 MB. Reading a "file" needs the
//   server-file privilege, which the app role lacks: the statement runs as the connecting owner
//   for just that statement and the transaction's role is put back at once. The target must be a
//   table the transaction made itself (a temporary staging table), never a shared one.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "./client";

const NULL = "\\N";

/** One value in COPY's text format: null as \N; backslash, tab, line breaks escaped. */
export function copyText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : text;
}

/** A text[] value: an array literal with every element quoted (null elements as NULL); copyLine escapes it for COPY. */
export function arrayLiteral(values: ReadonlyArray<string | null>): string {
  return `{${values.map((v) => (v === null ? "NULL" : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(",")}}`;
}

/** One row: the values in the table's column order (as named in the COPY statement). */
export const copyLine = (values: ReadonlyArray<string | number | boolean | null | undefined>) => `${values.map(copyText).join("\t")}\n`;

type Client = pg.PoolClient | PgliteTransaction | PGlite;

function clientOf(tx: Tx): Client {
  const client = (tx as unknown as { session?: { client?: Client } }).session?.client;
  if (!client) throw new Error("copyInto needs a transaction of db/client.ts");
  return client;
}

const isPglite = (client: Client): client is PgliteTransaction | PGlite => !("release" in client) && typeof (client as PGlite).exec === "function";

/** About 8 MB of COPY text per PGlite statement. */
const BLOB_CHARS = 8 * 1024 * 1024;

/** PGlite: one COPY … FROM '/dev/blob' of `parts`, as the connecting owner for just that statement (see the top). */
async function copyBlob(client: PgliteTransaction | PGlite, target: string, parts: string[]): Promise<number> {
  const blob = new Blob(parts);
  const [{ role }] = (await client.query<{ role: string }>("SELECT current_setting('role') AS role")).rows;
  const asApp = role && role !== "none";
  if (asApp) await client.query("SELECT set_config('role', 'none', true)");
  try {
    const result = await client.query(`COPY ${target} FROM '/dev/blob'`, [], { blob });
    return result.affectedRows ?? 0;
  } finally {
    if (asApp) await client.query("SELECT set_config('role', $1, true)", [role]);
  }
}

/**
 * Loads `chunks` (text-format rows, see copyLine) into `table (columns)`. `table` and `columns` are
 * identifiers written in code, never input. Returns the number of rows loaded.
 */
export async function copyInto(tx: Tx, table: string, columns: readonly string[], chunks: Iterable<string> | AsyncIterable<string>): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table) || columns.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c))) throw new Error("copyInto: bad identifier");
  const target = `${table} (${columns.join(", ")})`;
  const client = clientOf(tx);
  if (isPglite(client)) {
    // One COPY per BLOB_CHARS of text, so memory holds one blob however many rows come.
    let loaded = 0;
    let parts: string[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= BLOB_CHARS) {
        loaded += await copyBlob(client, target, parts);
        parts = [];
        size = 0;
      }
    }
    if (parts.length) loaded += await copyBlob(client, target, parts);
    return loaded;
  }
  const stream = (client as pg.PoolClient).query(copyFrom(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  return stream.rowCount ?? 0;
}
