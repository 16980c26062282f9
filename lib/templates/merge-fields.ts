// Merge fields in appeal bodies, letter outreach messages and invitations: `{{salutation}}`,
// `{{recipient_name}}`… Each feature declares the fields it offers (name → label for the editor's
// help); rendering replaces the known ones and leaves nothing of an unknown one unnoticed, because
// `unknownFields` lets the form refuse a typo such as `{{salutaton}}` before anything is sent.
// Pure functions: used on the server for the real letters and in the browser for the live preview.

export type FieldSet = Readonly<Record<string, string>>;

const placeholder = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The fields a template uses, in order of first use. */
export function fieldsIn(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((m) => m[1]))];
}

/** Fields the template uses that the feature does not offer. */
export function unknownFields(template: string, offered: FieldSet): string[] {
  return fieldsIn(template).filter((f) => !(f in offered));
}

// Punctuation a value may end with and a template may put right after a field. Salutations are
// stored as they are written in their language ("Dear Ms Ward,", "Уважаемый господин Министр!",
// "Estimada Sra. Ward:"), while templates add their own mark ("{{salutation}},"): one of the two
// has to give way, or every letter reads "Dear Ms Ward,,".
const MARKS = ",;:.!?，、；：！？。،؛";
const CLAUSE_MARKS = ",;:!?，、；：！？،؛";
/** A field and the mark right after it, if any (every mark of MARKS is literal inside [ ]). */
const field = new RegExp(String.raw`\{\{\s*([a-z_]+)\s*\}\}([${MARKS}]?)`, "g");

/**
 * The mark the template puts after a value, or "" when the value already ends with punctuation
 * that makes it redundant. The value's own mark wins (it is the language's usage), except that a
 * full stop closing an abbreviation ("Acme Inc.") still takes the template's comma.
 */
function markAfter(value: string, mark: string): string {
  if (!mark) return "";
  const last = value.slice(-1);
  if (!last || !MARKS.includes(last)) return mark;
  return last === mark || CLAUSE_MARKS.includes(last) ? "" : mark;
}

/**
 * Replaces every offered field with its value ("" when the recipient has none). Unknown fields stay
 * as typed, visible in the preview, so nobody receives a silently emptied sentence. A template's
 * punctuation right after a field is dropped when the value already ends with it (see markAfter).
 * The only rendering of merge fields: previews, stored texts, e-mails, prints and PDFs all come
 * through here, so they cannot disagree.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>, offered: FieldSet): string {
  return template.replace(field, (whole, name: string, mark: string) => {
    if (!(name in offered)) return whole;
    const value = (values[name] ?? "").trim();
    return value + markAfter(value, mark);
  });
}
