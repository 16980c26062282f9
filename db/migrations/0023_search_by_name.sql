-- Contact searches and lists in name order at a million contacts (issue 17, item 5).
--
-- A list's members searched and paged from contact_list_members alone: each membership carries
-- its contact's full name, search text and whether it was merged, copied by the triggers of
-- db/sql/lists.sql, with a name index per list and a word index like the contacts' own. Found
-- from the contacts' side, a list of 5,000 among 200,000 contacts cost a lookup per contact walked
-- in name order or per member checked (130-330 ms a page).
ALTER TABLE "contact_list_members" ADD COLUMN "full_name" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD COLUMN "merged" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "contact_list_members" m
   SET "full_name" = c."full_name", "search_text" = c."search_text", "merged" = c."merged_into_id" IS NOT NULL
  FROM "contacts" c
 WHERE c."id" = m."contact_id";
--> statement-breakpoint
CREATE INDEX "contact_list_members_name_idx" ON "contact_list_members" USING btree ("list_id", "full_name", "contact_id");
--> statement-breakpoint
CREATE INDEX "contact_list_members_search_words_idx" ON "contact_list_members" USING gin (string_to_array("search_text", ' '));
--> statement-breakpoint
-- One search word sorted by name: the contacts whose first word is one of its spellings come in
-- name order from the first index, the few with one among their other words from the second
-- (a common first name such as "maria" otherwise costs a lookup per match, 3,300 at 200k).
CREATE INDEX "contacts_first_word_name_idx" ON "contacts" USING btree (split_part("search_text", ' ', 1), "full_name", "id") WHERE "merged_into_id" IS NULL;
--> statement-breakpoint
CREATE INDEX "contacts_other_words_idx" ON "contacts" USING gin (((string_to_array("search_text", ' '))[2:]));
