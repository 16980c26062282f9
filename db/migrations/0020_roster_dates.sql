-- How old a stored political group is, and the newest roster of each body, as data of their own
-- (contacts.political_group_since, roster_imports) rather than read from the audit log, which only
-- admins may read (0017): roster imports read them with the importing user's rights. Both are
-- backfilled from the audit log the way lib/contacts/import-roster-dates.ts computed them: a
-- roster's date is its asOf (or the day it was imported, before rosters had one); a contact's
-- since-date is the latest of the rosters of its body that listed it and of the days its group was
-- changed by hand. The trigger that keeps the since-date on hand edits is in db/sql/contacts.sql.
CREATE TABLE "roster_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body" "parliamentary_body" NOT NULL,
	"as_of" date NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "political_group_since" date;--> statement-breakpoint
ALTER TABLE "roster_imports" ADD CONSTRAINT "roster_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_imports_body_idx" ON "roster_imports" USING btree ("body","as_of");--> statement-breakpoint
INSERT INTO "roster_imports" ("body", "as_of", "imported_at", "user_id")
SELECT (a.changes->'body'->>'after')::parliamentary_body,
       coalesce(a.changes->'asOf'->>'after', to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))::date,
       a.at,
       (SELECT u.id FROM users u WHERE u.id = a.actor_id)
  FROM audit_entries a
 WHERE a.entity = 'roster' AND a.changes->'body'->>'after' IN ('european_parliament', 'pace', 'osce_pa');--> statement-breakpoint
UPDATE "contacts" c SET "political_group_since" = d.since
  FROM (
    SELECT s.id, max(s.since)::date AS since FROM (
      SELECT x.id, a.changes->'body'->>'after' AS body,
             coalesce(a.changes->'asOf'->>'after', to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS since
        FROM audit_entries a,
             jsonb_array_elements_text(
               (CASE WHEN jsonb_typeof(a.changes->'listedIds'->'after') = 'array' THEN a.changes->'listedIds'->'after' ELSE '[]'::jsonb END)
               || (CASE WHEN jsonb_typeof(a.changes->'created'->'after') = 'array' THEN a.changes->'created'->'after' ELSE '[]'::jsonb END)
               || (CASE WHEN jsonb_typeof(a.changes->'updated'->'after') = 'array' THEN a.changes->'updated'->'after' ELSE '[]'::jsonb END)
             ) AS x(id)
       WHERE a.entity = 'roster'
      UNION ALL
      SELECT a.entity_id, NULL, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        FROM audit_entries a
       WHERE a.entity = 'contact' AND (a.changes->'politicalGroup') IS NOT NULL
    ) s
    JOIN contacts k ON k.id::text = s.id
   WHERE s.body IS NULL OR s.body = k.parliamentary_body::text
   GROUP BY s.id
  ) d
 WHERE c.id::text = d.id;