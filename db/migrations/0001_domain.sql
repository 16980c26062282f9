CREATE TYPE "public"."role" AS ENUM('viewer', 'officer', 'coordinator', 'manager', 'admin');--> statement-breakpoint
CREATE TYPE "public"."campaign_goal_metric" AS ENUM('signatures', 'appeals_sent', 'events_held', 'cases_released', 'other');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('planned', 'active', 'paused', 'completed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('at_risk', 'detained', 'house_arrest', 'imprisoned', 'released', 'in_exile', 'extradition_risk', 'deceased');--> statement-breakpoint
CREATE TYPE "public"."contact_kind" AS ENUM('person', 'organization');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('government', 'parliament', 'judiciary', 'law_enforcement', 'intergovernmental', 'un_mechanism', 'embassy', 'ngo', 'media', 'other');--> statement-breakpoint
CREATE TYPE "public"."parliamentary_body" AS ENUM('european_parliament', 'pace', 'osce_pa', 'national_parliament');--> statement-breakpoint
CREATE TYPE "public"."appeal_review_decision" AS ENUM('approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."appeal_status" AS ENUM('draft', 'in_review', 'approved', 'sent', 'response_received', 'closed');--> statement-breakpoint
CREATE TYPE "public"."appeal_type" AS ENUM('urgent_appeal', 'letter_of_concern', 'open_letter', 'statement', 'un_submission');--> statement-breakpoint
CREATE TYPE "public"."dispatch_channel" AS ENUM('email', 'post', 'fax', 'web_form', 'hand_delivery');--> statement-breakpoint
CREATE TYPE "public"."incoming_channel" AS ENUM('email', 'post', 'phone', 'messenger', 'social_media', 'in_person', 'web_form', 'other');--> statement-breakpoint
CREATE TYPE "public"."incoming_status" AS ENUM('new', 'under_review', 'accepted', 'referred', 'declined');--> statement-breakpoint
CREATE TYPE "public"."letter_kind" AS ENUM('joint_letter', 'written_declaration', 'written_question', 'statement', 'motion_for_resolution');--> statement-breakpoint
CREATE TYPE "public"."letter_status" AS ENUM('draft', 'collecting', 'closed', 'dispatched', 'reply_received');--> statement-breakpoint
CREATE TYPE "public"."signatory_status" AS ENUM('to_ask', 'asked', 'followed_up', 'agreed', 'signed', 'declined', 'no_reply');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('unknown', 'attended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."event_forum" AS ENUM('pace_session', 'osce_hdim', 'osce_shdm', 'osce_pa_session', 'european_parliament', 'un_hrc', 'national_parliament', 'online', 'other');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('side_event', 'hearing', 'press_conference', 'conference', 'mission', 'webinar', 'meeting');--> statement-breakpoint
CREATE TYPE "public"."event_role" AS ENUM('co_host', 'speaker', 'moderator', 'partner');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('idea', 'planned', 'confirmed', 'invitations_sent', 'held', 'reported', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_task_category" AS ENUM('room_booking', 'accreditation', 'interpretation', 'catering', 'av', 'travel', 'communication', 'other');--> statement-breakpoint
CREATE TYPE "public"."invitation_answer" AS ENUM('pending', 'accepted', 'declined', 'tentative');--> statement-breakpoint
CREATE TYPE "public"."activity_kind" AS ENUM('meeting', 'call', 'email', 'note');--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"email" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" DEFAULT 'viewer' NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"summary" text,
	"changes" jsonb
);
--> statement-breakpoint
CREATE TABLE "campaign_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"metric" "campaign_goal_metric" NOT NULL,
	"label" text NOT NULL,
	"target" integer NOT NULL,
	"due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_members" (
	"campaign_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_members_campaign_id_user_id_pk" PRIMARY KEY("campaign_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "campaign_status" DEFAULT 'planned' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"owner_id" uuid,
	"status_before_archive" "campaign_status",
	"archived_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_assignments_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_campaigns" (
	"case_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_campaigns_case_id_campaign_id_pk" PRIMARY KEY("case_id","campaign_id")
);
--> statement-breakpoint
CREATE TABLE "case_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"script" text DEFAULT 'latin' NOT NULL,
	"language" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "case_status" NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"primary_name" text NOT NULL,
	"name_native" text,
	"country" text,
	"status" "case_status" DEFAULT 'at_risk' NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"charges" text,
	"summary" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"email" text NOT NULL,
	"label" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"label" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "contact_kind" DEFAULT 'person' NOT NULL,
	"honorific" text,
	"first_name" text,
	"last_name" text,
	"full_name" text NOT NULL,
	"name_native" text,
	"title" text,
	"department" text,
	"organization_id" uuid,
	"institution_type" "organization_kind",
	"country" text,
	"postal_address" text,
	"web_form_url" text,
	"salutation" text,
	"language" text,
	"parliamentary_body" "parliamentary_body",
	"delegation" text,
	"political_group" text,
	"committees" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"do_not_contact" boolean DEFAULT false NOT NULL,
	"do_not_contact_reason" text,
	"source" text,
	"source_ref" text,
	"external_id" text,
	"merged_into_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_native" text,
	"acronym" text,
	"kind" "organization_kind" DEFAULT 'other' NOT NULL,
	"country" text,
	"website" text,
	"postal_address" text,
	"notes" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_list_members" (
	"list_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by_id" uuid,
	CONSTRAINT "contact_list_members_list_id_contact_id_pk" PRIMARY KEY("list_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "contact_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_body_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appeal_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"body_markdown" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_cases" (
	"appeal_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "appeal_cases_appeal_id_case_id_pk" PRIMARY KEY("appeal_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "appeal_dispatches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"sent_on" timestamp with time zone NOT NULL,
	"channel" "dispatch_channel" NOT NULL,
	"message_id" text,
	"error" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appeal_id" uuid NOT NULL,
	"contact_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"organization" text,
	"postal_address" text,
	"email" text,
	"salutation" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appeal_id" uuid NOT NULL,
	"recipient_id" uuid,
	"received_on" date NOT NULL,
	"from_name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_text" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appeal_id" uuid NOT NULL,
	"decision" "appeal_review_decision" NOT NULL,
	"comment" text,
	"reviewer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "appeal_type" NOT NULL,
	"title" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"body_markdown" text DEFAULT '' NOT NULL,
	"status" "appeal_status" DEFAULT 'draft' NOT NULL,
	"campaign_id" uuid,
	"owner_id" uuid,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_id" uuid,
	"sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_contact_id" uuid,
	"sender_name" text NOT NULL,
	"received_on" date NOT NULL,
	"channel" "incoming_channel" NOT NULL,
	"language" text,
	"original_text" text NOT NULL,
	"request_summary" text DEFAULT '' NOT NULL,
	"status" "incoming_status" DEFAULT 'new' NOT NULL,
	"assigned_to_id" uuid,
	"due_on" date,
	"case_id" uuid,
	"referred_to" text,
	"decline_reason" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_cases" (
	"letter_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "letter_cases_letter_id_case_id_pk" PRIMARY KEY("letter_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "letter_signatories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"status" "signatory_status" DEFAULT 'to_ask' NOT NULL,
	"asked_on" date,
	"followed_up_on" date,
	"responded_on" date,
	"signed_on" date,
	"country_snapshot" text,
	"political_group_snapshot" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "letter_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"addressee" text DEFAULT '' NOT NULL,
	"parliamentary_body" "parliamentary_body",
	"campaign_id" uuid,
	"target_signatures" integer,
	"reported_signatures" integer,
	"status" "letter_status" DEFAULT 'draft' NOT NULL,
	"deadline" date,
	"dispatched_on" date,
	"reply_received_on" date,
	"reply_summary" text,
	"reference_number" text,
	"owner_id" uuid,
	"created_by_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_cases" (
	"event_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "event_cases_event_id_case_id_pk" PRIMARY KEY("event_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" "event_role" NOT NULL,
	"note" text,
	CONSTRAINT "event_participants_event_id_contact_id_role_pk" PRIMARY KEY("event_id","contact_id","role")
);
--> statement-breakpoint
CREATE TABLE "event_partners" (
	"event_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "event_partners_event_id_organization_id_pk" PRIMARY KEY("event_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "event_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" "event_task_category" DEFAULT 'other' NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "event_kind" NOT NULL,
	"forum" "event_forum" DEFAULT 'other' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"all_day" boolean DEFAULT false NOT NULL,
	"time_zone" text DEFAULT 'Europe/Brussels' NOT NULL,
	"venue" text,
	"room" text,
	"city" text,
	"country" text,
	"online_url" text,
	"capacity" integer,
	"coordinator_id" uuid,
	"moderator_contact_id" uuid,
	"campaign_id" uuid,
	"status" "event_status" DEFAULT 'idea' NOT NULL,
	"report" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"channel" "dispatch_channel",
	"sent_at" timestamp with time zone,
	"message_text" text,
	"answer" "invitation_answer" DEFAULT 'pending' NOT NULL,
	"answered_at" timestamp with time zone,
	"answer_note" text,
	"attendance" "attendance" DEFAULT 'unknown' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"rsvp_token_hash" text,
	"rsvp_token_created_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"subject" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"campaign_id" uuid,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_goals" ADD CONSTRAINT "campaign_goals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_campaigns" ADD CONSTRAINT "case_campaigns_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_campaigns" ADD CONSTRAINT "case_campaigns_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_names" ADD CONSTRAINT "case_names_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_history" ADD CONSTRAINT "case_status_history_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_history" ADD CONSTRAINT "case_status_history_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_emails" ADD CONSTRAINT "contact_emails_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_phones" ADD CONSTRAINT "contact_phones_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_merged_into_id_contacts_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_list_id_contact_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."contact_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_lists" ADD CONSTRAINT "contact_lists_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_body_versions" ADD CONSTRAINT "appeal_body_versions_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_body_versions" ADD CONSTRAINT "appeal_body_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_cases" ADD CONSTRAINT "appeal_cases_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_cases" ADD CONSTRAINT "appeal_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_dispatches" ADD CONSTRAINT "appeal_dispatches_recipient_id_appeal_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."appeal_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_dispatches" ADD CONSTRAINT "appeal_dispatches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_recipients" ADD CONSTRAINT "appeal_recipients_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_recipients" ADD CONSTRAINT "appeal_recipients_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_replies" ADD CONSTRAINT "appeal_replies_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_replies" ADD CONSTRAINT "appeal_replies_recipient_id_appeal_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."appeal_recipients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_replies" ADD CONSTRAINT "appeal_replies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_reviews" ADD CONSTRAINT "appeal_reviews_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_reviews" ADD CONSTRAINT "appeal_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_appeals" ADD CONSTRAINT "incoming_appeals_sender_contact_id_contacts_id_fk" FOREIGN KEY ("sender_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_appeals" ADD CONSTRAINT "incoming_appeals_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_appeals" ADD CONSTRAINT "incoming_appeals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_appeals" ADD CONSTRAINT "incoming_appeals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_cases" ADD CONSTRAINT "letter_cases_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_cases" ADD CONSTRAINT "letter_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_signatories" ADD CONSTRAINT "letter_signatories_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_signatories" ADD CONSTRAINT "letter_signatories_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_cases" ADD CONSTRAINT "event_cases_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_cases" ADD CONSTRAINT "event_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tasks" ADD CONSTRAINT "event_tasks_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tasks" ADD CONSTRAINT "event_tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_coordinator_id_users_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_moderator_contact_id_contacts_id_fk" FOREIGN KEY ("moderator_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entries_actor_idx" ON "audit_entries" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "campaign_goals_campaign_idx" ON "campaign_goals" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_members_user_idx" ON "campaign_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");--> statement-breakpoint
CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "campaigns_created_by_idx" ON "campaigns" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "campaigns_search_idx" ON "campaigns" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "case_assignments_user_idx" ON "case_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_campaigns_campaign_idx" ON "case_campaigns" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "case_names_case_idx" ON "case_names" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_status_history_case_idx" ON "case_status_history" USING btree ("case_id","changed_on");--> statement-breakpoint
CREATE INDEX "case_status_history_created_by_idx" ON "case_status_history" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_country_idx" ON "cases" USING btree ("country");--> statement-breakpoint
CREATE INDEX "cases_created_by_idx" ON "cases" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "cases_tags_idx" ON "cases" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "contact_emails_contact_email_key" ON "contact_emails" USING btree ("contact_id",lower("email"));--> statement-breakpoint
CREATE INDEX "contact_emails_email_idx" ON "contact_emails" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "contact_emails_one_primary_key" ON "contact_emails" USING btree ("contact_id") WHERE "contact_emails"."is_primary";--> statement-breakpoint
CREATE INDEX "contact_phones_contact_idx" ON "contact_phones" USING btree ("contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_phones_one_primary_key" ON "contact_phones" USING btree ("contact_id") WHERE "contact_phones"."is_primary";--> statement-breakpoint
CREATE INDEX "contacts_organization_idx" ON "contacts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contacts_merged_into_idx" ON "contacts" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "contacts_created_by_idx" ON "contacts" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "contacts_kind_idx" ON "contacts" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "contacts_institution_type_idx" ON "contacts" USING btree ("institution_type");--> statement-breakpoint
CREATE INDEX "contacts_country_idx" ON "contacts" USING btree ("country");--> statement-breakpoint
CREATE INDEX "contacts_body_delegation_idx" ON "contacts" USING btree ("parliamentary_body","delegation");--> statement-breakpoint
CREATE INDEX "contacts_full_name_idx" ON "contacts" USING btree ("full_name");--> statement-breakpoint
CREATE INDEX "contacts_tags_idx" ON "contacts" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_external_id_key" ON "contacts" USING btree ("parliamentary_body","external_id") WHERE "contacts"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "organizations_search_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_list_members_contact_idx" ON "contact_list_members" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "contact_list_members_added_by_idx" ON "contact_list_members" USING btree ("added_by_id");--> statement-breakpoint
CREATE INDEX "contact_lists_created_by_idx" ON "contact_lists" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "contact_lists_search_idx" ON "contact_lists" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_body_versions_appeal_version_key" ON "appeal_body_versions" USING btree ("appeal_id","version_no");--> statement-breakpoint
CREATE INDEX "appeal_body_versions_author_idx" ON "appeal_body_versions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "appeal_cases_case_idx" ON "appeal_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_dispatches_recipient_idx" ON "appeal_dispatches" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "appeal_dispatches_created_by_idx" ON "appeal_dispatches" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "appeal_dispatches_sent_on_idx" ON "appeal_dispatches" USING btree ("sent_on");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_recipients_appeal_contact_key" ON "appeal_recipients" USING btree ("appeal_id","contact_id");--> statement-breakpoint
CREATE INDEX "appeal_recipients_contact_idx" ON "appeal_recipients" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "appeal_replies_appeal_idx" ON "appeal_replies" USING btree ("appeal_id","received_on");--> statement-breakpoint
CREATE INDEX "appeal_replies_recipient_idx" ON "appeal_replies" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "appeal_replies_created_by_idx" ON "appeal_replies" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "appeal_reviews_appeal_idx" ON "appeal_reviews" USING btree ("appeal_id","created_at");--> statement-breakpoint
CREATE INDEX "appeal_reviews_reviewer_idx" ON "appeal_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "appeals_status_idx" ON "appeals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "appeals_type_idx" ON "appeals" USING btree ("type");--> statement-breakpoint
CREATE INDEX "appeals_campaign_idx" ON "appeals" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "appeals_owner_idx" ON "appeals" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "appeals_approved_by_idx" ON "appeals" USING btree ("approved_by_id");--> statement-breakpoint
CREATE INDEX "appeals_created_by_idx" ON "appeals" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "appeals_sent_at_idx" ON "appeals" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "appeals_search_idx" ON "appeals" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "incoming_appeals_status_idx" ON "incoming_appeals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incoming_appeals_received_on_idx" ON "incoming_appeals" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "incoming_appeals_due_on_idx" ON "incoming_appeals" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "incoming_appeals_sender_idx" ON "incoming_appeals" USING btree ("sender_contact_id");--> statement-breakpoint
CREATE INDEX "incoming_appeals_assigned_to_idx" ON "incoming_appeals" USING btree ("assigned_to_id");--> statement-breakpoint
CREATE INDEX "incoming_appeals_case_idx" ON "incoming_appeals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "incoming_appeals_created_by_idx" ON "incoming_appeals" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "incoming_appeals_search_idx" ON "incoming_appeals" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "letter_cases_case_idx" ON "letter_cases" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_signatories_letter_contact_key" ON "letter_signatories" USING btree ("letter_id","contact_id");--> statement-breakpoint
CREATE INDEX "letter_signatories_letter_status_idx" ON "letter_signatories" USING btree ("letter_id","status");--> statement-breakpoint
CREATE INDEX "letter_signatories_contact_idx" ON "letter_signatories" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "letters_status_idx" ON "letters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "letters_kind_idx" ON "letters" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "letters_body_idx" ON "letters" USING btree ("parliamentary_body");--> statement-breakpoint
CREATE INDEX "letters_deadline_idx" ON "letters" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "letters_dispatched_on_idx" ON "letters" USING btree ("dispatched_on");--> statement-breakpoint
CREATE INDEX "letters_campaign_idx" ON "letters" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "letters_owner_idx" ON "letters" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "letters_created_by_idx" ON "letters" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "letters_search_idx" ON "letters" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "event_cases_case_idx" ON "event_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "event_participants_contact_idx" ON "event_participants" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "event_partners_organization_idx" ON "event_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "event_tasks_event_idx" ON "event_tasks" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_tasks_owner_due_idx" ON "event_tasks" USING btree ("owner_id","due_on");--> statement-breakpoint
CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "events_status_idx" ON "events" USING btree ("status");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "events_forum_idx" ON "events" USING btree ("forum");--> statement-breakpoint
CREATE INDEX "events_country_idx" ON "events" USING btree ("country");--> statement-breakpoint
CREATE INDEX "events_coordinator_idx" ON "events" USING btree ("coordinator_id");--> statement-breakpoint
CREATE INDEX "events_moderator_idx" ON "events" USING btree ("moderator_contact_id");--> statement-breakpoint
CREATE INDEX "events_campaign_idx" ON "events" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_event_contact_key" ON "invitations" USING btree ("event_id","contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_rsvp_token_hash_key" ON "invitations" USING btree ("rsvp_token_hash");--> statement-breakpoint
CREATE INDEX "invitations_event_answer_idx" ON "invitations" USING btree ("event_id","answer");--> statement-breakpoint
CREATE INDEX "invitations_contact_idx" ON "invitations" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "invitations_created_by_idx" ON "invitations" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "activities_contact_occurred_idx" ON "activities" USING btree ("contact_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_author_idx" ON "activities" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "activities_campaign_idx" ON "activities" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "activities_case_idx" ON "activities" USING btree ("case_id");