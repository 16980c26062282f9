// The merge fields of an appeal's body and subject, and their values for one recipient. Pure:
// the editor's live preview (in the browser) and the letters, PDFs and e-mails (on the server)
// fill them the same way.
import { renderTemplate, type FieldSet } from "@/lib/templates/merge-fields";

export const APPEAL_FIELDS = {
  salutation: "Salutation (“Dear Minister”)",
  recipient_name: "Recipient's name",
  title: "Recipient's title",
  organization: "Recipient's organization",
  address: "Recipient's postal address",
  case_names: "Names of the cases the appeal is about",
  date: "Date of the letter",
} as const satisfies FieldSet;

export type AppealRecipientSnapshot = {
  name: string;
  title: string | null;
  organization: string | null;
  postalAddress: string | null;
  salutation: string | null;
};

/** "Dear Sir or Madam" when the contact has no salutation of their own. */
export const DEFAULT_SALUTATION = "Dear Sir or Madam";

export function appealFieldValues(recipient: AppealRecipientSnapshot, caseNames: string[], date: string): Record<keyof typeof APPEAL_FIELDS, string> {
  return {
    salutation: recipient.salutation?.trim() || DEFAULT_SALUTATION,
    recipient_name: recipient.name,
    title: recipient.title ?? "",
    organization: recipient.organization ?? "",
    address: recipient.postalAddress ?? "",
    case_names: joinNames(caseNames),
    date,
  };
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The subject and body one recipient receives. */
export function personalize(
  appeal: { subject: string; bodyMarkdown: string },
  recipient: AppealRecipientSnapshot,
  caseNames: string[],
  date: string,
): { subject: string; bodyMarkdown: string } {
  const values = appealFieldValues(recipient, caseNames, date);
  return { subject: renderTemplate(appeal.subject, values, APPEAL_FIELDS), bodyMarkdown: renderTemplate(appeal.bodyMarkdown, values, APPEAL_FIELDS) };
}
