// Outgoing appeals: letters of concern, urgent appeals, statements the foundation sends about cases.
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { appealReviewDecisions, appealStatuses, appealTypes, dispatchChannels } from "../enums";
import { campaigns } from "./campaigns";
import { cases } from "./cases";
import { createdAt, editable, id } from "./columns";
import { contacts } from "./contacts";
import { users } from "./users";

export const appealTypeEnum = pgEnum("appeal_type", appealTypes);
export const appealStatusEnum = pgEnum("appeal_status", appealStatuses);
export const appealReviewDecisionEnum = pgEnum("appeal_review_decision", appealReviewDecisions);
/** How something went out: appeal dispatches and event invitations. */
export const dispatchChannelEnum = pgEnum("dispatch_channel", dispatchChannels);

export const appeals = pgTable(
  "appeals",
  {
    id: id(),
    type: appealTypeEnum().notNull(),
    title: text().notNull(),
    subject: text().notNull().default(""),
    language: text().notNull().default("en"),
    bodyMarkdown: text().notNull().default(""),
    status: appealStatusEnum().notNull().default("draft"),
    campaignId: uuid().references(() => campaigns.id, { onDelete: "set null" }),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    approvedById: uuid().references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("appeals_status_idx").on(t.status),
    // The list's default order, alone and under a status tab: page one straight from the index.
    index("appeals_updated_idx").on(t.updatedAt.desc(), t.id),
    // The dashboard's date range: appeals drafted in a period.
    index("appeals_created_at_idx").on(t.createdAt),
    index("appeals_status_updated_idx").on(t.status, t.updatedAt.desc(), t.id),
    index("appeals_type_idx").on(t.type),
    index("appeals_campaign_idx").on(t.campaignId),
    index("appeals_owner_idx").on(t.ownerId),
    index("appeals_approved_by_idx").on(t.approvedById),
    index("appeals_created_by_idx").on(t.createdById),
    index("appeals_sent_at_idx").on(t.sentAt),
    index("appeals_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("appeals_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

/** The cases an appeal is about. A case with appeals cannot be deleted: the correspondence is history. */
export const appealCases = pgTable(
  "appeal_cases",
  {
    appealId: uuid()
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.appealId, t.caseId] }), index("appeal_cases_case_idx").on(t.caseId)],
);

/** Approve / return decisions; the reviewer cannot be deleted while their decisions exist. */
export const appealReviews = pgTable(
  "appeal_reviews",
  {
    id: id(),
    appealId: uuid()
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    decision: appealReviewDecisionEnum().notNull(),
    comment: text(),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("appeal_reviews_appeal_idx").on(t.appealId, t.createdAt),
    index("appeal_reviews_reviewer_idx").on(t.reviewerId),
  ],
);

/** Every saved body of an appeal, so a review can compare what changed. */
export const appealBodyVersions = pgTable(
  "appeal_body_versions",
  {
    id: id(),
    appealId: uuid()
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    versionNo: integer().notNull(),
    subject: text().notNull().default(""),
    bodyMarkdown: text().notNull().default(""),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("appeal_body_versions_appeal_version_key").on(t.appealId, t.versionNo),
    index("appeal_body_versions_author_idx").on(t.authorId),
  ],
);

/**
 * A recipient of an appeal with a snapshot of how they were addressed at the time: later edits
 * of the contact (or its deletion) do not rewrite what was sent.
 */
export const appealRecipients = pgTable(
  "appeal_recipients",
  {
    id: id(),
    appealId: uuid()
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    name: text().notNull(),
    title: text(),
    organization: text(),
    postalAddress: text(),
    email: text(),
    salutation: text(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("appeal_recipients_appeal_contact_key").on(t.appealId, t.contactId),
    index("appeal_recipients_contact_idx").on(t.contactId),
  ],
);

export const appealDispatches = pgTable(
  "appeal_dispatches",
  {
    id: id(),
    recipientId: uuid()
      .notNull()
      .references(() => appealRecipients.id, { onDelete: "cascade" }),
    sentOn: timestamp({ withTimezone: true }).notNull(),
    channel: dispatchChannelEnum().notNull(),
    messageId: text(),
    /** set when the dispatch failed (bounce, undeliverable post) */
    error: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("appeal_dispatches_recipient_idx").on(t.recipientId),
    index("appeal_dispatches_created_by_idx").on(t.createdById),
    index("appeal_dispatches_sent_on_idx").on(t.sentOn),
  ],
);

export const appealReplies = pgTable(
  "appeal_replies",
  {
    id: id(),
    appealId: uuid()
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    recipientId: uuid().references(() => appealRecipients.id, { onDelete: "set null" }),
    receivedOn: date().notNull(),
    fromName: text().notNull(),
    summary: text().notNull().default(""),
    bodyText: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("appeal_replies_appeal_idx").on(t.appealId, t.receivedOn),
    index("appeal_replies_recipient_idx").on(t.recipientId),
    index("appeal_replies_created_by_idx").on(t.createdById),
  ],
);
