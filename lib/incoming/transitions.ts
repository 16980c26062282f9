// The triage workflow of an incoming appeal, once; the data-access layer enforces it and the
// detail page reads it to offer only the steps that are allowed.
//
//   new ──(start review)──> under_review ──(decide)──> accepted | referred | declined
//    accepted | referred | declined ──(reopen: managers and admins)──> under_review
//
// No decision without a review first, and no decision over a decision: a decided appeal goes back
// to under review (by a manager) before it can be decided again. Reopening clears the decision's
// case link, referral and reason (the audit log keeps them); a case it opened stays.
import type { IncomingStatus } from "./schema";

export const finalIncomingStatuses = ["accepted", "referred", "declined"] as const satisfies readonly IncomingStatus[];

const transitions: Record<IncomingStatus, readonly IncomingStatus[]> = {
  new: ["under_review"],
  under_review: finalIncomingStatuses,
  accepted: ["under_review"],
  referred: ["under_review"],
  declined: ["under_review"],
};

export function canMove(from: IncomingStatus, to: IncomingStatus): boolean {
  return transitions[from].includes(to);
}

export const isDecided = (status: IncomingStatus) => (finalIncomingStatuses as readonly IncomingStatus[]).includes(status);

/** Why a step is refused, in words for the user. */
export function refusal(from: IncomingStatus, to: IncomingStatus): string {
  if (from === to) return "The appeal is already in that state. Reload to see its current state.";
  if (from === "new") return "Start the review before deciding on this appeal.";
  if (isDecided(from)) return "This appeal has already been decided. A manager can reopen it for review.";
  return "That step is not allowed from the appeal's current state.";
}
