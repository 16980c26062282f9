CREATE TABLE "dashboard_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "last_contacted_at" timestamp with time zone;
-- contacts_last_contacted_idx is created by 0014, after the backfill.
-- CREATE INDEX "contacts_last_contacted_idx" ON "contacts" USING btree ("last_contacted_at","parliamentary_body","country") WHERE "contacts"."merged_into_id" IS NULL AND "contacts"."last_contacted_at" IS NOT NULL;