// One zod schema per form of the events section, used by the form's resolver and by the server action.
import { z } from "zod";
import { eventForums, eventKinds, eventStatuses, participantRoles, taskCategories } from "./labels";
import { optionalCountry, optionalText, optionalUrl } from "@/lib/contacts/schema";
import { dateParam, monthParam, optionalFormDate } from "@/lib/dates";
import { isValidTimeZone, zoneAliases } from "./zoned";

// The enums' values and labels live in ./labels.ts, without zod, for client components.
export * from "./labels";

const optionalDate = optionalFormDate();
const optionalTime = z
  .string()
  .trim()
  .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "Use a time like 12:30.")
  .transform((v) => (v === "" ? null : v));
const optionalId = (message: string) => z.union([z.literal(""), z.uuid(message)]).transform((v) => (v === "" ? null : v));

export const timeZoneField = z
  .string()
  .trim()
  .transform((v) => zoneAliases[v] ?? v)
  .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Luxembourg.");

/**
 * Start and end are the wall clock at the venue, in `timeZone`. No start date: the date is not
 * fixed yet. All-day: dates only. The end defaults to the start's day.
 */
export const eventFormSchema = z
  .object({
    kind: z.enum(eventKinds, { message: "Choose the kind of event." }),
    forum: z.enum(eventForums, { message: "Choose the forum." }),
    title: z.string().trim().min(3, "Give the event a title of at least 3 characters.").max(300, "At most 300 characters."),
    description: z.string().trim().max(20_000, "At most 20,000 characters."),
    startDate: optionalDate,
    startTime: optionalTime,
    endDate: optionalDate,
    endTime: optionalTime,
    allDay: z.boolean(),
    timeZone: timeZoneField,
    venue: optionalText(300),
    room: optionalText(200),
    city: optionalText(200),
    country: optionalCountry,
    onlineUrl: optionalUrl,
    capacity: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,6}$/.test(v) && Number(v) > 0), "Give the number of seats, or leave it empty.")
      .transform((v) => (v === "" ? null : Number(v))),
    coordinatorId: optionalId("Choose a coordinator from the list."),
    campaignId: optionalId("Choose a campaign from the list."),
    caseIds: z.array(z.uuid("Choose cases from the list.")).max(50, "At most 50 cases."),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.startDate) {
      if (v.startTime || v.endDate || v.endTime) issue("startDate", "Give the start date, or clear the other date and time fields.");
      return;
    }
    if (v.allDay) {
      if (v.endDate && v.endDate < v.startDate) issue("endDate", "The last day cannot be before the first.");
      return;
    }
    if (!v.startTime) return issue("startTime", "Give the start time, or tick “All day”.");
    if (v.endDate && !v.endTime) return issue("endTime", "Give the end time too.");
    // Same zone on both sides: comparing wall clocks compares instants (bar the repeated hour).
    if (v.endTime && `${v.endDate ?? v.startDate}T${v.endTime}` <= `${v.startDate}T${v.startTime}`) issue("endTime", "The end must be after the start.");
  });
export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };
export const eventUpdateSchema = z.object({ ...idVersion, values: eventFormSchema });
export const eventDeleteSchema = z.object(idVersion);
export const eventStatusChangeSchema = z.object({ ...idVersion, to: z.enum(eventStatuses, { message: "Choose a status." }) });

export const participantSchema = z.object({
  eventId: z.uuid(),
  contactId: z.uuid("Choose a contact from the search."),
  role: z.enum([...participantRoles, "moderator"], { message: "Choose a role." }),
});
export const partnerSchema = z.object({ eventId: z.uuid(), organizationId: z.uuid("Choose an organization from the search.") });

export const taskFormSchema = z.object({
  title: z.string().trim().min(2, "Say what needs doing (at least 2 characters).").max(300, "At most 300 characters."),
  category: z.enum(taskCategories, { message: "Choose a category." }),
  ownerId: optionalId("Choose an owner from the list."),
  dueOn: optionalDate,
  notes: optionalText(5_000),
});
export type TaskFormInput = z.input<typeof taskFormSchema>;
export type TaskFormValues = z.output<typeof taskFormSchema>;
export const taskCreateSchema = z.object({ eventId: z.uuid(), values: taskFormSchema });
export const taskUpdateSchema = z.object({ ...idVersion, values: taskFormSchema });
export const taskDoneSchema = z.object({ ...idVersion, done: z.boolean() });
export const taskDeleteSchema = z.object(idVersion);
export const usualTasksSchema = z.object({ eventId: z.uuid() });

export const eventWhens = ["upcoming", "past", "all"] as const;
export const eventSorts = ["auto", "soonest", "latest", "relevance"] as const;

/** The list's URL parameters; anything unexpected falls back to the default. */
export const eventListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  kind: z.enum(eventKinds).or(z.literal("")).catch(""),
  forum: z.enum(eventForums).or(z.literal("")).catch(""),
  status: z.enum([...eventStatuses, "all"]).catch("all"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  campaign: z.uuid().or(z.literal("")).catch(""),
  when: z.enum(eventWhens).catch("upcoming"),
  from: dateParam,
  to: dateParam,
  sort: z.enum(eventSorts).catch("auto"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type EventListParams = z.output<typeof eventListSchema>;

/** /events/calendar?month=2026-12; the current month when absent or wrong. */
export const calendarSchema = z.object({
  month: monthParam,
});

/** The detail page's contact and organization searches. */
export const eventDetailSchema = z.object({
  find: z.string().trim().max(200).catch(""),
  findOrg: z.string().trim().max(200).catch(""),
});
