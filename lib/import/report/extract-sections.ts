// Finds the addressee sections of a document and cuts them into items: runs of lines that hold
// one or more entries (blank lines and bullets separate items; wrapped lines are re-joined).
import { isContactOnly } from "./extract-fields";
import { ADDRESS_WORDS } from "./extract-vocab";

const HEADING_RE =
  /(?:addressees?|addresses|send (?:your |the )?(?:appeals?|letters?|messages?|e-?mails?|faxes)|(?:please |you can |kindly )?(?:write|send|address|appeal|direct|fax|e-?mail)\b.*\b(?:to|following|below)\b|copies to|contacts?\b|recipients?|адресат|адреса\b|адрес для|куда (?:писать|направ)|контакт|направ\p{L}* .*(?:адрес|обращени)|пишите|обращайтесь|звернення|надсилати|пишіть|адреси|adresac|adresy|kontakt|pisz(?:cie)?\b|(?:listy|listów|apele|apeli|petycje) .*(?:kierować|wysyłać|do)|prosimy o (?:wysyłanie|kierowanie|pisanie)|adresses|envoyez|destinataires|take action|model letter|write an appeal|^to$|^cc$)/iu;
const SIGN_OFF = /^(?:(?:best|kind|warm|with best) regards|regards,|sincerely|yours (?:sincerely|faithfully|truly)|с уважением|z poważaniem|z wyrazami szacunku|pozdrawiam|cordialement)/iu;
const STOP_RE =
  /^[*_=~#-]{3,}$|^(?:additional|background|further) information|^background\b|^further action|^(?:please )?check with|^preferred language|^name\s*:|^gender\b|^ua\s*:|^дополнительная информация|^справка|^informacje dodatkowe|^tło\b|^notes?\s*:|^footnotes?\b|^sources?\s*:/iu;
const BULLET_RE = /^(?:[•*▪►◦‣–—-]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\)|[ivx]{1,4}[.)])\s+/u;

export type Item = { lines: string[] };
export type Section = { mode: "section" | "outside" | "fallback"; items: Item[] };

/** A line that opens an addressee section; returns the content that follows its colon, if any. */
export function headingOf(line: string): { content: string } | null {
  const colon = line.search(/:(?!\/\/)/);
  if (colon >= 0) {
    const h = headingPrefix(line.slice(0, colon).trim(), true, line);
    if (h) return { content: line.slice(colon + 1).trim() };
  }
  // "… contact the following officials. Minister of …": the intro is the first sentence.
  const stop = /(?<=\p{L}{3,})\.\s+(?=\p{Lu})/u.exec(line);
  if (stop && headingPrefix(line.slice(0, stop.index).trim(), false, `${line.slice(0, stop.index)}.`)) {
    return { content: line.slice(stop.index + stop[0].length).trim() };
  }
  return headingPrefix(line.trim(), false, line) ? { content: "" } : null;
}

function headingPrefix(prefix: string, colonEnded: boolean, line: string): boolean {
  const colon = colonEnded ? 0 : -1;
  if (!prefix || prefix.length > 140 || /@|https?:|www\./.test(prefix)) return false;
  // Digits belong to addresses, except in "Please send appeals before 14 April 2022 to:".
  if (/\d/.test(prefix) && !/\b(?:send|write|appeals?|wysy\p{L}*|направ\p{L}*)\b/iu.test(prefix)) return false;
  const words = prefix.split(/\s+/).length;
  const intro = colon >= 0 || /\b(?:following|below|ниже|следующ|poniż|następując)/iu.test(prefix) || words <= 4;
  if (!intro || !HEADING_RE.test(prefix)) return false;
  if (colon < 0 && words > 4 && !/[.:]$/.test(line)) return false;
  // "E-mail:" and "Contact form:" are labels, not headings.
  if (/^(?:e-?mail|tel|phone|fax|contact form|web)/i.test(prefix)) return false;
  return true;
}

export const isNarrative = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 22 && lower / words.length > 0.45 && !/@|\+\s?\d{2}|\b(?:tel|fax|тел|факс)\b/iu.test(text);
};

/** Typical full line width of the document, to tell wrapped prose from one field per line. */
function lineWidth(lines: string[]): number {
  const lens = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  return Math.max(65, lens[Math.floor(lens.length * 0.9)] ?? 50);
}

