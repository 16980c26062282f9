// Extracts the addressees of a report or appeal — name, title, organization, postal address,
// e-mails, phones, URLs — from plain text, with the span of text each value came from. Pure and
// deterministic: no network, no AI, no database, so the review screen and the `contacts:extract`
// CLI give the same answer for the same text. The stages, each in its own file and tested alone:
//   1. segment   (./extract-segment):   clean-up, addressee sections, blocks of lines;
//   2. recognize (./extract-recognize): per run, e-mails, phones, URLs, and head fragments;
//   3. merge     (./extract-merge):     entries from runs, kept by what their section asks;
//      then de-duplication (./extract-dedupe);
//   4. locate    (./extract-locate):    spans in the given text, and the fields to check.
import { dedupe } from "./extract-dedupe";
import { locate, type FieldName, type Spans } from "./extract-locate";
import { mergeBlock, type Merged } from "./extract-merge";
import { unitsOf } from "./extract-recognize";
import { domainOf, isNarrative, segment, type Item, type Segmented } from "./extract-segment";

export type { FieldName, Span, Spans } from "./extract-locate";

export type ExtractedContact = Merged & {
  /** Where each value stands in the text given (offsets into it), per field. */
  spans: Spans;
  /** The fields a reader should check: not in the text as written, or of no recognized shape. */
  unsure: FieldName[];
};

/** Whether a one-line item with a date follows the first block (or the date ends it). */
function datedAfter(items: Item[]): boolean {
  const lines = [items[0]?.lines.at(-1) ?? "", ...(items[1]?.lines.length === 1 ? items[1].lines : [])];
  return lines.some((l) => DATE_LINE.test(l));
}
const DATE_LINE = /(?<!\d)\d{1,2}\.?\s(?:de\s)?\p{L}+\.?\s(?:de\s)?\d{4}(?!\d)|\p{L}+\s\d{1,2},\s\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}年/u;

/** The entries without their spans (the stages before locate), for callers that only need values. */
export function extractEntries(text: string): Merged[] {
  if (!text || !text.trim()) return [];
  const { sections, siteUrls, own } = segment(text);
  const out: Merged[] = [];
  for (const [index, section] of sections.entries()) {
    for (const [at, item] of section.items.entries()) {
      // The block that opens a document, with the place and date of writing after it, is the sender's
      // letterhead ("Brussels, 22 November 2021"), when addressee sections follow.
      if (index === 0 && at === 0 && section.mode === "outside" && sections.length > 1 && datedAfter(section.items)) continue;
      const strict = section.mode === "outside" || section.mode === "fallback";
      if (strict && isNarrative(item.lines.join(" ")) || section.mode === "outside" && item.lines.length > 8) continue;
      const entries = mergeBlock(unitsOf(item.lines, siteUrls), section.mode);
      // A one-addressee letter's greeting line is that addressee's salutation; a plural one is no one's.
      const greeting = section.greeting && entries.length === 1 ? salutationOf(section.greeting) : "";
      if (greeting && !entries[0].salutation) entries[0].salutation = greeting;
      out.push(...entries);
    }
  }
  return dedupe(withoutSender(out, own));
}

/**
 * The sender's own e-mails, sites and phones (from running headers, footers and fax headers) are
 * dropped from the entries; an entry reached only through them is the sender's and is dropped.
 */
function withoutSender(entries: Merged[], own: Segmented["own"]): Merged[] {
  if (!own.domains.size && !own.phones.size) return entries;
  const out: Merged[] = [];
  for (const e of entries) {
    const emails = e.emails.filter((x) => !own.domains.has(domainOf(x)));
    const urls = e.urls.filter((x) => !own.domains.has(domainOf(x)));
    const phones = e.phones.filter((x) => !own.phones.has(x.replace(/\D/g, "")));
    const had = e.emails.length + e.urls.length + e.phones.length;
    if (had && !emails.length && !urls.length && !phones.length || e.emails.length + e.urls.length > 0 && !emails.length && !urls.length) continue;
    out.push({ ...e, emails, urls, phones });
  }
  return out;
}

const PLURAL_GREETING =
  /(?<!\p{L})(?:sirs|colleagues|friends|members|all|ladies|gentlemen|madams|уважаемые|дорогие|коллеги|szanowni|państwo|estimad[oa]s|señores|gentili|egregi|signori|kära|vänner|değerli|arkadaşlar)(?!\p{L})|,\s*(?:dear|уважаем)|\s(?:and|и|y|e|och|ve|i)\s/iu;

/** The greeting without its final comma or colon (an exclamation mark is part of it), or "" when it greets several people. */
export const salutationOf = (line: string) => (PLURAL_GREETING.test(line) ? "" : line.trim().replace(/[,:]+$/, ""));

/** Extracts contact entries from report or appeal text. The same text always gives the same result. */
export function extractContacts(text: string): ExtractedContact[] {
  const entries = extractEntries(text);
  const where = locate(text, entries);
  return entries.map((e, i) => ({ ...e, ...where[i] }));
}
