-- "Not contacted in N months" at a million contacts (issue 17, item 4): the count summed
-- last_contact_days (0015) over every day before the cutoff, per body and country: some 137,000
-- rows on every dashboard view. last_contact_months holds the same counts per month (UTC) of the
-- last contact, per body and country ('' for none), and once more per body for every country
-- together (country '*', which no filter can name: countries are two letters), so the view sums
-- the whole months before the cutoff's (a few hundred rows) and only the days of the cutoff's own
-- month from last_contact_days (lib/dashboard/engagement.ts, dormantParliamentarians).
--
-- Kept by the same trigger as last_contact_days (last_contact_days_from_contacts, db/sql/
-- dashboard.sql), in the transaction of every change to a contact's last contact, body, country
-- or merge; lib/dashboard/rollup-check.ts rebuilds it from the contacts.
CREATE TABLE "last_contact_months" (
	"parliamentary_body" "parliamentary_body" NOT NULL,
	"country" text NOT NULL,
	"month" date NOT NULL,
	"contacts" integer NOT NULL,
	CONSTRAINT "last_contact_months_pk" PRIMARY KEY("country","parliamentary_body","month")
);
--> statement-breakpoint
INSERT INTO last_contact_months (parliamentary_body, country, month, contacts)
SELECT c.parliamentary_body, x.country, date_trunc('month', c.last_contacted_at AT TIME ZONE 'UTC')::date, count(*)
  FROM contacts c CROSS JOIN LATERAL (VALUES (coalesce(c.country, '')), ('*')) x(country)
 WHERE c.parliamentary_body IS NOT NULL AND c.last_contacted_at IS NOT NULL AND c.merged_into_id IS NULL
 GROUP BY 1, 2, 3;
--> statement-breakpoint
-- "Most engaged" after a change: a cached figure rescores the contacts whose engagement_months
-- rows changed since its snapshot (0024), and must also learn of those whose rows went (counts
-- back to zero, or the contact deleted), which leave no row to say so. It used to probe every
-- contact of its stored edge entries (tens of thousands at a million contacts, on each view after
-- a change); engagement_gone records them instead, as `changed` does for the rows (db/sql/
-- engagement.sql, engagement_add and engagement_before_contact_delete), for a day: no cached
-- figure older than that is refreshed (lib/dashboard/cache.ts).
CREATE TABLE "engagement_gone" (
	"contact_id" uuid NOT NULL,
	"changed" xid8 NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "engagement_gone_changed_idx" ON "engagement_gone" ("changed") INCLUDE ("contact_id");
--> statement-breakpoint
CREATE INDEX "engagement_gone_at_idx" ON "engagement_gone" ("at");
--> statement-breakpoint
-- Cached figures keep their edge entries in a new form (lib/dashboard/engagement.ts): those of
-- the old one are recomputed.
DELETE FROM dashboard_cache WHERE key LIKE 'engagement:%';
