import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Who changed what, when, before and after. Written in the same transaction as the change.
 * A trigger (db/sql/audit.sql) refuses UPDATE and DELETE on this table, so there is
 * deliberately no foreign key to users: rows outlive anything they mention.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorEmail: text(),
    action: text().notNull(), // create | update | archive | delete | sign_in | ...
    entity: text().notNull(), // table-like name: campaign, user, case...
    entityId: text(),
    summary: text(),
    /** { field: { before, after } } for the fields that changed */
    changes: jsonb().$type<Record<string, { before: unknown; after: unknown }>>(),
  },
  (t) => [
    index("audit_entries_at_idx").on(t.at),
    index("audit_entries_actor_idx").on(t.actorId, t.at),
    index("audit_entries_entity_idx").on(t.entity, t.entityId),
  ],
);
