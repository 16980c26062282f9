// What users read of the appeals' enums, without zod: client components (tables, forms, filters)
// import it directly, and ./schema.ts re-exports all of it (zod would add 30 KB to their pages).
import { appealStatuses, appealTypes, dispatchChannels, type AppealStatus, type AppealType, type DispatchChannel } from "@/db/enums";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export { appealStatuses, appealTypes, dispatchChannels, type AppealStatus, type AppealType, type DispatchChannel };
export const appealTypeLabels: Record<AppealType, string> = {
  urgent_appeal: "Urgent appeal",
  letter_of_concern: "Letter of concern",
  open_letter: "Open letter",
  statement: "Statement",
  un_submission: "Submission to a UN mechanism",
};

export const appealStatusLabels: Record<AppealStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  sent: "Sent",
  response_received: "Response received",
  closed: "Closed",
};

export const dispatchChannelLabels: Record<DispatchChannel, string> = {
  email: "E-mail",
  post: "Post",
  fax: "Fax",
  web_form: "Web form",
  hand_delivery: "Hand delivery",
};

/**
 * How a reviewer checks the letters will go out. The appeal records channels per dispatch only,
 * so the method is the reviewer's choice on the page; each needs something of the recipient.
 */
export const reviewMethods = ["email", "post"] as const;
export type ReviewMethod = (typeof reviewMethods)[number];
export const reviewMethodLabels: Record<ReviewMethod, string> = { email: "By e-mail", post: "By post" };
export const reviewMissingLabels: Record<ReviewMethod, string> = { email: "No e-mail address", post: "No postal address" };
