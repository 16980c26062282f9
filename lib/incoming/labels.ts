// What users read of the incoming appeals' enums, without zod: client components import it
// directly, and ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { caseStatuses, incomingChannels, incomingStatuses, type IncomingChannel, type IncomingStatus } from "@/db/enums";
import { caseStatusLabels } from "@/lib/cases/labels";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export { incomingChannels, incomingStatuses, type IncomingChannel, type IncomingStatus };
export const incomingChannelLabels: Record<IncomingChannel, string> = {
  email: "E-mail",
  post: "Post",
  phone: "Phone",
  messenger: "Messenger",
  social_media: "Social media",
  in_person: "In person",
  web_form: "Web form",
  other: "Other",
};

export const incomingStatusLabels: Record<IncomingStatus, string> = {
  new: "New",
  under_review: "Under review",
  accepted: "Accepted",
  referred: "Referred",
  declined: "Declined",
};
/** Still waiting for a decision: these count as overdue once the due date has passed. */
export const openIncomingStatuses = ["new", "under_review"] as const satisfies readonly IncomingStatus[];

/** The statuses a case opened from an appeal may start in: any case status (db/enums.ts). */
export const caseStartStatuses = caseStatuses;
export const caseStartStatusLabels = caseStatusLabels;
