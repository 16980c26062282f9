import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { appealStatusEnum, appeals } from "./appeals";
import { parliamentaryBodyEnum } from "./contacts";
import { events } from "./events";

/**
 * Counters that say when a derived figure must be recomputed. `engagement` is raised by deferred
 * triggers (db/sql/dashboard.sql) at the commit of any transaction that changes what "most
 * engaged contacts" counts: dispatches, signatures, attendance, and the columns of the appeals,
 * letters, events, cases and contacts it reads (campaign, dates, restriction, name, body, country).
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

/*
 * The summary tables below are kept by triggers in the transaction of every change they depend on
 * (db/sql/appeals.sql, db/sql/dashboard.sql), so the dashboard reads them instead of aggregating
 * millions of rows, and they are never behind. lib/dashboard/rollups.test.ts rebuilds each from scratch and compares.
 */

/**
 * One narrow row per appeal with what the dashboard filters on and measures: the appeals figures
 * scan this instead of the wide appeals table and its joins to cases, recipients and replies.
 */
export const appealFacts = pgTable(
  "appeal_facts",
  {
    /** the appeal's id, so `appealVisibleTo(user, alias)` applies to this table as it is */
    id: uuid()
      .primaryKey()
      .references(() => appeals.id, { onDelete: "cascade" }),
    status: appealStatusEnum().notNull(),
    campaignId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    /** in review since: submitted_at, else updated_at */
    waitingSince: timestamp({ withTimezone: true }).notNull(),
    /** the first reply's day */
    firstReplyOn: date(),
    /** the countries of the cases it is about, sorted, distinct */
    caseCountries: text().array().notNull().default(sql`'{}'::text[]`),
    /** about at least one restricted case: only then does visibility need checking per user */
    aboutRestricted: boolean().notNull().default(false),
    /** the parliamentary bodies of its recipients today, sorted, distinct */
    recipientBodies: parliamentaryBodyEnum().array().notNull().default(sql`'{}'::parliamentary_body[]`),
  },
  (t) => [
    index("appeal_facts_created_idx").on(t.createdAt),
    index("appeal_facts_sent_idx").on(t.sentAt),
    index("appeal_facts_in_review_idx").on(t.waitingSince).where(sql`${t.status} = 'in_review'`),
  ],
);

/** Each event's invitation funnel: invited, answered (not pending), accepted, accepted and attended. */
export const eventFunnel = pgTable("event_funnel", {
  eventId: uuid()
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  invited: integer().notNull().default(0),
  answered: integer().notNull().default(0),
  accepted: integer().notNull().default(0),
  attended: integer().notNull().default(0),
});

/**
 * How many parliamentarians (not merged) were last contacted on each day, by body and country
 * ('' for none): "not contacted since D" is a sum over the days before D.
 */
export const lastContactDays = pgTable(
  "last_contact_days",
  {
    parliamentaryBody: parliamentaryBodyEnum().notNull(),
    country: text().notNull(),
    day: date().notNull(),
    contacts: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.parliamentaryBody, t.country, t.day] }), index("last_contact_days_day_idx").on(t.day)],
);

/**
 * The same counts per month of the last contact (migration 0026), and per body for every country
 * together under country '*': "not contacted since D" sums the whole months before D's here and
 * only the days of D's own month in last_contact_days.
 */
export const lastContactMonths = pgTable(
  "last_contact_months",
  {
    parliamentaryBody: parliamentaryBodyEnum().notNull(),
    country: text().notNull(),
    month: date().notNull(),
    contacts: integer().notNull(),
  },
  (t) => [primaryKey({ name: "last_contact_months_pk", columns: [t.country, t.parliamentaryBody, t.month] })],
);
