// Stage 2 of the extractor: field recognition. Each logical line of a block is cut into runs
// (sentences, semicolon parts); each run's contact data (e-mails, phones, URLs, by label and by
// pattern) is read by ./extract-fields, and the text that remains is cut into fragments (at commas,
// colons and spaced dashes) that ./extract-merge reads as names, titles, bodies and address parts.
import { readFields } from "./extract-fields";
import { roleOrOrg } from "./extract-head";
import { HONORIFIC_RE } from "./extract-vocab";
import { deobfuscateEmails, stripFootnoteMarkers, tidy } from "./extract-text";

/** A piece of head or address text; afterDash: it followed a spaced dash ("Title – Name"). */
export type Fragment = { text: string; afterDash: boolean };
/** One run of a line: its fragments and its contact data; closes: a "Salutation:" ended the entry. */
export type Unit = { fragments: Fragment[]; emails: string[]; phones: string[]; urls: string[]; closes: boolean; salutation?: string };

// Words that only join or introduce ("or", "via", "to") and greeting or request openings.
const GREETING_OR_PROSE =
  /^(?:dear|уважаем|szanown|drodzy|chers?|estimad|egregi|gentil|bästa|sayın\s+\p{Ll}|please|kindly|also|we|you|thank|note|просим|прошу|prosimy|proszę)\s/iu;
const ADDRESS_LABEL = /^(?:(?:postal |mailing )?address|adres|адрес|почтовый адрес|adresse|dirección|indirizzo|adress|posta adresi)$/iu;
const LEADING_PREPOSITION = /^(?:(?:to|To|A|a|al|Al|alla|Alla|till|Till)\s+(?:the\s+|la\s+|il\s+)?|the\s+|в\s+|во\s+|на\s+|к\s+|ко\s+|до\s+|do\s+|à\s+|au\s+|aux\s+)(?=\p{Lu})/u;

/**
 * A sentence rather than a name or a role: long, mostly lower-case words and no role or body in
 * it; or a headline in capitals ("WRITE AN APPEAL IN YOUR OWN WORDS").
 */
function isProse(text: string): boolean {
  const words = text.split(" ");
  if (words.length >= 6 && !/\p{Ll}/u.test(text)) return true;
  return words.length >= 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length > 0.55 && !roleOrOrg(text);
}

/** Splits the text left after contact data into fragments at commas, spaced dashes and colons. */
export function fragmentsOf(rest: string): Fragment[] {
  const out: Fragment[] = [];
  let afterDash = false;
  for (const part of rest.split(/(\s+[-–—]+\s+|\s+[-–—]+$|^[-–—]+\s+|\s*\|\s*|\s+c\/o\s+)/)) {
    if (/^\s*(?:[-–—]+|\||c\/o)\s*$/.test(part)) {
      afterDash = true;
      continue;
    }
    for (const piece of part.split(/\s*[,:]\s+|\s*,\s*|\s*\.\s+(?=\p{Lu}\p{Ll}+:)/u)) {
      // A sentence-final full stop is not part of the field ("Kazakhstan." → "Kazakhstan").
      let text = tidy(stripFootnoteMarkers(piece))
        // "(write) to the Ministry …", "в Министерство …": the preposition is not part of the name.
        .replace(LEADING_PREPOSITION, "").replace(/(?<=\d|\p{L}{4})\.$/u, "");
      if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) text = tidy(text.replace(/\s*[()]\s*/g, " "));
      // Connectives and label leftovers ("or", "via", "and") carry nothing.
      if (!text || !/[\p{Lu}\d\p{Lo}]/u.test(text) && text.split(" ").length < 3 && !roleOrOrg(text)) continue;
      if (ADDRESS_LABEL.test(text)) continue;
      // Letter openings and running prose ("Dear colleagues", "we ask you to …") are not fields.
      if (GREETING_OR_PROSE.test(text) || /^\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(text) || isProse(text)) continue;
      out.push({ text, afterDash });
    }
  }
  return out;
}

const ABBREV = /^(?:prof|dept|bldg|blvd|corp|govt|ext|str|ave|appt|apt|bât|bat|vul|ul|al|pl|pr|sq|rd|st|nr|no|tel|fax|каб|просп)$/iu;

/** Splits a line at sentence ends ("… e-mail: a@b.ge. Public Defender …"), not at abbreviations. */
export function sentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of line.matchAll(/(?<!\S)(\S{1,80})\.\s+(?=\p{Lu})/gu)) {
    const word = m[1];
    const isWord = /^\p{L}{4,}$/u.test(word) && !ABBREV.test(word) && !HONORIFIC_RE.test(word) && !HONORIFIC_RE.test(`${word}.`);
    if (!isWord && !/@|\d$/u.test(word)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out;
}

const FIRST_PERSON =
  /(?<!\p{L})(?:we|us|our|prosimy|nas|nam|nasz\p{L}*|мы|нам|нас|наш\p{L}*|nos|nuestr\p{L}*|ci|noi|nostr\p{L}*|vi|oss|vår\p{L}*|biz|bize|bizim)(?!\p{L})/iu;

/** The runs of a block's logical lines, in order, with their fields recognized. */
export function unitsOf(lines: string[], siteUrls: Set<string>): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    for (const run of sentences(deobfuscateEmails(line)).flatMap((s) => s.split(/;/))) {
      if (!run.trim()) continue;
      const f = readFields(run, siteUrls);
      const fragments = fragmentsOf(f.rest);
      // "Please let us know at apel@hfhr.pl": contact data inside a sentence about the sender.
      if (!fragments.length && FIRST_PERSON.test(f.rest) && f.rest.split(/\s+/).length >= 6) continue;
      units.push({ fragments, emails: f.emails, phones: f.phones, urls: f.urls, closes: f.closes, salutation: f.salutation });
    }
  }
  return units;
}