const firstWord = (l: string) => l.split(/\s+/)[0]?.toLowerCase() ?? "";
const endsOpen = (l: string) =>
  !/(?:\/\/|@|www\.)\S*$/.test(l) && /[,(/&-]$|\b(?:of|and|the|on|for|to|in|de|des|du|и|в|по|i|oraz|w|z|ul\.|str\.)$/iu.test(l) ||
  /(?:e-?mail|tel|phone|fax|тел|факс)\.?\s*:?$/iu.test(l);

// A line that starts a new field: a number (postcode, house), a street word or a label.
const startsField = (l: string) =>
  /^[\d(+]/.test(l) || ADDRESS_WORDS.has(firstWord(l)) || /^(?:e-?mail|tel|phone|fax|факс|тел|эл)/iu.test(l);

/** Joins wrapped lines of a block into logical lines; a soft break becomes a space. */
function joinWrapped(lines: string[], width: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const soft =
      prev !== undefined &&
      !BULLET_RE.test(line) &&
      (endsOpen(prev) ||
        (prev.length >= width * 0.72 && !/[;.]$/.test(prev) && !/(?:@|:\/\/|www\.)\S+$/.test(prev) &&
          (!startsField(line) || /[\d+]$/.test(prev))) ||
        (prev.length >= width * 0.5 && /^\p{Ll}/u.test(line) && !ADDRESS_WORDS.has(firstWord(line))));
    if (soft) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

// A block of one or two short lines without contact or address data ("Balli March" above
// "Leader of …") is the start of the entry the next block continues.
const headOnly = (b: string[]) =>
  b.length <= 2 && b.every((l) => l.split(/\s+/).length <= 8 && !/[\d@:;]|\.$/.test(l) && !isContactOnly(l));

/** Cuts the lines of one section into items (blank lines and bullets separate them). */
function itemsOf(lines: string[], width: number): Item[] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) blocks.push(cur);
    cur = [];
  };
  for (const l of lines) {
    // A sub-heading inside a section ("International:", "Kazakhstan:") separates items.
    if (/^[^:@\d]{2,40}:$/u.test(l) && !/^(?:e-?mail|tel|phone|fax|факс|тел|эл|web|site|salutation|address|адрес|adres)/iu.test(l)) flush();
    else if (!l) flush();
    else if (BULLET_RE.test(l)) {
      flush();
      cur.push(l.replace(BULLET_RE, ""));
    } else cur.push(l);
  }
  flush();
  // A block that only continues the previous one (a page break fell inside an entry) rejoins it.
  const merged: string[][] = [];
  for (const b of blocks) {
    const prev = merged[merged.length - 1];
    const cont = prev && (endsOpen(prev[prev.length - 1]) || headOnly(prev) || /^\p{Ll}/u.test(b[0]) && !ADDRESS_WORDS.has(firstWord(b[0])) || b.every(isContactOnly));
    if (cont) prev.push(...b);
    else merged.push([...b]);
  }
  return merged.map((b) => ({ lines: joinWrapped(b, width) }));
}

/**
 * Addressee sections: from each heading to the next stop heading or narrative paragraph.
 * Text outside them is returned too ("outside"), to be read strictly (a letter's own address
 * block); with no heading at all the whole text up to a sign-off is read ("fallback").
 */
export function findSections(lines: string[]): Section[] {
  const width = lineWidth(lines);
  const out: Section[] = [];
  let cur: string[] | null = null;
  let outside: string[] = [];
  let signedOff = false;
  let para: string[] = [];
  let paraStart = 0;
  const close = () => {
    if (cur) out.push({ mode: "section", items: itemsOf(cur, width) });
    cur = null;
  };
  const flushOutside = () => {
    if (outside.some(Boolean)) out.push({ mode: "outside", items: itemsOf(outside, width) });
    outside = [];
  };
  // A narrative paragraph ends the section; it is not part of it.
  const endPara = () => {
    if (cur && para.length && isNarrative(para.join(" "))) {
      cur.splice(paraStart);
      close();
    }
    para = [];
  };
  for (const line of lines) {
    const h = headingOf(line);
    if (h) {
      endPara();
      close();
      flushOutside();
      cur = h.content ? [h.content] : [];
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
