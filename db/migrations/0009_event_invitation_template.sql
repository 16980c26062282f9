ALTER TABLE "events" ADD COLUMN "invitation_template" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "walk_in" boolean DEFAULT false NOT NULL;