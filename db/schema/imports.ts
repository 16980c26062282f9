import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { importJobStatuses } from "../enums";
import { id } from "./columns";
import { users } from "./users";

export const importJobStatusEnum = pgEnum("import_job_status", importJobStatuses);

/**
 * One run of a CSV import, for its progress bar. The rows are imported in one transaction, whose
 * writes nobody else sees until it commits; this row is updated outside it, so the importing
 * user's browser can poll how far it has got.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: id(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    status: importJobStatusEnum().notNull().default("running"),
    total: integer().notNull().default(0),
    processed: integer().notNull().default(0),
    result: jsonb(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_jobs_user_idx").on(t.userId, t.createdAt)],
);

/**
 * One import that was carried out, by the idempotency key its review carried (a random id made
 * when the review was shown, sent with "Import"). The row is written first thing in the import's
 * own transaction: a second submit of the same review (a double click, a second tab, a retry after
 * a slow answer) waits on the first one's key, then finds it and gets the first result back with
 * nothing written; an import that fails rolls its key back with everything else, so fixing a row
 * and importing again works. `result` is set before the transaction commits, never seen empty.
 */
export const importSubmissions = pgTable(
  "import_submissions",
  {
    key: uuid().primaryKey(),
    /** What was imported: "report" (contacts from a report). */
    kind: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_submissions_user_idx").on(t.userId, t.createdAt)],
);
