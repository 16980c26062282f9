// One zod schema per form or request of the invitation, check-in, report and RSVP screens,
// shared by the forms and the server actions.
import { z } from "zod";
import { answers, attendances } from "./labels";
import { formDate } from "@/lib/dates";
import { dispatchChannels } from "@/lib/appeals/schema";
import { unknownFields } from "@/lib/templates/merge-fields";
import { INVITATION_FIELDS } from "./merge";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

/** More than this many at once is almost certainly the wrong list. */
export const INVITE_LIMIT = 5_000;

const eventId = z.uuid();
const idVersion = { eventId, version: z.number().int().positive() };

export const inviteContactsSchema = z.object({
  eventId,
  contactIds: z.array(z.uuid({ message: "Unknown contact." })).min(1, "Choose at least one contact.").max(1_000, "At most 1,000 contacts at a time."),
});
export const inviteListSchema = z.object({ eventId, listId: z.uuid({ message: "Choose a list." }) });
export const invitationRefSchema = z.object({ eventId, invitationId: z.uuid() });

/** "Unknown merge field: {{salutaton}}." beside the template. */
export const templateSchema = z
  .string()
  .trim()
  .max(20_000, "At most 20,000 characters.")
  .superRefine((value, ctx) => {
    const unknown = unknownFields(value, INVITATION_FIELDS);
    if (unknown.length) {
      ctx.addIssue({ code: "custom", message: `Unknown merge field${unknown.length > 1 ? "s" : ""}: ${unknown.map((f) => `{{${f}}}`).join(", ")}.` });
    }
  });

export const templateFormSchema = z.object({ template: templateSchema });
export type TemplateFormInput = z.input<typeof templateFormSchema>;
export const templateUpdateSchema = z.object({ ...idVersion, values: templateFormSchema });

export const generateTextsSchema = z.object({ eventId, force: z.boolean() });

export const messageFormSchema = z.object({ messageText: z.string().trim().min(1, "Write the invitation text.").max(20_000, "At most 20,000 characters.") });
export const messageUpdateSchema = z.object({ eventId, invitationId: z.uuid(), version: z.number().int().positive(), values: messageFormSchema });

export const markSentSchema = z.object({
  eventId,
  invitationIds: z.array(z.uuid()).min(1, "Select at least one guest.").max(1_000, "At most 1,000 guests at a time."),
  sentOn: formDate("Give the date, like 2026-11-21."),
  channel: z.enum(dispatchChannels, { message: "Choose a channel." }),
});

export const eventRefSchema = z.object({ eventId });

/** The invitation list's URL parameters; anything unexpected falls back to the default. */
export const invitationListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  answer: z.enum([...answers, "all"]).catch("all"),
  sent: z.enum(["all", "sent", "unsent"]).catch("all"),
  attendance: z.enum([...attendances, "all"]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** the contact picker's search */
  find: z.string().trim().max(200).catch(""),
});
export type InvitationListParams = z.output<typeof invitationListSchema>;

export const checkInListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const attendanceSchema = z.object({ eventId, invitationId: z.uuid(), attended: z.boolean() });

export const walkInFormSchema = z.object({
  fullName: z.string().trim().min(2, "Give the guest's name.").max(200, "At most 200 characters."),
  affiliation: z.string().trim().max(300, "At most 300 characters.").transform((v) => v || null),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .refine((v) => v === "" || z.email().safeParse(v).success, "Give a valid e-mail address, or leave it empty.")
    .transform((v) => v || null),
});
export type WalkInFormInput = z.input<typeof walkInFormSchema>;
export type WalkInFormValues = z.output<typeof walkInFormSchema>;
export const walkInSchema = z.object({ eventId, values: walkInFormSchema });

export const reportFormSchema = z.object({ report: z.string().trim().max(50_000, "At most 50,000 characters.") });
export type ReportFormInput = z.input<typeof reportFormSchema>;
export const reportUpdateSchema = z.object({ ...idVersion, values: reportFormSchema });

/** The guest's answer through the private link: no session, the token is the credential. */
export const rsvpAnswerSchema = z.object({
  token: z.string().max(200),
  answer: z.enum(["accepted", "declined", "tentative"], { message: "Choose an answer." }),
  note: z.string().trim().max(1_000, "At most 1,000 characters.").transform((v) => v || null),
});
export type RsvpAnswerInput = z.input<typeof rsvpAnswerSchema>;
export type RsvpAnswerValues = z.output<typeof rsvpAnswerSchema>;
