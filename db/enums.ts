// The values of every database enum, once. db/schema/*.ts builds its pgEnums from these lists and
// lib/ builds its zod schemas, select options and types from the same lists.
//
// This module imports nothing, on purpose: client components reach it through lib/*/schema.ts,
// so it must never pull in db/client, drizzle or "server-only". Labels (what users read) live in lib/.
//
// The order of the values is the order of the PostgreSQL enum types: changing it, or renaming a
// value, needs a migration. Adding a value at the end needs one too (ALTER TYPE … ADD VALUE).
// db/enums.test.ts checks that the schema and the database agree with these lists.

// users.ts
export const roles = ["viewer", "officer", "coordinator", "manager", "admin"] as const;
export type Role = (typeof roles)[number];

// campaigns.ts
export const campaignStatuses = ["planned", "active", "paused", "completed", "archived"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const campaignGoalMetrics = ["signatures", "appeals_sent", "events_held", "cases_released", "other"] as const;
export type CampaignGoalMetric = (typeof campaignGoalMetrics)[number];

// cases.ts
export const caseStatuses = [
  "at_risk",
  "detained",
  "house_arrest",
  "imprisoned",
  "released",
  "in_exile",
  "extradition_risk",
  "deceased",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

// contacts.ts: the enum type is organization_kind, the column institution_type.
export const institutionTypes = [
  "government",
  "parliament",
  "judiciary",
  "law_enforcement",
  "intergovernmental",
  "un_mechanism",
  "embassy",
  "ngo",
  "media",
  "other",
] as const;
export type InstitutionType = (typeof institutionTypes)[number];
export const contactKinds = ["person", "organization"] as const;
export type ContactKind = (typeof contactKinds)[number];
export const parliamentaryBodies = ["european_parliament", "pace", "osce_pa", "national_parliament"] as const;
export type ParliamentaryBody = (typeof parliamentaryBodies)[number];

// appeals.ts
export const appealTypes = ["urgent_appeal", "letter_of_concern", "open_letter", "statement", "un_submission"] as const;
export type AppealType = (typeof appealTypes)[number];
export const appealStatuses = ["draft", "in_review", "approved", "sent", "response_received", "closed"] as const;
export type AppealStatus = (typeof appealStatuses)[number];
export const appealReviewDecisions = ["approved", "returned"] as const;
export type AppealReviewDecision = (typeof appealReviewDecisions)[number];
export const dispatchChannels = ["email", "post", "fax", "web_form", "hand_delivery"] as const;
export type DispatchChannel = (typeof dispatchChannels)[number];

// incoming.ts
export const incomingChannels = ["email", "post", "phone", "messenger", "social_media", "in_person", "web_form", "other"] as const;
export type IncomingChannel = (typeof incomingChannels)[number];
export const incomingStatuses = ["new", "under_review", "accepted", "referred", "declined"] as const;
export type IncomingStatus = (typeof incomingStatuses)[number];

// letters.ts
export const letterKinds = ["joint_letter", "written_declaration", "written_question", "statement", "motion_for_resolution"] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterStatuses = ["draft", "collecting", "closed", "dispatched", "reply_received"] as const;
export type LetterStatus = (typeof letterStatuses)[number];
export const signatoryStatuses = ["to_ask", "asked", "followed_up", "agreed", "signed", "declined", "no_reply"] as const;
export type SignatoryStatus = (typeof signatoryStatuses)[number];

// events.ts
export const eventKinds = ["side_event", "hearing", "press_conference", "conference", "mission", "webinar", "meeting"] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventForums = [
  "pace_session",
  "osce_hdim",
  "osce_shdm",
  "osce_pa_session",
  "european_parliament",
  "un_hrc",
  "national_parliament",
  "online",
  "other",
] as const;
export type EventForum = (typeof eventForums)[number];
export const eventStatuses = ["idea", "planned", "confirmed", "invitations_sent", "held", "reported", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];
export const eventRoles = ["co_host", "speaker", "moderator", "partner"] as const;
export type EventRole = (typeof eventRoles)[number];
export const eventTaskCategories = [
  "room_booking",
  "accreditation",
  "interpretation",
  "catering",
  "av",
  "travel",
  "communication",
  "other",
] as const;
export type EventTaskCategory = (typeof eventTaskCategories)[number];
export const invitationAnswers = ["pending", "accepted", "declined", "tentative"] as const;
export type InvitationAnswer = (typeof invitationAnswers)[number];
export const attendances = ["unknown", "attended", "no_show"] as const;
export type Attendance = (typeof attendances)[number];

// activities.ts
export const activityKinds = ["meeting", "call", "email", "note"] as const;
export type ActivityKind = (typeof activityKinds)[number];

// imports.ts
export const importJobStatuses = ["running", "done", "failed"] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];
