import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editable, id } from "./columns";
import { contacts } from "./contacts";
import { users } from "./users";

/** A named set of contacts, often "the addressees at the end of report X". */
export const contactLists = pgTable(
  "contact_lists",
  {
    id: id(),
    name: text().notNull(),
    description: text().notNull().default(""),
    source: text(),
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("contact_lists_created_by_idx").on(t.createdById),
    index("contact_lists_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("contact_lists_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

export const contactListMembers = pgTable(
  "contact_list_members",
  {
    listId: uuid()
      .notNull()
      .references(() => contactLists.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    addedById: uuid().references(() => users.id, { onDelete: "set null" }),
    // The member's contact's full name, search text and whether it was merged, copied by triggers
    // (db/sql/lists.sql; never written by the app): the contacts page searches and pages a list's
    // members from this table alone (lib/contacts/queries.ts), without a lookup per member.
    fullName: text().notNull().default(""),
    searchText: text().notNull().default(""),
    merged: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.contactId] }),
    index("contact_list_members_contact_idx").on(t.contactId),
    index("contact_list_members_added_by_idx").on(t.addedById),
    index("contact_list_members_name_idx").on(t.listId, t.fullName, t.contactId),
    index("contact_list_members_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);
