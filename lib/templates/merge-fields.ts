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

/**
 * Replaces every offered field with its value ("" when the recipient has none). Unknown fields stay
 * as typed, visible in the preview, so nobody receives a silently emptied sentence.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>, offered: FieldSet): string {
  return template.replace(placeholder, (whole, name: string) => (name in offered ? (values[name] ?? "").trim() : whole));
}
