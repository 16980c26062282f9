-- "Most engaged" after a change without a recompute (issue 17, item 4): each engagement_months row
-- records the transaction that last changed it (`changed`, set by the triggers of
-- db/sql/engagement.sql, also when a change moves an interaction within a month or renames the
-- contact, which the dashboard's edge days and name order depend on). A cached figure keeps the
-- snapshot it was computed from; after a change the dashboard rescores only the contacts whose
-- rows changed since that snapshot, and those it had ranked (lib/dashboard/engagement.ts). Rows
-- never changed since this migration hold NULL: no snapshot taken after it misses them.
ALTER TABLE "engagement_months" ADD COLUMN "changed" xid8;
--> statement-breakpoint
CREATE INDEX "engagement_months_changed_idx" ON "engagement_months" ("changed") INCLUDE ("contact_id") WHERE "changed" IS NOT NULL;
