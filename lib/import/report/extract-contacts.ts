// Extracts the addressees of a report or appeal — name, title, organization, postal address,
// e-mails, phones, URLs — from plain text. Pure and deterministic: no network, no AI, no database,
// so the review screen and the `contacts:extract` CLI give the same answer for the same text.
import { readFields } from "./extract-fields";
import {
  hasHonorific, isCountry, isPureName, looksLikeAddress, roleOrOrg, splitHeadAddress, splitName,
} from "./extract-head";
import { findSections, isNarrative, type Section } from "./extract-sections";
import { HONORIFIC_RE } from "./extract-vocab";
import { deobfuscateEmails, normalizeText, stripFootnoteMarkers, stripFurniture, tidy } from "./extract-text";

export type ExtractedContact = {
  name: string;
  title: string;
  organization: string;
  address: string;
  emails: string[];
  phones: string[];
  urls: string[];
};

type Phase = "head" | "addr" | "contact";
type Draft = {
  name: string;
  titles: string[];
  orgs: string[];
  addr: string[];
  emails: string[];
  phones: string[];
  urls: string[];
  phase: Phase;
  last: "title" | "org" | null;
};
type Fragment = { text: string; afterDash: boolean };
type Unit = { fragments: Fragment[]; emails: string[]; phones: string[]; urls: string[]; closes: boolean };

const newDraft = (): Draft => ({
  name: "", titles: [], orgs: [], addr: [], emails: [], phones: [], urls: [], phase: "head", last: null,
});

/** Splits the text left after contact data into fragments at commas, spaced dashes and colons. */
function fragmentsOf(rest: string): Fragment[] {
  const out: Fragment[] = [];
  let afterDash = false;
  for (const part of rest.split(/(\s+[-–—]+\s+|\s+[-–—]+$|^[-–—]+\s+)/)) {
    if (/^\s*[-–—]+\s*$/.test(part)) {
      afterDash = true;
      continue;
    }
    for (const piece of part.split(/\s*[,:]\s+|\s*,\s*|\s*\.\s+(?=\p{Lu}\p{Ll}+:)/u)) {
      // A sentence-final full stop is not part of the field ("Kazakhstan." → "Kazakhstan").
      let text = tidy(stripFootnoteMarkers(piece))
        // "(write) to the Ministry …", "в Министерство …": the preposition is not part of the name.
        .replace(/^(?:to|в|во|на|к|ко|до|do|à|au|aux)\s+(?=\p{Lu})/u, "").replace(/(?<=\d|\p{L}{4})\.$/u, "");
      if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) text = tidy(text.replace(/\s*[()]\s*/g, " "));
      // Connectives and label leftovers ("or", "via", "and") carry nothing.
      if (!text || !/[\p{Lu}\d]/u.test(text) && text.split(" ").length < 3) continue;
      // Letter openings and running prose ("Dear colleagues", "we ask you to …") are not fields.
      if (/^(?:(?:postal |mailing )?address|adres|адрес|почтовый адрес|adresse)$/iu.test(text)) continue;
      if (/^(?:dear|уважаем|szanown|drodzy|chers?|please|kindly|also|we|you|thank|note|просим|прошу|prosimy|proszę)\s/iu.test(text) || /^\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(text)) continue;
      out.push({ text, afterDash });
    }
  }
  return out;
}

const ABBREV = /^(?:prof|dept|bldg|blvd|corp|govt|ext|str|ave|appt|apt|bât|bat|vul|ul|al|pl|pr|sq|rd|st|nr|no|tel|fax|каб|просп)$/iu;

/** Splits a line at sentence ends ("… e-mail: a@b.ge. Public Defender …"), not at abbreviations. */
function sentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of line.matchAll(/(?<!\S)(\S{1,80})\.\s+(?=\p{Lu})/gu)) {
    const word = m[1];
    const isWord = /^\p{L}{4,}$/u.test(word) && !ABBREV.test(word) && !HONORIFIC_RE.test(word);
    if (!isWord && !/@|\d$/u.test(word)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out;
}

function unitsOf(lines: string[], siteUrls: Set<string>): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    for (const run of sentences(deobfuscateEmails(line)).flatMap((s) => s.split(/;/))) {
      if (!run.trim()) continue;
      const f = readFields(run, siteUrls);
      units.push({ fragments: fragmentsOf(f.rest), emails: f.emails, phones: f.phones, urls: f.urls, closes: f.closes });
    }
  }
  return units;
}

/** Whether a fragment at a hard boundary (line, semicolon) opens the next entry. */
function opensEntry(frag: Fragment | undefined, d: Draft): boolean {
  const phase = d.phase;
  if (!frag) return false;
  // Still in the head, but this unit names a second person with a role of their own.
  if (phase === "head") return Boolean(d.name && (d.titles.length || d.orgs.length) && roleOrOrg(frag.text) && splitName(frag.text).name);
  if (isCountry(frag.text)) return false;
  if (hasHonorific(frag.text)) return true;
  if (looksLikeAddress(frag.text)) return false;
  if (roleOrOrg(frag.text)) return true;
  return phase === "contact" && (isPureName(frag.text) || splitName(frag.text).name !== "");
}

const DATE_RE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u;

