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
