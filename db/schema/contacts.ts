import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { contactKinds, institutionTypes, parliamentaryBodies } from "../enums";
import { createdAt, editable, id } from "./columns";
import { users } from "./users";

export const organizationKindEnum = pgEnum("organization_kind", institutionTypes);
export const contactKindEnum = pgEnum("contact_kind", contactKinds);
export const parliamentaryBodyEnum = pgEnum("parliamentary_body", parliamentaryBodies);

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    name: text().notNull(),
    nameNative: text(),
    acronym: text(),
    kind: organizationKindEnum().notNull().default("other"),
    country: text(), // ISO 3166-1 alpha-2; null for international bodies
    website: text(),
    postalAddress: text(),
    notes: text().notNull().default(""),
    searchText: text().notNull().default(""),
    source: text(),
    ...editable,
  },
  (t) => [
    index("organizations_kind_idx").on(t.kind),
    index("organizations_country_idx").on(t.country),
    index("organizations_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("organizations_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

/** A person or organization we write to, invite or work with. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    kind: contactKindEnum().notNull().default("person"),
    honorific: text(),
    firstName: text(),
    lastName: text(),
    /** What lists and letters show: "Antonio Tajani", "UN Working Group on Arbitrary Detention". */
    fullName: text().notNull(),
    nameNative: text(),
    title: text(), // job title
    department: text(),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    institutionType: organizationKindEnum(),
    country: text(),
    postalAddress: text(),
    webFormUrl: text(),
    salutation: text(),
    language: text(), // ISO 639-1 of correspondence
    parliamentaryBody: parliamentaryBodyEnum(),
    /** national delegation, ISO 3166-1 alpha-2 */
    delegation: text(),
    politicalGroup: text(),
    /**
     * The day the stored political group is known to hold from: the date of the newest roster that set
     * or confirmed it (lib/contacts/import-roster.ts), or the day it was changed by hand (a trigger in
     * db/sql/contacts.sql). A roster dated before it keeps the group (olderThanStored).
     */
    politicalGroupSince: date(),
    committees: text().array().notNull().default(sql`'{}'::text[]`),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    notes: text().notNull().default(""),
    doNotContact: boolean().notNull().default(false),
    doNotContactReason: text(),
    /** where the record came from: "report:dck-ban-2018", "import:csv", "roster:ep" */
    source: text(),
    sourceRef: text(),
    /** id in the body's own roster (e.g. the EP MEP id), unique per body */
    externalId: text(),
    /** set when this record was merged into another; merged records are hidden from lists */
    mergedIntoId: uuid().references((): AnyPgColumn => contacts.id, { onDelete: "set null" }),
    searchText: text().notNull().default(""),
    /**
     * The latest activity, appeal dispatch, invitation or letter ask/answer with this person; null if
     * none. Kept by triggers (db/sql/contacts.sql) in the transaction that records the interaction, so
     * "not contacted in N months" is one index range instead of four EXISTS per contact.
     */
    lastContactedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("contacts_organization_idx").on(t.organizationId),
    // Partial where most rows (and an import's rows) hold nothing: every filter that uses them
    // names a value, which implies the predicate (migration 0022).
    index("contacts_merged_into_idx").on(t.mergedIntoId).where(sql`${t.mergedIntoId} IS NOT NULL`),
    index("contacts_created_by_idx").on(t.createdById),
    index("contacts_kind_idx").on(t.kind).where(sql`${t.kind} <> 'person'`),
    index("contacts_institution_type_idx").on(t.institutionType).where(sql`${t.institutionType} IS NOT NULL`),
    // The list's sorts, alone and under its most used filters: (filter, sort key, id) lets the
    // first page come straight from the index at a million rows.
    index("contacts_country_idx").on(t.country, t.fullName, t.id),
    index("contacts_body_name_idx").on(t.parliamentaryBody, t.fullName, t.id).where(sql`${t.parliamentaryBody} IS NOT NULL`),
    index("contacts_full_name_idx").on(t.fullName, t.id),
    // The same name whatever its case, accents and spacing (nameKey in lib/contacts/write.ts): an
    // import finds the contacts it may update by name with one index lookup per name.
    index("contacts_name_key_idx")
      .on(sql`lower(immutable_unaccent(regexp_replace(btrim(${t.fullName}), '\\s+', ' ', 'g')))`)
      .where(sql`${t.mergedIntoId} IS NULL`),
    index("contacts_last_contacted_idx")
      .on(t.lastContactedAt, t.parliamentaryBody, t.country)
      .where(sql`${t.mergedIntoId} IS NULL AND ${t.lastContactedAt} IS NOT NULL`),
    index("contacts_updated_idx").on(t.updatedAt.desc(), t.id),
    index("contacts_group_idx").on(sql`lower(${t.politicalGroup})`),
    index("contacts_tags_idx").using("gin", t.tags),
    index("contacts_committees_idx").using("gin", t.committees),
    index("contacts_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    // The words, and the country beside them (btree_gin, migration 0027): a search within a country
    // meets the two in one scan, however few of a word's contacts live there.
    index("contacts_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`, t.country),
    // One search word by name (lib/contacts/queries.ts): the rows whose first word is a spelling
    // of it in name order, and the few with one among their other words.
    index("contacts_first_word_name_idx").on(sql`split_part(${t.searchText}, ' ', 1)`, t.fullName, t.id).where(sql`${t.mergedIntoId} IS NULL`),
    index("contacts_other_words_idx").using("gin", sql`((string_to_array(${t.searchText}, ' '))[2:])`),
    uniqueIndex("contacts_external_id_key")
      .on(t.parliamentaryBody, t.externalId)
      .where(sql`${t.externalId} is not null`),
  ],
);

export const contactEmails = pgTable(
  "contact_emails",
  {
    id: id(),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    email: text().notNull(),
    label: text(),
    isPrimary: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("contact_emails_contact_email_key").on(t.contactId, sql`lower(${t.email})`),
    // duplicate detection and "who has this address" across contacts
    index("contact_emails_email_idx").on(sql`lower(${t.email})`),
    uniqueIndex("contact_emails_one_primary_key").on(t.contactId).where(sql`${t.isPrimary}`),
  ],
);

export const contactPhones = pgTable(
  "contact_phones",
  {
    id: id(),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    /** As the user wrote it: "8 (7172) 71-71-71", "+32(0)2 28 45503", "… ext. 123". */
    phone: text().notNull(),
    /**
     * The same number in E.164 ("+77172717171"), for matching, duplicates and tel: links; null when
     * it cannot be read as one valid number. Always phoneColumns(phone, contact's country)
     * (lib/contacts/phones.ts); `npm run db:phones` checks and backfills it.
     */
    phoneE164: text("phone_e164"),
    label: text(),
    isPrimary: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("contact_phones_contact_idx").on(t.contactId),
    uniqueIndex("contact_phones_one_primary_key").on(t.contactId).where(sql`${t.isPrimary}`),
  ],
);

/**
 * One roster import carried out (lib/contacts/import-roster.ts), written in its transaction: the
 * newest `asOf` of a body is "the list imported last", which an older file must not undo (nobody
 * is marked as left by it). The audit entry of the import says the same for people; this is for
 * the import to read with the importing user's rights.
 */
export const rosterImports = pgTable(
  "roster_imports",
  {
    id: id(),
    body: parliamentaryBodyEnum().notNull(),
    /** the roster's date */
    asOf: date().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("roster_imports_body_idx").on(t.body, t.asOf)],
);