function addHead(d: Draft, frag: Fragment): void {
  const { text } = frag;
  if (DATE_RE.test(text)) return;
  const cut = d.phase === "head" && !frag.afterDash ? splitHeadAddress(text, Boolean(d.name)) : null;
  if (cut) {
    addHead(d, { text: cut[0], afterDash: false });
    addHead(d, { text: cut[1], afterDash: true });
    return;
  }
  // Prose that runs on after an address ("Please also write to …") is not part of it.
  if (d.phase !== "head" && !/\d/.test(text) && text.split(" ").length > 8) return;
  if (d.phase !== "head" || looksLikeAddress(text) && !hasHonorific(text)) {
    d.addr.push(text);
    if (d.phase === "head") d.phase = "addr";
    return;
  }
  if (frag.afterDash && !hasHonorific(text) && roleOrOrg(text) !== "title") {
    d.addr.push(text);
    d.phase = "addr";
    return;
  }
  const { name, rest } = splitName(stripFootnoteMarkers(text));
  if (name && !d.name) d.name = name;
  for (const r0 of rest) {
    const r = tidy(r0);
    if (!r) continue;
    if (looksLikeAddress(r)) {
      d.addr.push(r);
      d.phase = "addr";
      continue;
    }
    const kind = roleOrOrg(r);
    if (kind) {
      (kind === "title" ? d.titles : d.orgs).push(r);
      d.last = kind;
    } else if ((d.name || d.titles.length) && /\b(?:house|building|palace|tower|centre|center|complex|bât|дом|здание)/iu.test(r)) {
      d.addr.push(r);
      d.phase = "addr";
    } else if (d.last && /\s(?:and|of|on|for|и|i|oraz)\s/iu.test(r)) {
      // The tail of a role or body that contained a comma ("… on Democracy, Human Rights and …").
      const list = d.last === "title" ? d.titles : d.orgs;
      list[list.length - 1] += `, ${r}`;
    } else if ((d.name || d.titles.length) && r.split(" ").length <= 3 && !/\s(?:of|for|on)\s/i.test(r)) {
      d.addr.push(r);
      d.phase = "addr";
    } else if (!d.name && isPureName(r)) d.name = r;
    else {
      d.orgs.push(r);
      d.last = "org";
    }
  }
}

function finish(d: Draft, mode: Section["mode"]): ExtractedContact | null {
  const uniq = (xs: string[], key: (s: string) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);
  const c: ExtractedContact = {
    name: tidy(d.name),
    title: tidy(d.titles.join(", ")),
    organization: tidy(d.orgs.join(", ")),
    address: tidy(d.addr.join(", ")).replace(/(?<=\d|\p{Lu}{2})\.$/u, ""),
    emails: uniq(d.emails, (s) => s.toLowerCase()),
    phones: uniq(d.phones, (s) => s.replace(/\D/g, "")),
    urls: uniq(d.urls, (s) => s.toLowerCase().replace(/\/+$/, "")),
  };
  const who = Boolean(c.name || c.title || c.organization);
  const reach = c.emails.length + c.phones.length > 0;
  const addressed = /\d/.test(c.address) && who;
  // Outside an addressee section only entries with an e-mail or phone count; beside a section,
  // only a complete letter-head block (name, role and a postal address or a phone/e-mail).
  if (mode === "fallback") return reach && (c.title + c.organization).split(" ").length <= 30 ? c : null;
  if (mode === "outside") return c.name && (c.title || c.organization) && (reach || addressed) ? c : null;
  if (!reach && !addressed && !(who && c.urls.length)) return null;
  if (!reach && (c.title + " " + c.organization).split(" ").length > 25) return null;
  return c;
}

/** Extracts contact entries from report or appeal text. The same text always gives the same result. */
export function extractContacts(text: string): ExtractedContact[] {
  if (!text || !text.trim()) return [];
  const { lines, siteUrls } = stripFurniture(normalizeText(text));
  const sections = findSections(lines);
  const out: ExtractedContact[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      if (section.mode === "outside" && (item.lines.length > 8 || isNarrative(item.lines.join(" ")))) continue;
      let d = newDraft();
      const push = () => {
        const c = finish(d, section.mode);
        if (c) out.push(c);
        d = newDraft();
      };
      for (const unit of unitsOf(item.lines, siteUrls)) {
        if (opensEntry(unit.fragments[0], d)) push();
        for (const frag of unit.fragments) {
          // A second addressee run into the same line after the first one's contact data.
          if (d.phase === "contact" && (hasHonorific(frag.text) || roleOrOrg(frag.text) === "title")) push();
          if (d.phase === "contact") {
            // Address data after the e-mail is kept; prose ("Please also write to …") is not.
            if (looksLikeAddress(frag.text) && frag.text.split(" ").length <= 8 && !DATE_RE.test(frag.text)) d.addr.push(frag.text);
            continue;
          }
          addHead(d, frag);
        }
        d.emails.push(...unit.emails);
        d.phones.push(...unit.phones);
        d.urls.push(...unit.urls);
        if (unit.emails.length + unit.phones.length + unit.urls.length > 0) d.phase = "contact";
        if (unit.closes) push();
      }
      push();
    }
  }
  return out;
}
