// The life of an outgoing appeal, once. The data-access layer enforces it (lib/appeals/transitions.ts,
// and lib/appeals/dispatch.ts for "sent"); the detail page reads it to offer only the allowed steps.
//
//   draft ──submit (officer)──> in_review ──approve (manager)──> approved ──first dispatch──> sent
//     ^                            │                                                         │
//     └────return with a comment───┘                                   a reply is logged ────┤
//                                                                                             v
//   approved | sent | response_received ──close──> closed            response_received <─────┘
//
// Nothing skips review: no approval from a draft, no dispatch before approval, no edit after
// submission (a returned appeal is a draft again and editable).
import type { Capability } from "@/lib/auth/policy";
import type { AppealStatus } from "./schema";

export type Step = "submit" | "approve" | "return" | "dispatch" | "reply" | "close";

type Transition = { from: readonly AppealStatus[]; to: AppealStatus | null; capability: Capability };

/** Each step: the statuses it may start from, where it leads (null: stays) and who may take it. */
export const transitions: Record<Step, Transition> = {
  submit: { from: ["draft"], to: "in_review", capability: "appeal.write" },
  approve: { from: ["in_review"], to: "approved", capability: "appeal.approve" },
  return: { from: ["in_review"], to: "draft", capability: "appeal.approve" },
  // The first successful dispatch of an approved appeal makes it "sent"; later ones leave the status.
  dispatch: { from: ["approved", "sent", "response_received"], to: "sent", capability: "appeal.write" },
  reply: { from: ["sent", "response_received"], to: "response_received", capability: "appeal.write" },
  close: { from: ["approved", "sent", "response_received"], to: "closed", capability: "appeal.write" },
};

export function canTake(step: Step, from: AppealStatus): boolean {
  return transitions[step].from.includes(from);
}

/** The text, subject, cases and recipients change only while the appeal is a draft. */
export const isEditable = (status: AppealStatus) => status === "draft";

/** Personalized letters exist (print, PDF, .eml) once a manager approved the text. */
export const hasOutput = (status: AppealStatus) => status === "approved" || status === "sent" || status === "response_received" || status === "closed";

/** Why a step is refused, in words for the user. */
export function refusal(step: Step, from: AppealStatus): string {
  switch (step) {
    case "submit":
      return from === "in_review" ? "This appeal is already in review." : "Only a draft can be submitted for review.";
    case "approve":
    case "return":
      return from === "draft" ? "Only an appeal submitted for review can be approved or returned." : "This appeal has already been reviewed.";
    case "dispatch":
      return "Only an approved appeal can be sent. Submit it for review first.";
    case "reply":
      return "Replies are logged once the appeal has been sent.";
    case "close":
      return from === "closed" ? "This appeal is already closed." : "Only an approved or sent appeal can be closed.";
  }
}
