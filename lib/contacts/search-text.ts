// What a contact is found by: names, title, organization, department and e-mails, normalized the
// same way the query is (lib/search/normalize.ts). Kept in one place because a contact's row and
// an organization's rename both write it.
import { normalizeForSearch } from "@/lib/search/normalize";

export type SearchableContact = {
  fullName: string;
  nameNative: string | null;
  title: string | null;
  department: string | null;
  emails: string[];
};

export function contactSearchText(c: SearchableContact, organization: { name: string; acronym: string | null } | null): string {
  return normalizeForSearch(c.fullName, c.nameNative, c.title, organization?.name, organization?.acronym, c.department, ...c.emails);
}
