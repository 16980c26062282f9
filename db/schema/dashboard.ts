import { bigint, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters that say when a derived figure must be recomputed. `engagement` is raised by deferred
 * triggers (migration 0014) at the commit of any transaction that changes what "most engaged
 * contacts" counts: dispatches, signatures, attendance, and the appeals, letters, events, cases
 * and contacts they hang on.
 */
export const dashboardVersions = pgTable("dashboard_versions", {
  name: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * Computed dashboard figures by filter and visibility, valid while their `version` equals the
 * counter's: a figure is never served from data older than the last committed change.
 */
export const dashboardCache = pgTable("dashboard_cache", {
  key: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  value: jsonb().notNull(),
});
