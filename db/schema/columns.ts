// Column groups shared by every editable table.
import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().primaryKey().defaultRandom();

/**
 * created_at / updated_at / version: `version` is the optimistic-lock counter every edit checks
 * (`lockVersioned`) and bumps (`bump`), both in db/versioned.ts.
 */
export const editable = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: integer().notNull().default(1),
};

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
