// Stage 1 of the extractor: segmentation. The text is cleaned (./extract-text), its addressee
// sections found by the lines that shape it (./extract-headings), and each section cut into
// blocks (./extract-blocks).
import { isNarrative, itemsOf, lineWidth, type Item } from "./extract-blocks";
import { readFields } from "./extract-fields";
import {
  BETWEEN_RE, FOOTER_RE, GREETING_RE, headingOf, SENDER_RE, SEPARATOR_RE, SIGN_OFF, STOP_RE,
} from "./extract-headings";
import { normalizeText, stripFurniture } from "./extract-text";

export { headingOf } from "./extract-headings";
export { isNarrative, type Item } from "./extract-blocks";

/**
 * section: under an addressee heading; copies: under "Copies to" and its translations (entries
 * need no contact data); letter: the address block right before a letter's greeting; outside:
 * any other text (read strictly); fallback: a text with no heading at all.
 */
export type Section = { mode: "section" | "copies" | "letter" | "outside" | "fallback"; items: Item[]; greeting?: string };

/**
 * Addressee sections: from each heading to the next stop heading or narrative paragraph.
 * Text outside them is returned too ("outside"), to be read strictly (a letter's own address
 * block); with no heading at all the whole text up to a sign-off is read ("fallback").
 */
export function findSections(lines: string[]): Section[] {
  const width = lineWidth(lines);
  const out: Section[] = [];
  let cur: string[] | null = null;
  let curMode: Section["mode"] = "section";
  let outside: string[] = [];
  let signedOff = false;
  let para: string[] = [];
  let paraStart = 0;
  const close = () => {
    if (cur) out.push({ mode: curMode, items: itemsOf(cur, width) });
    cur = null;
  };
  const flushOutside = () => {
    if (outside.some(Boolean)) out.push({ mode: "outside", items: itemsOf(outside, width) });
    outside = [];
  };
  // A greeting: the last block of text outside a section before it is the letter's addressee.
  const greet = (greeting: string) => {
    flushOutside();
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i];
      if (s.mode === "copies") continue;
      // A "To:" section of one block is the letter's addressee too.
      if (s.mode === "section" && s.items.length === 1) s.greeting = greeting;
      if (s.mode !== "outside") return;
      // The subject line and the date stand between the address block and the greeting.
      let k = s.items.length - 1;
      while (k >= 0 && s.items[k].lines.length === 1 && BETWEEN_RE.test(s.items[k].lines[0])) k--;
      if (k < 0) return;
      out.splice(i + 1, 0, { mode: "letter", items: s.items.splice(k, 1), greeting });
      return;
    }
  };
  // A narrative paragraph ends the section; it is not part of it.
  const endPara = () => {
    if (cur && para.length && isNarrative(para.join(" "))) {
      cur.splice(paraStart);
      close();
    }
    para = [];
  };
  let sender = false;
  for (const line of lines) {
    // The sender's own block ("от Давыдовой …", an e-mail's "From:" header, "For further details
    // contact …") up to the next blank line is no addressee.
    if (SENDER_RE.test(line)) {
      endPara();
      close();
      sender = true;
      continue;
    }
    if (sender && line) continue;
    sender = false;
    // Copyright lines start the page footer: nothing after them is an addressee.
    if (FOOTER_RE.test(line)) {
      endPara();
      close();
      signedOff = true;
      continue;
    }
    if (SEPARATOR_RE.test(line)) {
      endPara();
      close();
      flushOutside();
      signedOff = false;
      continue;
    }
    const h = headingOf(line);
    if (h) {
      endPara();
      close();
      flushOutside();
      cur = h.content ? [h.content] : [];
      curMode = h.copies ? "copies" : "section";
      continue;
    }
    if (GREETING_RE.test(line) && !signedOff) {
      endPara();
      close();
      greet(line);
      continue;
    }
    if (SIGN_OFF.test(line)) signedOff = true;
    if (cur && (STOP_RE.test(line) || SIGN_OFF.test(line))) {
      close();
      para = [];
      continue;
    }
    if (!cur) {
      if (!signedOff) outside.push(line);
      continue;
    }
    if (!line) endPara();
    else {
      if (!para.length) paraStart = cur.length;
      para.push(line);
    }
    (cur as string[] | null)?.push(line);
  }
  endPara();
  close();
  if (!out.length) return [{ mode: "fallback", items: itemsOf(outside, width) }];
  flushOutside();
  return out;
}

export type Segmented = {
  sections: Section[];
  /** The document's own web address (a running footer), never an addressee's. */
  siteUrls: Set<string>;
  /** Domains and phone digits of the sender: in running headers and footers and fax headers. */
  own: { domains: Set<string>; phones: Set<string> };
};

// A header or footer line as PDF and fax layouts leave it: two texts far apart on one line
// ("Open Dialog Foundation          www.odfoundation.eu", "… fidh@fidh.org        29").
const LAID_OUT = /\S {10,}\S/;

export const domainOf = (s: string) => s.toLowerCase().replace(/^.*@|^https?:\/\/|^www\./g, "").replace(/^www\./, "").replace(/[/?#].*$/, "");

function ownData(text: string, siteUrls: Set<string>): Segmented["own"] {
  const domains = new Set([...siteUrls].map(domainOf));
  const phones = new Set<string>();
  for (const line of text.split("\n")) {
    if (!LAID_OUT.test(line)) continue;
    const f = readFields(normalizeText(line), new Set());
    for (const v of [...f.emails, ...f.urls]) domains.add(domainOf(v));
    for (const p of f.phones) phones.add(p.replace(/\D/g, ""));
  }
  return { domains, phones };
}

/** The text's addressee sections and their blocks, and what belongs to the document itself. */
export function segment(text: string): Segmented {
  const { lines, siteUrls } = stripFurniture(normalizeText(text));
  return { sections: findSections(lines), siteUrls, own: ownData(text, siteUrls) };
}
