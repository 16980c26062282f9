CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_prefix_idx" ON "search_terms" USING btree ("term" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "campaigns_search_words_idx" ON "campaigns" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "cases_search_words_idx" ON "cases" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "contacts_search_words_idx" ON "contacts" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "organizations_search_words_idx" ON "organizations" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "contact_lists_search_words_idx" ON "contact_lists" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "appeals_search_words_idx" ON "appeals" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "incoming_appeals_search_words_idx" ON "incoming_appeals" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "letters_search_words_idx" ON "letters" USING gin (string_to_array("search_text", ' '));--> statement-breakpoint
CREATE INDEX "events_search_words_idx" ON "events" USING gin (string_to_array("search_text", ' '));