// One zod schema per form of the incoming-appeals section, used by the form's resolver and by the
// server action.
import { z } from "zod";
import { caseStartStatuses, incomingChannels, incomingStatuses } from "./labels";
import { optionalCountry, optionalText } from "@/lib/contacts/schema";
import { formDate, optionalFormDate } from "@/lib/dates";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

const requiredDate = formDate;
const optionalDate = optionalFormDate();
const optionalId = (message: string) => z.union([z.literal(""), z.uuid(message)]).transform((v) => (v === "" ? null : v));

export const senderModes = ["existing", "new", "name"] as const;
export type SenderMode = (typeof senderModes)[number];

export const incomingFormSchema = z
  .object({
    senderMode: z.enum(senderModes, { message: "Choose how to record the sender." }),
    senderContactId: optionalId("Choose a contact from the list."),
    /** as the sender signed; for an existing contact, empty means the contact's name */
    senderName: z.string().trim().max(300, "At most 300 characters."),
    senderEmail: z
      .string()
      .trim()
      .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid e-mail address.")
      .transform((v) => (v === "" ? null : v)),
    receivedOn: requiredDate("Give the date it was received, like 2026-11-21."),
    channel: z.enum(incomingChannels, { message: "Choose how it arrived." }),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === "" || /^[a-z]{2}$/.test(v), "Use a two-letter language code such as en, kk or ru.")
      .transform((v) => (v === "" ? null : v)),
    // Not trimmed: the appeal is kept exactly as received.
    originalText: z
      .string()
      .max(200_000, "At most 200,000 characters.")
      .refine((v) => v.trim().length > 0, "Paste the appeal as it was received."),
    requestSummary: z.string().trim().max(2000, "At most 2,000 characters."),
    assignedToId: optionalId("Choose an officer from the list."),
    dueOn: optionalDate,
  })
  .refine((v) => v.senderMode !== "existing" || v.senderContactId, { message: "Find and choose the contact.", path: ["senderContactId"] })
  .refine((v) => v.senderMode === "existing" || v.senderName.length >= 2, { message: "Give the sender's name.", path: ["senderName"] })
  .refine((v) => v.senderMode === "new" || !v.senderEmail, { message: "An e-mail is stored only with a new contact.", path: ["senderEmail"] })
  .refine((v) => !v.dueOn || v.dueOn >= v.receivedOn, { message: "The due date cannot be before the date received.", path: ["dueOn"] });

export type IncomingFormInput = z.input<typeof incomingFormSchema>;
export type IncomingFormValues = z.output<typeof incomingFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };

/** What can change after logging: never the original text. */
export const incomingAssignmentSchema = z.object({
  assignedToId: optionalId("Choose an officer from the list."),
  dueOn: optionalDate,
  requestSummary: z.string().trim().max(2000, "At most 2,000 characters."),
});
export type IncomingAssignmentInput = z.input<typeof incomingAssignmentSchema>;
export type IncomingAssignmentValues = z.output<typeof incomingAssignmentSchema>;
export const incomingUpdateSchema = z.object({ ...idVersion, values: incomingAssignmentSchema });

/** new → under review; a manager's reopening of a decided appeal (back to under review). */
export const incomingStepSchema = z.object(idVersion);

export const decisions = ["accepted", "referred", "declined"] as const;
export type Decision = (typeof decisions)[number];

export const decisionFormSchema = z
  .object({
    decision: z.enum(decisions, { message: "Choose a decision." }),
    caseMode: z.enum(["new", "existing"]),
    caseId: optionalId("Choose a case from the list."),
    casePrimaryName: z.string().trim().max(300, "At most 300 characters."),
    caseCountry: optionalCountry,
    caseStatus: z.enum(caseStartStatuses, { message: "Choose a status." }),
    caseSummary: z.string().trim().max(5000, "At most 5,000 characters."),
    caseRestricted: z.boolean(),
    referredTo: optionalText(500),
    declineReason: optionalText(2000),
  })
  .refine((v) => v.decision !== "accepted" || v.caseMode !== "existing" || v.caseId, { message: "Find and choose the case.", path: ["caseId"] })
  .refine((v) => v.decision !== "accepted" || v.caseMode !== "new" || v.casePrimaryName.length >= 2, {
    message: "Give the name of the person at risk.",
    path: ["casePrimaryName"],
  })
  .refine((v) => v.decision !== "referred" || v.referredTo, { message: "Say to whom it was referred.", path: ["referredTo"] })
  .refine((v) => v.decision !== "declined" || v.declineReason, { message: "Give the reason for declining.", path: ["declineReason"] });

export type DecisionFormInput = z.input<typeof decisionFormSchema>;
export type DecisionFormValues = z.output<typeof decisionFormSchema>;
export const incomingDecisionSchema = z.object({ ...idVersion, values: decisionFormSchema });

/** The sender and case look-ups of the forms. */
export const lookupSchema = z.object({ q: z.string().trim().min(1, "Type a name to search.").max(200) });

export const incomingSorts = ["received", "due"] as const;

/** The list's URL parameters; anything unexpected falls back to the default. */
export const incomingListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum([...incomingStatuses, "open", "all"]).catch("all"),
  /** "me", "unassigned", a user's id, or "" for anyone */
  assigned: z.union([z.enum(["", "me", "unassigned"]), z.uuid()]).catch(""),
  channel: z.enum([...incomingChannels, ""]).catch(""),
  overdue: z.enum(["", "1"]).catch(""),
  sort: z.enum(incomingSorts).catch("received"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type IncomingListParams = z.output<typeof incomingListSchema>;
