-- Imports submitted twice land once: the idempotency key of each carried-out import (import_submissions,
-- see db/schema/imports.ts). And contacts found by name whatever its case, accents and spacing (nameKey in
-- lib/contacts/write.ts), for the report import's "update the existing contact" default.
CREATE TABLE "import_submissions" (
	"key" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_submissions" ADD CONSTRAINT "import_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_submissions_user_idx" ON "import_submissions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "contacts_name_key_idx" ON "contacts" USING btree (lower(immutable_unaccent(regexp_replace(btrim("full_name"), '\s+', ' ', 'g')))) WHERE "contacts"."merged_into_id" IS NULL;