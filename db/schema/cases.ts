import { sql } from "drizzle-orm";
import { boolean, date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseStatuses } from "../enums";
import { campaigns } from "./campaigns";
import { createdAt, editable, id } from "./columns";
import { users } from "./users";

export const caseStatusEnum = pgEnum("case_status", caseStatuses);

/** A person at risk. `restricted` cases are visible to managers, admins and assigned users only. */
export const cases = pgTable(
  "cases",
  {
    id: id(),
    primaryName: text().notNull(),
    nameNative: text(),
    /** ISO 3166-1 alpha-2, upper case: the country where the person is at risk */
    country: text(),
    status: caseStatusEnum().notNull().default("at_risk"),
    restricted: boolean().notNull().default(false),
    charges: text(),
    summary: text().notNull().default(""),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** normalizeForSearch over the primary name, native name and every name variant */
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("cases_status_idx").on(t.status),
    index("cases_country_idx").on(t.country),
    index("cases_created_by_idx").on(t.createdById),
    index("cases_tags_idx").using("gin", t.tags),
    index("cases_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("cases_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

/** Other spellings and scripts of the name: Zhanara Akhmetova / Жанара Ахметова. */
export const caseNames = pgTable(
  "case_names",
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    name: text().notNull(),
    script: text().notNull().default("latin"), // latin | cyrillic | ...
    language: text(), // ISO 639-1: kk, ru, en, pl...
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [index("case_names_case_idx").on(t.caseId)],
);

/** Dated status changes; the current status is also kept on `cases.status`. */
export const caseStatusHistory = pgTable(
  "case_status_history",
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    status: caseStatusEnum().notNull(),
    changedOn: date().notNull(),
    note: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("case_status_history_case_idx").on(t.caseId, t.changedOn),
    index("case_status_history_created_by_idx").on(t.createdById),
  ],
);

/** Who may read a restricted case besides managers and admins. */
export const caseAssignments = pgTable(
  "case_assignments",
  {
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("case_assignments_user_idx").on(t.userId)],
);

export const caseCampaigns = pgTable(
  "case_campaigns",
  {
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.campaignId] }), index("case_campaigns_campaign_idx").on(t.campaignId)],
);
