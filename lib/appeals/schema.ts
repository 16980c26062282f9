// One zod schema per form of the outgoing appeals, used by the form's resolver and by the server action.
import { z } from "zod";
import { appealStatuses, appealTypes, dispatchChannels, reviewMethods, type AppealStatus } from "./labels";
import { optionalText, parliamentaryBodies } from "@/lib/contacts/schema";
import { dateParam, formDate } from "@/lib/dates";
import { unknownFields } from "@/lib/templates/merge-fields";
import { APPEAL_FIELDS } from "./merge";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export {
  appealStatuses,
  appealStatusLabels,
  appealTypeLabels,
  appealTypes,
  dispatchChannelLabels,
  dispatchChannels,
  reviewMethodLabels,
  reviewMethods,
  reviewMissingLabels,
  type AppealStatus,
  type AppealType,
  type DispatchChannel,
  type ReviewMethod,
} from "./labels";

const requiredDate = formDate("Give the date, like 2026-11-21.");

/** "Unknown merge field: {{salutaton}}." beside the field that has it. */
function refuseUnknownFields(value: string, path: string, ctx: z.RefinementCtx) {
  const unknown = unknownFields(value, APPEAL_FIELDS);
  if (unknown.length) {
    ctx.addIssue({
      code: "custom",
      path: [path],
      message: `Unknown merge field${unknown.length > 1 ? "s" : ""}: ${unknown.map((f) => `{{${f}}}`).join(", ")}.`,
    });
  }
}

export const appealFormSchema = z
  .object({
    type: z.enum(appealTypes, { message: "Choose the type of appeal." }),
    title: z.string().trim().min(3, "Give the appeal a title of at least 3 characters.").max(300, "At most 300 characters."),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "Use a two-letter language code such as en, fr or ru."),
    campaignId: z.union([z.literal(""), z.uuid("Choose a campaign from the list.")]).transform((v) => (v === "" ? null : v)),
    caseIds: z.array(z.uuid("Choose cases from the list.")).max(50, "At most 50 cases."),
    subject: z.string().trim().max(500, "At most 500 characters."),
    bodyMarkdown: z.string().trim().max(100_000, "At most 100,000 characters."),
  })
  .superRefine((v, ctx) => {
    refuseUnknownFields(v.subject, "subject", ctx);
    refuseUnknownFields(v.bodyMarkdown, "bodyMarkdown", ctx);
  });
export type AppealFormInput = z.input<typeof appealFormSchema>;
export type AppealFormValues = z.output<typeof appealFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };
export const appealUpdateSchema = z.object({ ...idVersion, values: appealFormSchema });
/** Submit, approve, close, delete: the appeal and the version the user saw. */
export const appealStepSchema = z.object(idVersion);
export const appealReturnSchema = z.object({
  ...idVersion,
  comment: z.string().trim().min(1, "Say what needs to change: the comment is required.").max(5_000, "At most 5,000 characters."),
});
export type AppealReturnInput = z.input<typeof appealReturnSchema>;

export const RECIPIENTS_AT_ONCE = 500;
export const addRecipientsSchema = z.object({
  appealId: z.uuid(),
  contactIds: z.array(z.uuid()).min(1, "Choose at least one contact.").max(RECIPIENTS_AT_ONCE, `At most ${RECIPIENTS_AT_ONCE} at once.`),
});
export const addListRecipientsSchema = z.object({ appealId: z.uuid(), listId: z.uuid("Choose a list.") });
export const removeRecipientSchema = z.object({ appealId: z.uuid(), recipientId: z.uuid() });

export const dispatchSchema = z.object({
  appealId: z.uuid(),
  recipientIds: z.array(z.uuid()).min(1, "Select at least one recipient.").max(RECIPIENTS_AT_ONCE, `At most ${RECIPIENTS_AT_ONCE} at once.`),
  sentOn: requiredDate,
  channel: z.enum(dispatchChannels, { message: "Choose how it was sent." }),
});
export type DispatchFormInput = z.input<typeof dispatchSchema>;

export const replyFormSchema = z.object({
  receivedOn: requiredDate,
  fromName: z.string().trim().min(1, "Say who replied.").max(300, "At most 300 characters."),
  recipientId: z.union([z.literal(""), z.uuid("Choose a recipient from the list.")]).transform((v) => (v === "" ? null : v)),
  summary: z.string().trim().min(1, "Summarize the reply in a sentence.").max(5_000, "At most 5,000 characters."),
  bodyText: optionalText(100_000),
});
export type ReplyFormInput = z.input<typeof replyFormSchema>;
export type ReplyFormValues = z.output<typeof replyFormSchema>;
export const replySchema = z.object({ appealId: z.uuid(), values: replyFormSchema });

export const appealSorts = ["updated", "created", "title", "sent"] as const;
export const appealSortLabels: Record<(typeof appealSorts)[number], string> = {
  updated: "Recently changed",
  created: "Newest",
  title: "Title",
  sent: "Recently sent",
};

/** The statuses an appeal has once it went out: the "sent or later" choice of the list. */
export const sentOrLater = ["sent", "response_received", "closed"] as const satisfies readonly AppealStatus[];
export const appealStatusFilters = [...appealStatuses, "sent_or_later", "all"] as const;
export type AppealStatusFilter = (typeof appealStatusFilters)[number];

/** Which date the list's from/to range applies to. */
export const appealDateKinds = ["created", "sent"] as const;
export const appealDateKindLabels: Record<(typeof appealDateKinds)[number], string> = { created: "Created", sent: "Sent" };

/** The appeals list's URL parameters; anything unexpected falls back to the default. */
export const appealListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(appealStatusFilters).catch("all"),
  /** from/to are whole days (UTC), both ends included, of the creation or of the first dispatch */
  dated: z.enum(appealDateKinds).catch("created"),
  from: dateParam,
  to: dateParam,
  /** a case the appeal is about is in this country */
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  /** a recipient is a member of this parliamentary body */
  body: z.enum([...parliamentaryBodies, "all"]).catch("all"),
  replied: z.enum(["any", "yes", "no"]).catch("any"),
  type: z.enum([...appealTypes, "all"]).catch("all"),
  campaign: z.uuid().or(z.literal("")).catch(""),
  case: z.uuid().or(z.literal("")).catch(""),
  owner: z.uuid().or(z.literal("mine")).or(z.literal("")).catch(""),
  sort: z.enum(appealSorts).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AppealListParams = z.output<typeof appealListSchema>;

/** The detail page's parameters: the recipients' page, the contact search of the picker, the review's letters page and method. */
export const appealDetailSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  find: z.string().trim().max(200).catch(""),
  letters: z.coerce.number().int().min(1).max(100_000).catch(1),
  via: z.enum(reviewMethods).catch("email"),
});
export type AppealDetailParams = z.output<typeof appealDetailSchema>;
