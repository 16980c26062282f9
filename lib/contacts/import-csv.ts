import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { databaseKind, db } from "@/db/client";
import type { ImportJobStatus } from "@/db/enums";
import { importJobs } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { CsvImportError, openCsvBytes, type CsvEncoding } from "@/lib/import/csv/decode";
import { guessMapping, mappingProblems, type ColumnMapping } from "@/lib/import/csv/mapping";
import { openCsv, type CsvDelimiter, type CsvRows } from "@/lib/import/csv/parse";
import type { CsvRowError, RowDefaults } from "@/lib/import/csv/validate";
import type { ParliamentaryBody } from "@/lib/import/csv/values";
import { stageRows } from "./import-csv-stage";
import { countStagedExisting, writeCsvImport, type ImportResult } from "./import-csv-write";
import type { CsvFileInput, ImportOptions } from "@/lib/import/csv/schema";
import { errorFields, log } from "@/lib/log";

// The CSV import in three steps, each reading the uploaded file again from its bytes (the server
// never trusts rows kept by the browser): preview (encoding, delimiter, first rows, a proposed
// mapping), check (every row validated, existing e-mails counted, nothing written) and import (all
// rows in one transaction, or none). Check and import read the file's rows one at a time, each
// validated once and copied into a staging table (./import-csv-stage.ts) from which the database
// does the rest in a few statements (./import-csv-write.ts): a 100,000-row file takes seconds. The
// file's text is decoded chunk by chunk on each pass (lib/import/csv/decode.ts's openCsvBytes) and
// never held whole, nor are its rows: memory grows with the file only by its e-mails (the
// same-e-mail rule) and the bytes themselves. The dry run keeps the first 1,000 row problems and
// counts the rest (errorCount).

export const previewRowCount = 10;

export type CsvPreview = {
  fileName: string;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  headers: string[];
  sample: string[][];
  totalRows: number;
  mapping: ColumnMapping;
};

/** `errors`: the first rows' problems (up to MAX_KEPT_ERRORS of ./import-csv-stage.ts); `errorCount`: how many rows have problems in all. */
export type CsvCheck = { totalRows: number; validRows: number; existing: number; errors: CsvRowError[]; errorCount: number };

/** The uploaded file; `maxBytes` lifts the upload limit, for scripts only (the actions' schema never passes it). */
type FileInput = CsvFileInput & { maxBytes?: number };

/** The file's problem as a ValidationError, whose message the action shows as is. */
function readFile(file: FileInput): CsvRows & { encoding: CsvEncoding } {
  try {
    // Decoded chunk by chunk on every pass over the rows: the file's text is never held whole.
    const { chunks, encoding } = openCsvBytes(file.bytes, file.maxBytes);
    return { ...openCsv(chunks), encoding };
  } catch (error) {
    if (error instanceof CsvImportError) throw new ValidationError(error.message, "file");
    throw error;
  }
}

function checkMapping(parsed: CsvRows, mapping: ColumnMapping) {
  const problems = mappingProblems(parsed.headers, mapping);
  if (problems.length > 0) throw new ValidationError(problems.join(" "), "mapping");
}

export const previewCsv = dataAccess(async function previewCsv(user: Acting | null, file: FileInput): Promise<CsvPreview> {
  authorize(user, "contact.write");
  const parsed = readFile(file);
  const sample: string[][] = [];
  for (const { row } of parsed.rows()) {
    if (sample.push(row) >= previewRowCount) break;
  }
  return {
    fileName: file.fileName,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    sample,
    totalRows: parsed.rowCount,
    mapping: guessMapping(parsed.headers, sample),
  };
});

/** `body`: "these are members of …", applied to every row (absent or null: as the file says). */
type RowsInput = { file: FileInput; mapping: ColumnMapping; body?: ParliamentaryBody | null };

const defaultsOf = (input: RowsInput): RowDefaults => ({ parliamentaryBody: input.body });

/** The dry run: every row validated with the chosen mapping; nothing is written (the staging table goes with the transaction). */
export const checkCsv = dataAccess(async function checkCsv(user: Acting | null, input: RowsInput): Promise<CsvCheck> {
  authorize(user, "contact.write");
  const parsed = readFile(input.file);
  checkMapping(parsed, input.mapping);
  return db.transaction(async (tx) => {
    const { valid, errors, errorCount } = await stageRows(tx, parsed, input.mapping, defaultsOf(input), { writing: false });
    return { totalRows: parsed.rowCount, validRows: valid, existing: valid ? await countStagedExisting(tx) : 0, errors, errorCount };
  });
});

