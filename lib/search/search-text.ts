// What each kind of record is found by: the one definition of every `search_text` column. Every
// writer (forms, imports, merges, check-in walk-ins, the demo seed) builds the column with these
// functions, and lib/search/search-text-check.ts rebuilds every row with them and counts the rows
// that differ, so a writer that forgets a field fails the tests. Pure: no database.
// The text is normalized exactly as a query is (lib/search/normalize.ts). A person's name is also
// stored in its other readings (nameReadings: Juncker as Юнкер reads, "iunker"), last, after every
// other word, so the text still starts with the names as written.
import { nameReadings, normalizeForSearch } from "./normalize";

/** How much of a long text is searched: its start says who writes and about what. */
export const INCOMING_TEXT_SEARCHED = 600;
export const EVENT_DESCRIPTION_SEARCHED = 300;

type Organization = { name: string; acronym: string | null };

// Lists are searched in a fixed order, so the text does not depend on which writer built it.
const sorted = (values: readonly string[]) => [...values].map((v) => v.toLowerCase()).sort();

/** The text, then the readings it does not already hold. */
function withReadings(text: string, readings: string[]): string {
  const words = new Set(text.split(" "));
  return [text, ...readings.filter((r) => !words.has(r))].filter(Boolean).join(" ");
}

export const searchText = {
  /**
   * Names in every script (first: lib/contacts/duplicates.ts reads them back from the front),
   * title, organization, department and every e-mail address, in a fixed order; then the names'
   * other readings.
   */
  contact: (
    c: { fullName: string; nameNative: string | null; title: string | null; department: string | null },
    organization: Organization | null,
    emails: readonly string[],
  ) =>
    withReadings(
      normalizeForSearch(c.fullName, c.nameNative, c.title, organization?.name, organization?.acronym, c.department, ...sorted(emails)),
      nameReadings(c.fullName, c.nameNative),
    ),

  organization: (o: { name: string; nameNative: string | null; acronym: string | null }) => normalizeForSearch(o.name, o.nameNative, o.acronym),

  /** Every spelling of the name, in every script. */
  case: (c: { primaryName: string; nameNative: string | null }, variants: readonly string[]) =>
    withReadings(normalizeForSearch(c.primaryName, c.nameNative, ...sorted(variants)), nameReadings(c.primaryName, c.nameNative, ...variants)),

  appeal: (a: { title: string; subject: string }) => normalizeForSearch(a.title, a.subject),

  letter: (l: { title: string; addressee: string; referenceNumber: string | null }) => normalizeForSearch(l.title, l.addressee, l.referenceNumber),

  event: (e: { title: string; venue: string | null; city: string | null; description: string }) =>
    normalizeForSearch(e.title, e.venue, e.city, e.description.slice(0, EVENT_DESCRIPTION_SEARCHED)),

  incoming: (i: { senderName: string; requestSummary: string; originalText: string }) =>
    normalizeForSearch(i.senderName, i.requestSummary, i.originalText.slice(0, INCOMING_TEXT_SEARCHED)),

  list: (l: { name: string; description: string }) => normalizeForSearch(l.name, l.description),

  campaign: (c: { name: string; summary: string }) => normalizeForSearch(c.name, c.summary),
};

export type SearchTextKind = keyof typeof searchText;
