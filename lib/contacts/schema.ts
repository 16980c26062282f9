// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { activityKinds, contactKinds, institutionTypes, parliamentaryBodies } from "./labels";
import { dateParam, formDateTime } from "@/lib/dates";
import { urlProblem, urlProblemMessages } from "@/lib/url";
import { isCountryCode } from "./countries";

// Labels and options live in ./labels.ts, without zod (client components import them there);
// re-exported so that server code keeps importing everything of contacts from here.
export * from "./labels";

/** Optional free text: trimmed, "" stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === "" ? null : v));

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values, { message })])
    .transform((v) => (v === "" ? null : (v as T[number])));

export const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === "" || isCountryCode(v), "Choose a country from the list.")
  .transform((v) => (v === "" ? null : v));

/**
 * The web address fields of every form (contact web form, organization website, event link):
 * the one rule of lib/url.ts (http/https only, no control characters, whitespace or credentials).
 * Trimmed; "" stored as null.
 */
export const optionalUrl = z
  .string()
  .trim()
  .max(2000, "At most 2,000 characters.")
  .superRefine((v, ctx) => {
    const problem = v === "" ? null : urlProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: urlProblemMessages[problem] });
  })
  .transform((v) => (v === "" ? null : v));

/** "a, b ,, c" → ["a", "b", "c"], without duplicates. */
const commaList = z
  .string()
  .max(2000, "At most 2,000 characters.")
  .transform((v) => [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))]);

const emailItem = z.object({
  value: z.string().trim().pipe(z.email("Enter a valid e-mail address.")),
  label: z.string().trim().max(50, "At most 50 characters."),
  primary: z.boolean(),
});
const phoneItem = z.object({
  value: z
    .string()
    .trim()
    .min(3, "Enter a phone number.")
    .max(50, "At most 50 characters.")
    // An extension may follow, as in CSV imports (isPhone, lib/import/csv/values.ts): "… ext. 123".
    .regex(/^[+(\d][\d\s().\-/]*(?:\s*(?:ext\.?|x|доб\.?)\s*\d+)?$/iu, "Use digits, spaces, + ( ) - . / and an extension (ext. 123) only."),
  label: z.string().trim().max(50, "At most 50 characters."),
  primary: z.boolean(),
});

const onePrimary = (items: Array<{ primary: boolean }>) => items.length === 0 || items.filter((i) => i.primary).length === 1;

export const contactFormSchema = z
  .object({
    kind: z.enum(contactKinds, { message: "Choose person or organization." }),
    honorific: optionalText(50),
    firstName: optionalText(200),
    lastName: optionalText(200),
    fullName: z.string().trim().max(300, "At most 300 characters."),
    nameNative: optionalText(300),
    title: optionalText(300),
    organizationId: z.union([z.literal(""), z.uuid("Choose an organization from the list.")]).transform((v) => (v === "" ? null : v)),
    newOrganizationName: optionalText(300),
    department: optionalText(300),
    institutionType: optionalEnum(institutionTypes, "Choose an institution type."),
    country: optionalCountry,
    postalAddress: optionalText(2000),
    webFormUrl: optionalUrl,
    salutation: optionalText(200),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === "" || /^[a-z]{2}$/.test(v), "Use a two-letter language code such as en, fr or ru.")
      .transform((v) => (v === "" ? null : v)),
    parliamentaryBody: optionalEnum(parliamentaryBodies, "Choose a parliamentary body."),
    delegation: optionalCountry,
    politicalGroup: optionalText(100),
    committees: commaList,
    tags: commaList,
    notes: z.string().trim().max(20_000, "At most 20,000 characters."),
    doNotContact: z.boolean(),
    doNotContactReason: optionalText(500),
    emails: z.array(emailItem).max(20, "At most 20 e-mail addresses.").refine(onePrimary, "Mark exactly one e-mail address as primary."),
    phones: z.array(phoneItem).max(20, "At most 20 phone numbers.").refine(onePrimary, "Mark exactly one phone number as primary."),
  })
  // The full name is what lists and letters show: derived from the parts when left empty.
  .transform((c) => ({ ...c, fullName: c.fullName || [c.firstName, c.lastName].filter(Boolean).join(" ") }))
  .refine((c) => c.fullName.length > 0, { message: "Give a full name, or a first or last name.", path: ["fullName"] })
  .refine((c) => !(c.organizationId && c.newOrganizationName), {
    message: "Choose an existing organization or type a new one, not both.",
    path: ["newOrganizationName"],
  })
  .refine((c) => new Set(c.emails.map((e) => e.value.toLowerCase())).size === c.emails.length, {
    message: "The same e-mail address is listed twice.",
    path: ["emails"],
  });

export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormValues = z.output<typeof contactFormSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };
export const contactUpdateSchema = z.object({ ...idVersion, values: contactFormSchema });
export const contactDeleteSchema = z.object(idVersion);

export const contactSorts = ["relevance", "name", "updated", "country"] as const;

/** The list's URL parameters; anything unexpected falls back to the default. */
export const contactListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  kind: z.enum([...contactKinds, "all"]).catch("all"),
  /** a body, or "any_parliament": a member of any of them */
  body: z.enum([...parliamentaryBodies, "any_parliament", "all"]).catch("all"),
  /** contacted before this day (UTC) and not since: the dashboard's "not contacted in N months" */
  notContactedSince: dateParam,
  type: z.enum([...institutionTypes, "all"]).catch("all"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  group: z.string().trim().max(100).catch(""),
  committee: z.string().trim().max(100).catch(""),
  tag: z.string().trim().max(100).catch(""),
  list: z.uuid().or(z.literal("")).catch(""),
  dnc: z.enum(["any", "yes", "no"]).catch("any"),
  sort: z.enum(contactSorts).catch("relevance"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ContactListParams = z.output<typeof contactListSchema>;


const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const activityFormSchema = z.object({
  kind: z.enum(activityKinds, { message: "Choose what kind of activity this was." }),
  // A datetime-local value is a wall-clock time; the browser's time zone says where that wall is.
  occurredAt: formDateTime("Give the date and time it happened."),
  timeZone: z.string().trim().max(64).refine(validTimeZone, "Unknown time zone.").catch("UTC"),
  subject: z.string().trim().min(2, "Say in a few words what it was about.").max(300, "At most 300 characters."),
  body: z.string().trim().max(20_000, "At most 20,000 characters."),
});
export type ActivityFormInput = z.input<typeof activityFormSchema>;
export type ActivityFormValues = z.output<typeof activityFormSchema>;
export const activityLogSchema = z.object({ contactId: z.uuid(), values: activityFormSchema });

/** `?page=` of a contact's timeline (and of an organization's people). */
export const pageParamSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
