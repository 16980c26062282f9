// Incoming appeals: requests for help received from people at risk, triaged into cases.
import { sql } from "drizzle-orm";
import { date, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { incomingChannels, incomingStatuses } from "../enums";
import { cases } from "./cases";
import { editable, id } from "./columns";
import { contacts } from "./contacts";
import { users } from "./users";

export const incomingChannelEnum = pgEnum("incoming_channel", incomingChannels);
export const incomingStatusEnum = pgEnum("incoming_status", incomingStatuses);

export const incomingAppeals = pgTable(
  "incoming_appeals",
  {
    id: id(),
    senderContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    /** as the sender signed; kept even if the contact is deleted */
    senderName: text().notNull(),
    receivedOn: date().notNull(),
    channel: incomingChannelEnum().notNull(),
    language: text(),
    /** the appeal as received, never edited */
    originalText: text().notNull(),
    requestSummary: text().notNull().default(""),
    status: incomingStatusEnum().notNull().default("new"),
    assignedToId: uuid().references(() => users.id, { onDelete: "set null" }),
    dueOn: date(),
    /** the case it was accepted as */
    caseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    referredTo: text(),
    declineReason: text(),
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("incoming_appeals_status_idx").on(t.status),
    index("incoming_appeals_received_on_idx").on(t.receivedOn),
    index("incoming_appeals_due_on_idx").on(t.dueOn),
    index("incoming_appeals_sender_idx").on(t.senderContactId),
    index("incoming_appeals_assigned_to_idx").on(t.assignedToId),
    index("incoming_appeals_case_idx").on(t.caseId),
    index("incoming_appeals_created_by_idx").on(t.createdById),
    index("incoming_appeals_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("incoming_appeals_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);
