DROP INDEX "contacts_country_idx";--> statement-breakpoint
DROP INDEX "contacts_full_name_idx";--> statement-breakpoint
CREATE INDEX "contacts_body_name_idx" ON "contacts" USING btree ("parliamentary_body","full_name","id");--> statement-breakpoint
CREATE INDEX "contacts_updated_idx" ON "contacts" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "contacts_group_idx" ON "contacts" USING btree (lower("political_group"));--> statement-breakpoint
CREATE INDEX "contacts_committees_idx" ON "contacts" USING gin ("committees");--> statement-breakpoint
CREATE INDEX "contacts_country_idx" ON "contacts" USING btree ("country","full_name","id");--> statement-breakpoint
CREATE INDEX "contacts_full_name_idx" ON "contacts" USING btree ("full_name","id");