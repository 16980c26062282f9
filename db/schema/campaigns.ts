import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { campaignGoalMetrics, campaignStatuses } from "../enums";
import { editable, id } from "./columns";
import { users } from "./users";

export const campaignStatusEnum = pgEnum("campaign_status", campaignStatuses);
export const campaignGoalMetricEnum = pgEnum("campaign_goal_metric", campaignGoalMetrics);

export const campaigns = pgTable(
  "campaigns",
  {
    id: id(),
    name: text().notNull(),
    summary: text().notNull().default(""),
    description: text().notNull().default(""),
    status: campaignStatusEnum().notNull().default("planned"),
    startsOn: date(),
    endsOn: date(),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Status before archiving, restored by "unarchive". */
    statusBeforeArchive: campaignStatusEnum(),
    archivedAt: timestamp({ withTimezone: true }),
    /** Normalized (lower-case, unaccented, transliterated) text for trigram search; set on write. */
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("campaigns_status_idx").on(t.status),
    index("campaigns_owner_idx").on(t.ownerId),
    index("campaigns_created_by_idx").on(t.createdById),
    index("campaigns_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("campaigns_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

export const campaignGoals = pgTable(
  "campaign_goals",
  {
    id: id(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    metric: campaignGoalMetricEnum().notNull(),
    label: text().notNull(),
    target: integer().notNull(),
    dueOn: date(),
    ...editable,
  },
  (t) => [index("campaign_goals_campaign_idx").on(t.campaignId)],
);

export const campaignMembers = pgTable(
  "campaign_members",
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text().notNull().default("member"),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] }), index("campaign_members_user_idx").on(t.userId)],
);
