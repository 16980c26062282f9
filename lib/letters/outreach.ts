// The merge fields of a letter's outreach message, and its rendering for one parliamentarian.
// Pure: the form's live preview and the outreach page use the same code.
import { countryName } from "@/lib/contacts/countries";
import { renderTemplate, type FieldSet } from "@/lib/templates/merge-fields";

export const outreachFields: FieldSet = {
  salutation: "Salutation (“Dear Mr Kelam,”)",
  name: "Full name",
  title: "Title",
  country: "Country or national delegation",
  political_group: "Political group",
  letter_title: "The letter's title",
  deadline: "The deadline to sign",
};

export type OutreachRecipient = {
  salutation: string | null;
  fullName: string;
  title: string | null;
  country: string | null;
  politicalGroup: string | null;
};

export function renderOutreach(
  template: string,
  recipient: OutreachRecipient,
  letter: { title: string; deadline: string | null },
  formatDate: (d: string | null) => string,
): string {
  return renderTemplate(
    template,
    {
      // Without a salutation on file, a neutral one rather than an empty line.
      salutation: recipient.salutation || `Dear ${recipient.fullName},`,
      name: recipient.fullName,
      title: recipient.title,
      country: recipient.country ? countryName(recipient.country) : "",
      political_group: recipient.politicalGroup,
      letter_title: letter.title,
      deadline: letter.deadline ? formatDate(letter.deadline) : "",
    },
    outreachFields,
  );
}