// PGlite is one connection: a write outside the open transaction would wait for it to end, so
// there the bar just waits for the result. On PostgreSQL the job row is written through the pool.
const progressVisible = () => databaseKind() === "postgres";

async function setJob(jobId: string | undefined, values: Partial<typeof importJobs.$inferInsert>) {
  if (!jobId) return;
  await db.update(importJobs).set({ ...values, updatedAt: sql`now()` }).where(eq(importJobs.id, jobId));
}

/** Reading and checking the rows is this share of the progress bar; the writes are the rest. */
const READ_SHARE = 0.6;

function refusal(errors: CsvRowError[], count: number): ValidationError {
  const first = errors.slice(0, 3).map((e) => `line ${e.line}: ${e.reason}`).join(" ");
  return new ValidationError(
    `${count} ${count === 1 ? "row has" : "rows have"} problems (${first}${count > 3 ? " …" : ""}). Fix these rows in the file and upload it again — nothing has been imported.`,
    "file",
  );
}

/**
 * Imports every row of the file in one transaction, or none: the file is decoded and validated
 * again here, and any bad row refuses the whole import. `jobId` (chosen by the browser, which
 * polls it) names the import_jobs row its progress is written to.
 */
export const importCsv = dataAccess(async function importCsv(
  user: Acting | null,
  input: RowsInput & { options: ImportOptions; jobId?: string },
): Promise<ImportResult> {
  authorize(user, "contact.write");
  const parsed = readFile(input.file);
  checkMapping(parsed, input.mapping);
  const total = parsed.rowCount;
  const jobId = input.jobId;
  if (jobId) {
    await db.insert(importJobs).values({ id: jobId, userId: user.id, fileName: input.file.fileName, total }).onConflictDoNothing();
    const [job] = await db.select({ userId: importJobs.userId }).from(importJobs).where(eq(importJobs.id, jobId));
    if (job?.userId !== user.id) throw new ValidationError("This import was already started. Reload the page and start again.");
  }
  let reported = 0;
  const onProgress = (fraction: number) => {
    const processed = Math.min(total, Math.round(total * fraction));
    if (processed <= reported) return;
    reported = processed;
    // Not awaited: the job row lives outside the transaction and must never hold it up.
    if (progressVisible()) setJob(jobId, { processed }).catch((e) => void log.error("import progress update failed", { jobId, ...errorFields(e) }));
  };
  try {
    // Matched inside the transaction, so the rows it matches are the rows it updates.
    const result = await db.transaction(async (tx) => {
      await stageRows(tx, parsed, input.mapping, defaultsOf(input), {
        writing: true,
        refuse: (errors, count) => {
          if (count > 0) throw refusal(errors, count);
        },
        onRow: (read) => onProgress((READ_SHARE * read) / total),
      });
      return writeCsvImport(tx, user, { fileName: input.file.fileName, options: input.options, onProgress: (f) => onProgress(Math.max(READ_SHARE, f)) });
    });
    await setJob(jobId, { status: "done", processed: total, result });
    return result;
  } catch (error) {
    await setJob(jobId, { status: "failed", error: error instanceof ValidationError ? error.message : "The import failed; nothing was saved." }).catch(() => {});
    throw error;
  }
});

/** Progress is written every batch; a running job silent this long was cut off. */
const STALLED_MINUTES = 10;

export type ImportProgress = { status: ImportJobStatus; total: number; processed: number; error: string | null };

/** How far the user's own import has got; another user's job is not found. */
export const importProgress = dataAccess(async function importProgress(user: Acting | null, jobId: string): Promise<ImportProgress | null> {
  authorize(user, "contact.write");
  const [job] = await db
    .select({
      status: importJobs.status,
      total: importJobs.total,
      processed: importJobs.processed,
      error: importJobs.error,
      userId: importJobs.userId,
      stalled: sql<boolean>`${importJobs.updatedAt} < now() - make_interval(mins => ${STALLED_MINUTES})`,
    })
    .from(importJobs)
    .where(and(eq(importJobs.id, jobId)));
  if (!job) return null; // not started yet: the import action creates it after validating the file
  if (job.userId !== user.id) throw new NotFoundError();
  // A server stopped mid-import rolls the transaction back and never marks its job: one that has
  // not moved for this long is reported as what it is.
  if (job.status === "running" && job.stalled)
    return { status: "failed", total: job.total, processed: 0, error: "The import was interrupted (the server stopped); nothing was saved. Upload the file again." };
  return { status: job.status, total: job.total, processed: job.processed, error: job.error };
});
