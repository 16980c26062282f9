-- "Most engaged" and the appeals figures at a million contacts (issue 17, item 4): summary tables
-- kept by statement-level triggers in the transaction of every change, like those of 0015, so no
-- change ever costs a full recompute and no view aggregates millions of rows.
--
-- engagement_months: per contact, month (UTC), campaign, the dispatches that went out, letters
-- signed and events attended, with the contact's body, country and whether it is not merged (the
-- dashboard's filters, kept as the contact changes). What comes from an appeal, letter or event about a restricted case
-- is kept apart, under that record's id (appeal_id / letter_id / event_id, else NULL), and hidden
-- by the restricted-case policy like the record itself (0017): a user is only ever counted what
-- they may see. engagement_body_months: the same per parliamentary body and country of the
-- (unmerged) contacts, for "most engaged bodies". engagement_totals: per contact, everything ever
-- counted from unrestricted records, the bound that lets the dashboard rank contacts without
-- summing every contact's months (lib/dashboard/engagement.ts). appeal_months: appeal_facts by
-- month as counts and per-day histograms (created by status; sent, with the days draft → sent;
-- answered, with the days sent → first reply), for the appeals figures over any range.
--
-- The triggers and functions are in db/sql/engagement.sql and db/sql/appeals.sql; this migration
-- creates the tables and fills them. lib/dashboard/rollup-check.ts rebuilds each from scratch.
CREATE TYPE "engagement_delta" AS (contact_id uuid, month date, campaign_id uuid, appeal_id uuid, letter_id uuid, event_id uuid,
                                   dispatches integer, signatures integer, attendances integer);
--> statement-breakpoint
CREATE TYPE "engagement_body_delta" AS (parliamentary_body parliamentary_body, country text, month date, campaign_id uuid,
                                        appeal_id uuid, letter_id uuid, event_id uuid, dispatches integer, signatures integer, attendances integer);
--> statement-breakpoint
CREATE TYPE "appeal_month_delta" AS (measure text, month date, status appeal_status, days integer, campaign_id uuid,
                                     case_countries text[], recipient_bodies parliamentary_body[], appeal_id uuid, appeals integer);
