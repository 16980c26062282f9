// What users read of the letters' enums, without zod: client components import it directly, and
// ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { letterKinds, letterStatuses, signatoryStatuses, type LetterKind, type LetterStatus, type SignatoryStatus } from "@/db/enums";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export { letterKinds, letterStatuses, signatoryStatuses, type LetterKind, type LetterStatus, type SignatoryStatus };
export const letterKindLabels: Record<LetterKind, string> = {
  joint_letter: "Joint letter",
  written_declaration: "Written declaration",
  written_question: "Written question",
  statement: "Statement",
  motion_for_resolution: "Motion for a resolution",
};

/** Set in the letter's form; the last two follow from the outcome (date sent, reply received). */
export const editableLetterStatuses = ["draft", "collecting", "closed"] as const;
export const letterStatusLabels: Record<LetterStatus, string> = {
  draft: "Draft",
  collecting: "Collecting signatures",
  closed: "Closed",
  dispatched: "Sent",
  reply_received: "Reply received",
};

export const signatoryStatusLabels: Record<SignatoryStatus, string> = {
  to_ask: "To ask",
  asked: "Asked",
  followed_up: "Followed up",
  agreed: "Agreed",
  signed: "Signed",
  declined: "Declined",
  no_reply: "No reply",
};
