import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.contactId] }),
    index("contact_list_members_contact_idx").on(t.contactId),
    index("contact_list_members_added_by_idx").on(t.addedById),
  ],
);