--> statement-breakpoint
CREATE TABLE "engagement_months" (
	"contact_id" uuid NOT NULL REFERENCES "contacts"("id") ON DELETE cascade,
	"month" date NOT NULL,
	"campaign_id" uuid,
	"appeal_id" uuid,
	"letter_id" uuid,
	"event_id" uuid,
	"dispatches" integer DEFAULT 0 NOT NULL,
	"signatures" integer DEFAULT 0 NOT NULL,
	"attendances" integer DEFAULT 0 NOT NULL,
	"parliamentary_body" "parliamentary_body",
	"country" text NOT NULL,
	"active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_body_months" (
	"parliamentary_body" "parliamentary_body" NOT NULL,
	"country" text NOT NULL,
	"month" date NOT NULL,
	"campaign_id" uuid,
	"appeal_id" uuid,
	"letter_id" uuid,
	"event_id" uuid,
	"dispatches" integer DEFAULT 0 NOT NULL,
	"signatures" integer DEFAULT 0 NOT NULL,
	"attendances" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_totals" (
	"contact_id" uuid PRIMARY KEY NOT NULL REFERENCES "contacts"("id") ON DELETE cascade,
	"total" integer NOT NULL,
	"parliamentary_body" "parliamentary_body",
	"country" text NOT NULL,
	"active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_months" (
	"measure" text NOT NULL CHECK ("measure" IN ('created', 'sent', 'answered')),
	"month" date NOT NULL,
	"status" "appeal_status",
	"days" integer,
	"campaign_id" uuid,
	"case_countries" text[] NOT NULL,
	"recipient_bodies" "parliamentary_body"[] NOT NULL,
	"appeal_id" uuid,
	"appeals" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_months_key" ON "engagement_months" ("contact_id", "month", "campaign_id", "appeal_id", "letter_id", "event_id") NULLS NOT DISTINCT;
--> statement-breakpoint
-- A range's rows of unrestricted records and unmerged contacts, read from the index alone: all
-- contacts, of a country, of a body. Restricted records' rows (few) by engagement_months_restricted_idx.
CREATE INDEX "engagement_months_month_idx" ON "engagement_months" ("month") INCLUDE ("contact_id", "dispatches", "signatures", "attendances")
  WHERE "active" AND "appeal_id" IS NULL AND "letter_id" IS NULL AND "event_id" IS NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_country_idx" ON "engagement_months" ("country", "month") INCLUDE ("contact_id", "dispatches", "signatures", "attendances")
  WHERE "active" AND "appeal_id" IS NULL AND "letter_id" IS NULL AND "event_id" IS NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_body_idx" ON "engagement_months" ("parliamentary_body", "month") INCLUDE ("contact_id", "dispatches", "signatures", "attendances")
  WHERE "active" AND "appeal_id" IS NULL AND "letter_id" IS NULL AND "event_id" IS NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_campaign_idx" ON "engagement_months" ("campaign_id", "month") WHERE "campaign_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_restricted_idx" ON "engagement_months" ("month")
  WHERE "appeal_id" IS NOT NULL OR "letter_id" IS NOT NULL OR "event_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_appeal_idx" ON "engagement_months" ("appeal_id") WHERE "appeal_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_letter_idx" ON "engagement_months" ("letter_id") WHERE "letter_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "engagement_months_event_idx" ON "engagement_months" ("event_id") WHERE "event_id" IS NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_body_months_key" ON "engagement_body_months"
  ("month", "parliamentary_body", "country", "campaign_id", "appeal_id", "letter_id", "event_id") NULLS NOT DISTINCT;
--> statement-breakpoint
CREATE INDEX "engagement_totals_total_idx" ON "engagement_totals" ("total" DESC) WHERE "active";
--> statement-breakpoint
CREATE INDEX "engagement_totals_country_idx" ON "engagement_totals" ("country", "total" DESC) WHERE "active";
--> statement-breakpoint
CREATE INDEX "engagement_totals_body_idx" ON "engagement_totals" ("parliamentary_body", "total" DESC) WHERE "active";
--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_months_key" ON "appeal_months"
  ("month", "measure", "status", "days", "campaign_id", "case_countries", "recipient_bodies", "appeal_id") NULLS NOT DISTINCT;
--> statement-breakpoint
-- Signatures by the day signed, for the few days at the edges of a range that whole months do not cover.
CREATE INDEX IF NOT EXISTS "letter_signatories_signed_on_idx" ON "letter_signatories" ("signed_on") WHERE "status" = 'signed';
--> statement-breakpoint
-- The same restricted-case rule as the records they count (0017): rows from a record about a case
-- the user may not see are not theirs to read.
DO $$
DECLARE
  spec text[];
  specs text[][] := ARRAY[
    ['engagement_months', '(appeal_id IS NULL OR appeal_id NOT IN (SELECT app_hidden_appeals())) AND (letter_id IS NULL OR letter_id NOT IN (SELECT app_hidden_letters())) AND (event_id IS NULL OR event_id NOT IN (SELECT app_hidden_events()))'],
    ['engagement_body_months', '(appeal_id IS NULL OR appeal_id NOT IN (SELECT app_hidden_appeals())) AND (letter_id IS NULL OR letter_id NOT IN (SELECT app_hidden_letters())) AND (event_id IS NULL OR event_id NOT IN (SELECT app_hidden_events()))'],
    ['appeal_months', 'appeal_id IS NULL OR appeal_id NOT IN (SELECT app_hidden_appeals())']
  ];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY specs LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', spec[1]);
    EXECUTE format('CREATE POLICY restricted_case_rule ON %I FOR ALL TO advocacy_app '
                   'USING ((SELECT app_sees_every_case()) OR (%s)) WITH CHECK ((SELECT app_sees_every_case()) OR (%s))',
                   spec[1], spec[2], spec[2]);
  END LOOP;
END $$;
--> statement-breakpoint
-- What the tables hold, computed from the sources: the backfill here, the check of
-- lib/dashboard/rollup-check.ts. The current definitions are in db/sql/engagement.sql and
-- db/sql/appeals.sql (which replace these).
CREATE OR REPLACE FUNCTION engagement_rebuilt() RETURNS SETOF engagement_delta LANGUAGE sql STABLE AS $$
  WITH ra AS (SELECT DISTINCT ac.appeal_id AS id FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id WHERE c.restricted),
       rl AS (SELECT DISTINCT lc.letter_id AS id FROM letter_cases lc JOIN cases c ON c.id = lc.case_id WHERE c.restricted),
       re AS (SELECT DISTINCT ec.event_id AS id FROM event_cases ec JOIN cases c ON c.id = ec.case_id WHERE c.restricted)
  SELECT x.contact_id, x.month, x.campaign_id, x.appeal_id, x.letter_id, x.event_id,
         sum(x.d)::int, sum(x.s)::int, sum(x.a)::int
    FROM (SELECT r.contact_id, date_trunc('month', d.sent_on AT TIME ZONE 'UTC')::date AS month, a.campaign_id,
                 ra.id AS appeal_id, NULL::uuid AS letter_id, NULL::uuid AS event_id, 1 AS d, 0 AS s, 0 AS a
            FROM appeal_dispatches d JOIN appeal_recipients r ON r.id = d.recipient_id JOIN appeals a ON a.id = r.appeal_id
            LEFT JOIN ra ON ra.id = a.id
           WHERE d.error IS NULL AND r.contact_id IS NOT NULL
          UNION ALL
          SELECT s.contact_id, date_trunc('month', s.signed_on)::date, l.campaign_id, NULL, rl.id, NULL, 0, 1, 0
            FROM letter_signatories s JOIN letters l ON l.id = s.letter_id LEFT JOIN rl ON rl.id = l.id
           WHERE s.status = 'signed' AND s.signed_on IS NOT NULL
          UNION ALL
          SELECT i.contact_id, date_trunc('month', ev.starts_at AT TIME ZONE 'UTC')::date, ev.campaign_id, NULL, NULL, re.id, 0, 0, 1
            FROM invitations i JOIN events ev ON ev.id = i.event_id LEFT JOIN re ON re.id = ev.id
           WHERE i.attendance = 'attended' AND ev.starts_at IS NOT NULL) x
   GROUP BY 1, 2, 3, 4, 5, 6
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION appeal_month_rows(f appeal_facts, sign integer) RETURNS SETOF appeal_month_delta LANGUAGE sql IMMUTABLE AS $$
  SELECT x.* FROM (VALUES
    ('created', date_trunc('month', f.created_at AT TIME ZONE 'UTC')::date, f.status, NULL::int,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign),
    ('sent', date_trunc('month', f.sent_at AT TIME ZONE 'UTC')::date, NULL, (f.sent_at AT TIME ZONE 'UTC')::date - (f.created_at AT TIME ZONE 'UTC')::date,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign),
    ('answered', date_trunc('month', f.sent_at AT TIME ZONE 'UTC')::date, NULL, f.first_reply_on - (f.sent_at AT TIME ZONE 'UTC')::date,
     f.campaign_id, f.case_countries, f.recipient_bodies, CASE WHEN f.about_restricted THEN f.id END, sign)
  ) x(measure, month, status, days, campaign_id, case_countries, recipient_bodies, appeal_id, appeals)
   WHERE x.month IS NOT NULL AND (x.measure <> 'answered' OR f.first_reply_on IS NOT NULL)
$$;
--> statement-breakpoint
INSERT INTO engagement_months (contact_id, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances,
                               parliamentary_body, country, active)
SELECT e.*, c.parliamentary_body, coalesce(c.country, ''), c.merged_into_id IS NULL FROM engagement_rebuilt() e JOIN contacts c ON c.id = e.contact_id;
--> statement-breakpoint
INSERT INTO engagement_totals (contact_id, total, parliamentary_body, country, active)
SELECT contact_id, sum(dispatches + signatures + attendances), min(parliamentary_body), min(country), bool_and(active) FROM engagement_months
 WHERE appeal_id IS NULL AND letter_id IS NULL AND event_id IS NULL GROUP BY 1 HAVING sum(dispatches + signatures + attendances) <> 0;
--> statement-breakpoint
INSERT INTO engagement_body_months (parliamentary_body, country, month, campaign_id, appeal_id, letter_id, event_id, dispatches, signatures, attendances)
SELECT c.parliamentary_body, coalesce(c.country, ''), m.month, m.campaign_id, m.appeal_id, m.letter_id, m.event_id,
       sum(m.dispatches), sum(m.signatures), sum(m.attendances)
  FROM engagement_months m JOIN contacts c ON c.id = m.contact_id
 WHERE c.parliamentary_body IS NOT NULL AND c.merged_into_id IS NULL
 GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO appeal_months (measure, month, status, days, campaign_id, case_countries, recipient_bodies, appeal_id, appeals)
SELECT r.measure, r.month, r.status, r.days, r.campaign_id, r.case_countries, r.recipient_bodies, r.appeal_id, sum(r.appeals)
  FROM appeal_facts f CROSS JOIN LATERAL appeal_month_rows(f, 1) r
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
