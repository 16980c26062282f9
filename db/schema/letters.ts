// Sign-on letters: joint letters, written declarations and questions parliamentarians sign or submit.
import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { letterKinds, letterStatuses, signatoryStatuses } from "../enums";
import { campaigns } from "./campaigns";
import { cases } from "./cases";
import { editable, id } from "./columns";
import { contacts, parliamentaryBodyEnum } from "./contacts";
import { users } from "./users";

export const letterKindEnum = pgEnum("letter_kind", letterKinds);
export const letterStatusEnum = pgEnum("letter_status", letterStatuses);
export const signatoryStatusEnum = pgEnum("signatory_status", signatoryStatuses);

export const letters = pgTable(
  "letters",
  {
    id: id(),
    kind: letterKindEnum().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""), // markdown
    /** ISO 639-1 language of the text */
    language: text().notNull().default("en"),
    /** the personal message each parliamentarian is asked with; merge fields allowed */
    outreachTemplate: text().notNull().default(""),
    /** who it is addressed to in the end: "President Kassym-Jomart Tokayev" */
    addressee: text().notNull().default(""),
    parliamentaryBody: parliamentaryBodyEnum(),
    campaignId: uuid().references(() => campaigns.id, { onDelete: "set null" }),
    targetSignatures: integer(),
    /**
     * The published count when not every signatory is on file ("24 MEPs from 14 member states");
     * null → the tally of `letter_signatories` is the count.
     */
    reportedSignatures: integer(),
    status: letterStatusEnum().notNull().default("draft"),
    deadline: date(),
    dispatchedOn: date(),
    replyReceivedOn: date(),
    replyFrom: text(),
    replySummary: text(),
    referenceNumber: text(), // e.g. PACE "Doc. 14605", "Written Declaration No. 682"
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    searchText: text().notNull().default(""),
    ...editable,
  },
  (t) => [
    index("letters_status_idx").on(t.status),
    index("letters_updated_idx").on(t.updatedAt.desc(), t.id),
    index("letters_kind_idx").on(t.kind),
    index("letters_body_idx").on(t.parliamentaryBody),
    index("letters_deadline_idx").on(t.deadline),
    index("letters_dispatched_on_idx").on(t.dispatchedOn),
    index("letters_campaign_idx").on(t.campaignId),
    index("letters_owner_idx").on(t.ownerId),
    index("letters_created_by_idx").on(t.createdById),
    index("letters_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("letters_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

export const letterCases = pgTable(
  "letter_cases",
  {
    letterId: uuid()
      .notNull()
      .references(() => letters.id, { onDelete: "cascade" }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.caseId] }), index("letter_cases_case_idx").on(t.caseId)],
);

/**
 * One parliamentarian on one letter. Country and group are snapshots: the tally ("from 14 member
 * states") must not change when a member later switches group. A contact who signed cannot be
 * deleted (merge it instead).
 */
export const letterSignatories = pgTable(
  "letter_signatories",
  {
    id: id(),
    letterId: uuid()
      .notNull()
      .references(() => letters.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "restrict" }),
    status: signatoryStatusEnum().notNull().default("to_ask"),
    askedOn: date(),
    followedUpOn: date(),
    respondedOn: date(),
    signedOn: date(),
    countrySnapshot: text(),
    politicalGroupSnapshot: text(),
    note: text(),
    ...editable,
  },
  (t) => [
    uniqueIndex("letter_signatories_letter_contact_key").on(t.letterId, t.contactId),
    index("letter_signatories_letter_status_idx").on(t.letterId, t.status),
    index("letter_signatories_contact_idx").on(t.contactId),
  ],
);
