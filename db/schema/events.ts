// Events (side-events, hearings, missions...), their people, logistics and invitations.
import { sql } from "drizzle-orm";
import {
  boolean,
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
import { attendances, eventForums, eventKinds, eventRoles, eventStatuses, eventTaskCategories, invitationAnswers } from "../enums";
import { dispatchChannelEnum } from "./appeals";
import { campaigns } from "./campaigns";
import { cases } from "./cases";
import { editable, id } from "./columns";
import { contacts, organizations } from "./contacts";
import { users } from "./users";

export const eventKindEnum = pgEnum("event_kind", eventKinds);
export const eventForumEnum = pgEnum("event_forum", eventForums);
export const eventStatusEnum = pgEnum("event_status", eventStatuses);
export const eventRoleEnum = pgEnum("event_role", eventRoles);
export const eventTaskCategoryEnum = pgEnum("event_task_category", eventTaskCategories);
export const invitationAnswerEnum = pgEnum("invitation_answer", invitationAnswers);
export const attendanceEnum = pgEnum("attendance", attendances);

export const events = pgTable(
  "events",
  {
    id: id(),
    kind: eventKindEnum().notNull(),
    forum: eventForumEnum().notNull().default("other"),
    title: text().notNull(),
    description: text().notNull().default(""),
    /** instants; shown in `timeZone`, the venue's IANA zone. Null while the date is not fixed. */
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    /** the day is known but not the hours: show the date only */
    allDay: boolean().notNull().default(false),
    timeZone: text().notNull().default("Europe/Brussels"),
    venue: text(),
    room: text(),
    city: text(),
    country: text(),
    onlineUrl: text(),
    capacity: integer(),
    coordinatorId: uuid().references(() => users.id, { onDelete: "set null" }),
    moderatorContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    campaignId: uuid().references(() => campaigns.id, { onDelete: "set null" }),
    status: eventStatusEnum().notNull().default("idea"),
    report: text(),
    /** the invitation's wording with merge fields; each guest's text is generated from it */
    invitationTemplate: text().notNull().default(""),
    searchText: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("events_starts_at_idx").on(t.startsAt),
    // When an event is over: "upcoming", "past" and the calendar's month bound both ends.
    index("events_last_moment_idx").on(sql`coalesce(${t.endsAt}, ${t.startsAt})`),
    index("events_status_idx").on(t.status),
    index("events_kind_idx").on(t.kind),
    index("events_forum_idx").on(t.forum),
    index("events_country_idx").on(t.country),
    index("events_coordinator_idx").on(t.coordinatorId),
    index("events_moderator_idx").on(t.moderatorContactId),
    index("events_campaign_idx").on(t.campaignId),
    index("events_created_by_idx").on(t.createdById),
    index("events_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("events_search_words_idx").using("gin", sql`string_to_array(${t.searchText}, ' ')`),
  ],
);

/** Co-hosts, speakers, moderators. Who spoke where is history: such a contact is merged, not deleted. */
export const eventParticipants = pgTable(
  "event_participants",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "restrict" }),
    role: eventRoleEnum().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.contactId, t.role] }),
    index("event_participants_contact_idx").on(t.contactId),
  ],
);

export const eventPartners = pgTable(
  "event_partners",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId] }),
    index("event_partners_organization_idx").on(t.organizationId),
  ],
);

export const eventCases = pgTable(
  "event_cases",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.caseId] }), index("event_cases_case_idx").on(t.caseId)],
);

export const eventTasks = pgTable(
  "event_tasks",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text().notNull(),
    category: eventTaskCategoryEnum().notNull().default("other"),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    dueOn: date(),
    doneAt: timestamp({ withTimezone: true }),
    notes: text(),
    ...editable,
  },
  (t) => [
    index("event_tasks_event_idx").on(t.eventId),
    // "my open tasks by due date"
    index("event_tasks_owner_due_idx").on(t.ownerId, t.dueOn),
  ],
);

/** An event × contact. The guest answers through a private link; only its sha-256 is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    channel: dispatchChannelEnum(),
    sentAt: timestamp({ withTimezone: true }),
    messageText: text(),
    answer: invitationAnswerEnum().notNull().default("pending"),
    answeredAt: timestamp({ withTimezone: true }),
    answerNote: text(),
    attendance: attendanceEnum().notNull().default("unknown"),
    checkedInAt: timestamp({ withTimezone: true }),
    /** added at the door on the day, not invited beforehand */
    walkIn: boolean().notNull().default(false),
    rsvpTokenHash: text(),
    rsvpTokenCreatedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    uniqueIndex("invitations_event_contact_key").on(t.eventId, t.contactId),
    uniqueIndex("invitations_rsvp_token_hash_key").on(t.rsvpTokenHash),
    index("invitations_event_answer_idx").on(t.eventId, t.answer),
    index("invitations_contact_idx").on(t.contactId),
    index("invitations_created_by_idx").on(t.createdById),
  ],
);
