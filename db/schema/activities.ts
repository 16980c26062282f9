// Anything else done with a contact (meeting, call, e-mail, note), shown on the contact's timeline.
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { activityKinds } from "../enums";
import { campaigns } from "./campaigns";
import { cases } from "./cases";
import { editable, id } from "./columns";
import { contacts } from "./contacts";
import { users } from "./users";

export const activityKindEnum = pgEnum("activity_kind", activityKinds);

export const activities = pgTable(
  "activities",
  {
    id: id(),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    kind: activityKindEnum().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    subject: text().notNull(),
    body: text().notNull().default(""),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    campaignId: uuid().references(() => campaigns.id, { onDelete: "set null" }),
    caseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [
    index("activities_contact_occurred_idx").on(t.contactId, t.occurredAt),
    index("activities_author_idx").on(t.authorId),
    index("activities_campaign_idx").on(t.campaignId),
    index("activities_case_idx").on(t.caseId),
  ],
);
