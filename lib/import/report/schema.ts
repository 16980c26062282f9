// The forms and requests of "Contacts from a report", shared by the browser (zodResolver) and the
// server actions. The review rows travel as the raw strings the user edits; the server parses them
// again and never trusts what the browser checked. Only ticked rows are validated.
import { z } from "zod";
import { contactKinds } from "@/db/enums";
import { optionalText } from "@/lib/contacts/schema";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/file-size";
import { isSafeHttpUrl, urlProblem, urlProblemMessages } from "@/lib/url";
import { duplicateReasons, type RowSource } from "./labels";

// What the review says without zod (match reasons, default names) lives in ./labels.ts, for the
// wizard's client components.
export * from "./labels";

/** Uploads and pasted texts are capped at 10 MB (the upload limit of lib/uploads/limits.mjs). */
export const REPORT_MAX_BYTES = MAX_UPLOAD_BYTES;
/** A report's contact list is a few dozen entries; more in one review table would be unusable. */
export const REPORT_MAX_ROWS = 500;

const reportName = z
  .string()
  .trim()
  .min(2, "Give the report a name of at least 2 characters.")
  .max(180, "At most 180 characters.");

/** Step 1 in the browser: the name and the pasted text (a chosen file replaces the text). */
export const reportSourceFormSchema = z.object({
  reportName,
  text: z.string().max(REPORT_MAX_BYTES, "The text is longer than 10 MB."),
});
export type ReportSourceFormInput = z.input<typeof reportSourceFormSchema>;

/** The preview request with pasted text. */
export const reportPreviewSchema = z.object({
  reportName,
  text: z.string().min(1, "Paste the report text or choose a file.").max(REPORT_MAX_BYTES, "The text is longer than 10 MB."),
});
export type ReportPreviewInput = z.output<typeof reportPreviewSchema>;

/** The preview request with a file: base64 from scripts and tests, raw bytes from the browser's FormData. */
export const reportFileSchema = z
  .object({
    reportName,
    fileName: z.string().trim().min(1, "Choose a .txt or .pdf file.").max(255, "The file name is too long."),
    fileBase64: z.string().max(Math.ceil((REPORT_MAX_BYTES * 4) / 3) + 8, "The file is larger than 10 MB.").optional(),
    bytes: z.instanceof(Uint8Array).optional(),
  })
  .transform((v, ctx) => {
    const bytes = v.bytes ?? (v.fileBase64 !== undefined ? new Uint8Array(Buffer.from(v.fileBase64, "base64")) : null);
    if (!bytes) {
      ctx.addIssue({ code: "custom", message: "Choose a .txt or .pdf file.", path: ["file"] });
      return z.NEVER;
    }
    return { reportName: v.reportName, fileName: v.fileName, bytes };
  });
export type ReportFileInput = z.output<typeof reportFileSchema>;

/** "Report: DCK ban (2018)" → "dck-ban-2018", for the contacts' source "report:<slug>". */
export function reportSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^report-(?=.)/, "");
  return slug.slice(0, 80) || "report";
}

/** One row of the review table, as the user edits it. Lenient: unticked rows are never checked. */
export const reviewRowSchema = z.object({
  include: z.boolean(),
  kind: z.enum(contactKinds),
  name: z.string().max(1_000),
  title: z.string().max(2_000),
  organization: z.string().max(2_000),
  address: z.string().max(5_000),
  emails: z.string().max(5_000),
  phones: z.string().max(5_000),
  urls: z.string().max(5_000),
  /** The probable duplicate found by the preview ("" when none) and what to do with it. */
  duplicateId: z.union([z.literal(""), z.uuid()]),
  duplicateName: z.string().max(1_000),
  duplicateReason: z.union([z.literal(""), z.enum(duplicateReasons)]),
  /** The e-mail, phone, organization or web address shared with it ("" for a name match). */
  duplicateDetail: z.string().max(2_000).default(""),
  /** "merge": update the existing contact; "new": create a contact. */
  action: z.enum(["merge", "new"]),
});
export type ReviewRow = z.input<typeof reviewRowSchema>;
/** What the preview returns: the rows of the review table. */
export type ReportPreview = {
  reportName: string;
  rows: ReviewRow[];
  /** The idempotency key of this review, made when it is shown and sent with "Import". */
  importKey: string;
  /** The list named "Addressees — <report name>" that already exists, to which the import adds. */
  existingList: { id: string; name: string; members: number } | null;
  /** The report's text (null when too long to send back), shown beside the review. */
  sourceText: string | null;
  /** Per row (same order): the spans of its values in sourceText, and the values to check. */
  sources: RowSource[];
};

/** Longer texts are not sent back for the side-by-side view (the review still works without it). */
export const SOURCE_TEXT_MAX_CHARS = 1_000_000;

/** What an import did (and what a second submit of the same review gets back). */
export type ReportImportResult = {
  listId: string;
  listName: string;
  /** The list already existed (the same name by nameKey): the contacts were added to it. */
  listReused: boolean;
  /** Contacts newly added to the list, and its members after the import. */
  listAdded: number;
  listMembers: number;
  created: number;
  /** Existing contacts updated, and how many of them already held everything the rows gave. */
  merged: number;
  unchanged: number;
  organizationsCreated: number;
  /** This review had been imported before: its first result, nothing written this time. */
  repeated?: boolean;
};

