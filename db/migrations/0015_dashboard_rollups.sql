CREATE TABLE "appeal_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" "appeal_status" NOT NULL,
	"campaign_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"waiting_since" timestamp with time zone NOT NULL,
	"first_reply_on" date,
	"case_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"about_restricted" boolean DEFAULT false NOT NULL,
	"recipient_bodies" "parliamentary_body"[] DEFAULT '{}'::parliamentary_body[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_funnel" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"attended" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "last_contact_days" (
	"parliamentary_body" "parliamentary_body" NOT NULL,
	"country" text NOT NULL,
	"day" date NOT NULL,
	"contacts" integer NOT NULL,
	CONSTRAINT "last_contact_days_parliamentary_body_country_day_pk" PRIMARY KEY("parliamentary_body","country","day")
);
--> statement-breakpoint
ALTER TABLE "appeal_facts" ADD CONSTRAINT "appeal_facts_id_appeals_id_fk" FOREIGN KEY ("id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_funnel" ADD CONSTRAINT "event_funnel_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeal_facts_created_idx" ON "appeal_facts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "appeal_facts_sent_idx" ON "appeal_facts" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "appeal_facts_in_review_idx" ON "appeal_facts" USING btree ("waiting_since") WHERE "appeal_facts"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "last_contact_days_day_idx" ON "last_contact_days" USING btree ("day");--> statement-breakpoint
-- The dashboard's summary tables are kept by statement-level triggers in the transaction of each
-- change (one statement per bulk change, not one per row). Each refresh recomputes the affected
-- rows from the source tables rather than applying deltas, so a missed corner cannot drift.

-- The countries of an appeal's cases and whether any is restricted.
CREATE FUNCTION refresh_appeal_case_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET case_countries = x.countries, about_restricted = x.restricted
    FROM (SELECT a.id,
                 coalesce(array_agg(DISTINCT c.country ORDER BY c.country) FILTER (WHERE c.country IS NOT NULL), '{}') AS countries,
                 coalesce(bool_or(c.restricted), false) AS restricted
            FROM unnest(ids) AS a(id)
            LEFT JOIN appeal_cases ac ON ac.appeal_id = a.id
            LEFT JOIN cases c ON c.id = ac.case_id
           GROUP BY a.id) x
   WHERE f.id = x.id AND (f.case_countries, f.about_restricted) IS DISTINCT FROM (x.countries, x.restricted);
$$;
--> statement-breakpoint
-- The bodies of an appeal's recipients, as their contacts stand.
CREATE FUNCTION refresh_appeal_body_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET recipient_bodies = x.bodies
    FROM (SELECT a.id,
                 coalesce(array_agg(DISTINCT ct.parliamentary_body ORDER BY ct.parliamentary_body)
                          FILTER (WHERE ct.parliamentary_body IS NOT NULL), '{}') AS bodies
            FROM unnest(ids) AS a(id)
            LEFT JOIN appeal_recipients r ON r.appeal_id = a.id
            LEFT JOIN contacts ct ON ct.id = r.contact_id
           GROUP BY a.id) x
   WHERE f.id = x.id AND f.recipient_bodies IS DISTINCT FROM x.bodies;
$$;
--> statement-breakpoint
CREATE FUNCTION refresh_appeal_reply_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE appeal_facts f SET first_reply_on = x.first_reply
    FROM (SELECT a.id, (SELECT min(r.received_on) FROM appeal_replies r WHERE r.appeal_id = a.id) AS first_reply
            FROM unnest(ids) AS a(id)) x
   WHERE f.id = x.id AND f.first_reply_on IS DISTINCT FROM x.first_reply;
$$;
--> statement-breakpoint
-- appeal_facts: the appeal's own columns, on every insert and update of appeals.
CREATE FUNCTION appeal_facts_from_appeals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO appeal_facts AS f (id, status, campaign_id, created_at, sent_at, waiting_since)
  SELECT id, status, campaign_id, created_at, sent_at, coalesce(submitted_at, updated_at) FROM new_rows
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, campaign_id = excluded.campaign_id, created_at = excluded.created_at,
                                 sent_at = excluded.sent_at, waiting_since = excluded.waiting_since
   WHERE (f.status, f.campaign_id, f.created_at, f.sent_at, f.waiting_since)
         IS DISTINCT FROM (excluded.status, excluded.campaign_id, excluded.created_at, excluded.sent_at, excluded.waiting_since);
  -- Cases, recipients or replies inserted by the same statement (a CTE) may have fired their
  -- triggers before this row existed: read them now.
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_appeal_case_facts(ids), refresh_appeal_body_facts(ids), refresh_appeal_reply_facts(ids)
       FROM (SELECT array_agg(id) AS ids FROM new_rows) n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- One function per child table, for its INSERT (new_rows), DELETE (old_rows) and UPDATE (both)
-- triggers: PL/pgSQL only plans the branch it runs, so the missing transition table is never read.
CREATE FUNCTION appeal_facts_from_appeal_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_case_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_case_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_case_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION appeal_facts_from_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_appeal_case_facts(array(
    SELECT DISTINCT ac.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_cases ac ON ac.case_id = n.id
     WHERE (n.country, n.restricted) IS DISTINCT FROM (o.country, o.restricted)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION appeal_facts_from_recipients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_body_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_body_facts(array(
    SELECT n.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n.appeal_id, n.contact_id) IS DISTINCT FROM (o.appeal_id, o.contact_id)
    UNION SELECT o.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.appeal_id IS DISTINCT FROM o.appeal_id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION appeal_facts_from_replies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN PERFORM refresh_appeal_reply_facts(array(SELECT DISTINCT appeal_id FROM old_rows));
  ELSE PERFORM refresh_appeal_reply_facts(array(SELECT appeal_id FROM new_rows UNION SELECT appeal_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- event_funnel: deltas of the invitations inserted, deleted or changed, per event. Invitations
-- deleted with their event are skipped: the event's funnel row went with it.
CREATE FUNCTION event_funnel_add(ev uuid[], answers invitation_answer[], attendances attendance[], signs int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO event_funnel AS f (event_id, invited, answered, accepted, attended)
  SELECT d.ev, sum(d.sign), coalesce(sum(d.sign) FILTER (WHERE d.answer <> 'pending'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.answer = 'accepted'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.answer = 'accepted' AND d.attendance = 'attended'), 0)
    FROM unnest(ev, answers, attendances, signs) AS d(ev, answer, attendance, sign)
   WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = d.ev)
   GROUP BY d.ev ORDER BY d.ev
  ON CONFLICT (event_id) DO UPDATE SET invited = f.invited + excluded.invited,
    answered = f.answered + excluded.answered, accepted = f.accepted + excluded.accepted, attended = f.attended + excluded.attended;
$$;
--> statement-breakpoint
CREATE FUNCTION event_funnel_from_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM event_funnel_add(array_agg(event_id), array_agg(answer), array_agg(attendance), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM event_funnel_add(array_agg(event_id), array_agg(answer), array_agg(attendance), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- last_contact_days: each changed contact leaves its old day's count and joins its new one.
CREATE FUNCTION last_contact_days_add(bodies parliamentary_body[], countries text[], moments timestamptz[], signs int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO last_contact_days AS h (parliamentary_body, country, day, contacts)
  SELECT d.body, coalesce(d.country, ''), (d.at AT TIME ZONE 'UTC')::date, sum(d.sign)
    FROM unnest(bodies, countries, moments, signs) AS d(body, country, at, sign)
   GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (parliamentary_body, country, day) DO UPDATE SET contacts = h.contacts + excluded.contacts;
$$;
--> statement-breakpoint
CREATE FUNCTION last_contact_days_from_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Most updates leave all three alone (a name, an e-mail): nothing to do.
    PERFORM last_contact_days_add(array_agg(d.body), array_agg(d.country), array_agg(d.at), array_agg(d.sign))
       FROM (SELECT o.parliamentary_body AS body, o.country, o.last_contacted_at AS at, -1 AS sign
               FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.parliamentary_body IS NOT NULL AND o.last_contacted_at IS NOT NULL AND o.merged_into_id IS NULL
                AND (o.parliamentary_body, o.country, o.last_contacted_at, o.merged_into_id)
                    IS DISTINCT FROM (n.parliamentary_body, n.country, n.last_contacted_at, n.merged_into_id)
             UNION ALL
             SELECT n.parliamentary_body, n.country, n.last_contacted_at, 1
               FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE n.parliamentary_body IS NOT NULL AND n.last_contacted_at IS NOT NULL AND n.merged_into_id IS NULL
                AND (o.parliamentary_body, o.country, o.last_contacted_at, o.merged_into_id)
                    IS DISTINCT FROM (n.parliamentary_body, n.country, n.last_contacted_at, n.merged_into_id)) d
     HAVING count(*) > 0;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM last_contact_days_add(array_agg(parliamentary_body), array_agg(country), array_agg(last_contacted_at), array_agg(1))
       FROM new_rows WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL HAVING count(*) > 0;
  ELSE
    PERFORM last_contact_days_add(array_agg(parliamentary_body), array_agg(country), array_agg(last_contacted_at), array_agg(-1))
       FROM old_rows WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A contact's new body changes the bodies of the appeals written to it.
CREATE FUNCTION appeal_facts_from_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_appeal_body_facts(array(
    SELECT DISTINCT r.appeal_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN appeal_recipients r ON r.contact_id = n.id
     WHERE n.parliamentary_body IS DISTINCT FROM o.parliamentary_body));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Backfill, before the triggers exist.
INSERT INTO appeal_facts (id, status, campaign_id, created_at, sent_at, waiting_since)
SELECT id, status, campaign_id, created_at, sent_at, coalesce(submitted_at, updated_at) FROM appeals;
--> statement-breakpoint
UPDATE appeal_facts f SET case_countries = x.countries, about_restricted = x.restricted
  FROM (SELECT ac.appeal_id,
               coalesce(array_agg(DISTINCT c.country ORDER BY c.country) FILTER (WHERE c.country IS NOT NULL), '{}') AS countries,
               bool_or(c.restricted) AS restricted
          FROM appeal_cases ac JOIN cases c ON c.id = ac.case_id GROUP BY ac.appeal_id) x
 WHERE f.id = x.appeal_id;
--> statement-breakpoint
UPDATE appeal_facts f SET recipient_bodies = x.bodies
  FROM (SELECT r.appeal_id, array_agg(DISTINCT ct.parliamentary_body ORDER BY ct.parliamentary_body) AS bodies
          FROM appeal_recipients r JOIN contacts ct ON ct.id = r.contact_id
         WHERE ct.parliamentary_body IS NOT NULL GROUP BY r.appeal_id) x
 WHERE f.id = x.appeal_id;
--> statement-breakpoint
UPDATE appeal_facts f SET first_reply_on = x.first_reply
  FROM (SELECT appeal_id, min(received_on) AS first_reply FROM appeal_replies GROUP BY appeal_id) x
 WHERE f.id = x.appeal_id;
--> statement-breakpoint
INSERT INTO event_funnel (event_id, invited, answered, accepted, attended)
SELECT event_id, count(*), count(*) FILTER (WHERE answer <> 'pending'), count(*) FILTER (WHERE answer = 'accepted'),
       count(*) FILTER (WHERE answer = 'accepted' AND attendance = 'attended')
  FROM invitations GROUP BY event_id;
--> statement-breakpoint
INSERT INTO last_contact_days (parliamentary_body, country, day, contacts)
SELECT parliamentary_body, coalesce(country, ''), (last_contacted_at AT TIME ZONE 'UTC')::date, count(*)
  FROM contacts WHERE parliamentary_body IS NOT NULL AND last_contacted_at IS NOT NULL AND merged_into_id IS NULL
 GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER appeals_facts_ins AFTER INSERT ON appeals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeals();
--> statement-breakpoint
CREATE TRIGGER appeals_facts_upd AFTER UPDATE ON appeals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_appeals();
--> statement-breakpoint
CREATE TRIGGER cases_appeal_facts_upd AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_cases();
--> statement-breakpoint
CREATE TRIGGER contacts_appeal_facts_upd AFTER UPDATE ON contacts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_facts_from_contacts();
--> statement-breakpoint
DO $$
DECLARE spec text[];
BEGIN
  -- table, function, trigger name prefix
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['appeal_cases', 'appeal_facts_from_appeal_cases', 'appeal_cases_facts'],
    ['appeal_recipients', 'appeal_facts_from_recipients', 'appeal_recipients_facts'],
    ['appeal_replies', 'appeal_facts_from_replies', 'appeal_replies_facts'],
    ['invitations', 'event_funnel_from_invitations', 'invitations_funnel'],
    ['contacts', 'last_contact_days_from_contacts', 'contacts_last_contact_days']] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[3] || '_ins', spec[1], spec[2]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[3] || '_del', spec[1], spec[2]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[3] || '_upd', spec[1], spec[2]);
  END LOOP;
END $$;
