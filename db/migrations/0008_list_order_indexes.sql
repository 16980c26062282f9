CREATE INDEX "appeals_updated_idx" ON "appeals" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "appeals_status_updated_idx" ON "appeals" USING btree ("status","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "letters_updated_idx" ON "letters" USING btree ("updated_at" DESC NULLS LAST,"id");