const splitList = (v: string, separators: RegExp) => [...new Set(v.split(separators).map((s) => s.trim()).filter(Boolean))];

const PHONE_RE = /^\+?\s*[\d(][\d\s().\-/]*$/;

const oneLine = z.string().transform((v) => v.replace(/\s*[\r\n]+\s*/g, " "));

/** A ticked row, checked field by field; messages name the bad value so the user finds it. */
const includedRowSchema = z
  .object({
    kind: z.enum(contactKinds),
    name: z.string().trim().min(1, "Give a name.").max(300, "At most 300 characters."),
    // Wrapped in the review, a line break typed there is a space.
    title: oneLine.pipe(optionalText(300)),
    organization: oneLine.pipe(optionalText(300)),
    address: optionalText(2_000),
    emails: z
      .string()
      // One address once, whatever its case (the database keeps e-mails unique per contact case-insensitively).
      .transform((v) => splitList(v, /[,;\s]+/).filter((e, i, all) => all.findIndex((o) => o.toLowerCase() === e.toLowerCase()) === i))
      .superRefine((list, ctx) => {
        const bad = list.find((e) => !z.email().safeParse(e).success);
        if (bad) ctx.addIssue({ code: "custom", message: `“${bad}” is not a valid e-mail address.` });
        if (list.length > 20) ctx.addIssue({ code: "custom", message: "At most 20 e-mail addresses." });
      }),
    phones: z
      .string()
      .transform((v) => splitList(v, /[,;\r\n]+/))
      .superRefine((list, ctx) => {
        const bad = list.find((p) => p.length > 50 || !PHONE_RE.test(p));
        if (bad) ctx.addIssue({ code: "custom", message: `“${bad}” is not a phone number: use digits, spaces, + ( ) - . / only.` });
        if (list.length > 20) ctx.addIssue({ code: "custom", message: "At most 20 phone numbers." });
      }),
    urls: z
      .string()
      .transform((v) => splitList(v, /[,\s]+/))
      .superRefine((list, ctx) => {
        // The one rule of lib/url.ts; the list is split at whitespace, so a line break cannot be inside one.
        const bad = list.find((u) => u.length > 2_000 || !isSafeHttpUrl(u));
        if (bad !== undefined) {
          const message = bad.length > 2_000
            ? `“${bad.slice(0, 40)}…” is longer than 2,000 characters.`
            : `“${bad}” is not a usable web address. ${urlProblemMessages[urlProblem(bad) ?? "address"]}`;
          ctx.addIssue({ code: "custom", message });
        }
      }),
    duplicateId: z.union([z.literal(""), z.uuid()]),
    action: z.enum(["merge", "new"]),
  })
  .refine((r) => r.action === "new" || r.duplicateId !== "", {
    message: "There is no existing contact to update: choose “Create new”.",
    path: ["action"],
  });

export type ImportRow = {
  /** The row's place in the review table (0-based), for error messages. */
  index: number;
  kind: "person" | "organization";
  fullName: string;
  title: string | null;
  organization: string | null;
  address: string | null;
  emails: string[];
  phones: string[];
  urls: string[];
  mergeIntoId: string | null;
};

/** The import request (and the review form): every ticked row is validated, errors keep their row index. */
export const reportImportSchema = z
  .object({
    reportName,
    importKey: z.uuid("This review has no import key: start over and read the report again."),
    rows: z.array(reviewRowSchema).min(1, "There are no rows to import.").max(REPORT_MAX_ROWS, `At most ${REPORT_MAX_ROWS} rows at once.`),
  })
  .transform((v, ctx) => {
    const rows: ImportRow[] = [];
    v.rows.forEach((row, index) => {
      if (!row.include) return;
      const parsed = includedRowSchema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["rows", index, ...issue.path] });
        return;
      }
      const r = parsed.data;
      rows.push({
        index, kind: r.kind, fullName: r.name, title: r.title, organization: r.organization, address: r.address,
        emails: r.emails, phones: r.phones, urls: r.urls, mergeIntoId: r.action === "merge" ? r.duplicateId : null,
      });
    });
    if (v.rows.every((r) => !r.include)) ctx.addIssue({ code: "custom", message: "Tick at least one row to import.", path: ["rows"] });
    return { reportName: v.reportName, importKey: v.importKey, rows };
  });
export type ReportImportInput = z.input<typeof reportImportSchema>;
export type ReportImportValues = z.output<typeof reportImportSchema>;

/** Zod issues as { "rows.3.emails": [message] }: the paths react-hook-form's setError takes. */
export function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** "Row 3: “x” is not a valid e-mail address." for the summary above the table. */
export function firstRowError(fieldErrors: Record<string, string[] | undefined>): string | null {
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const m = /^rows\.(\d+)\./.exec(key);
    if (m && messages?.[0]) return `Row ${Number(m[1]) + 1}: ${messages[0]}`;
  }
  return null;
}
