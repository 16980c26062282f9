// What "Contacts from a report" says and names without zod: the wizard's client components import
// it directly, and ./schema.ts re-exports all of it (zod would add 30 KB to the wizard's first load).

/**
 * Why a row may be an existing contact, strongest first. The same name (by nameKey: case, accents,
 * spacing) and one shared e-mail, phone (E.164 or digits), organization or web form make the
 * update the default; so does a shared e-mail under another spelling of the name ("K.K. Masimov",
 * "Karim Masimov"). The same name alone, or a similar one, is only offered.
 */
export const duplicateReasons = ["name_email", "name_phone", "name_organization", "name_web", "email", "same_name", "name"] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];
export const updateByDefault: ReadonlySet<DuplicateReason> = new Set(["name_email", "name_phone", "name_organization", "name_web", "email"]);

/** "same name and e-mail aprk@akorda.kz": what the review row says about its match. */
export function duplicateReasonText(reason: DuplicateReason | "", detail = ""): string {
  const value = detail ? ` ${detail}` : "";
  switch (reason) {
    case "name_email": return `same name and e-mail${value}`;
    case "name_phone": return `same name and phone${value}`;
    case "name_organization": return `same name and organization${value}`;
    case "name_web": return `same name and web address${value}`;
    case "email": return `same e-mail${value}, another name`;
    case "same_name": return "same name only: no shared e-mail, phone, organization or web address, so it is not updated unless you choose it";
    default: return "similar name only: not updated unless you choose it";
  }
}

/** The review's editable values that come from the report text. */
export const sourcedFields = ["name", "title", "organization", "address", "emails", "phones", "urls"] as const;
export type SourcedField = (typeof sourcedFields)[number];
/** Offsets into the report text: text.slice(start, end). */
export type SourceSpan = { start: number; end: number };
/** Where a row's values stand in the report text, and which of them the reader should check. */
export type RowSource = { spans: Partial<Record<SourcedField, SourceSpan[]>>; unsure: SourcedField[] };

/** "report-dck-ban-2018.pdf" → "report-dck-ban-2018". */
export function defaultReportName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]{1,5}$/i, "").trim();
}

/** The name of the list an import of this report fills. */
export const reportListName = (reportName: string) => `Addressees — ${reportName.trim()}`;

