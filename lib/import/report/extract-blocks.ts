// Stage 1 of the extractor, its cutting: the lines of a section into blocks (items) — blank lines,
// bullets, sub-headings and table rows separate them; a block that only continues the previous one
// rejoins it; wrapped lines are joined back into logical lines.
import { isContactOnly, isSalutationLine } from "./extract-fields";
import { hasHonorific, roleOrOrg } from "./extract-head";
import { ADDRESS_WORDS } from "./extract-vocab";

export const BULLET_RE = /^(?:[•*▪►◦‣–—-]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\)|[ivx]{1,4}[.)])\s+/u;

export type Item = { lines: string[] };

export const isNarrative = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 22 && lower / words.length > 0.45 && !/@|\+\s?\d{2}|\b(?:tel|fax|тел|факс)\b/iu.test(text);
};


/** Typical full line width of the document, to tell wrapped prose from one field per line. */
export function lineWidth(lines: string[]): number {
  const lens = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  return Math.max(65, lens[Math.floor(lens.length * 0.9)] ?? 50);
}

const firstWord = (l: string) => l.split(/\s+/)[0]?.toLowerCase() ?? "";
const endsOpen = (l: string) =>
  !/(?:\/\/|@|www\.)\S*$/.test(l) && /[,(/&-]$|(?<!\p{L})(?:of|and|the|on|for|to|in|de|des|du|la|del|della|di|dei|degli|y|e|för|av|till|och|ve|и|в|по|при|i|oraz|w|z|dla|ul\.|str\.)$/iu.test(l) ||
  /(?:e-?mail|tel|phone|fax|тел|факс)\.?\s*:?$/iu.test(l);

// A line that starts a new field: a number (postcode, house), a street word or a label.
const startsField = (l: string) =>
  /^[\d(+]/.test(l) || ADDRESS_WORDS.has(firstWord(l)) || /^(?:e-?mail|tel|phone|fax|факс|тел|эл)/iu.test(l);

// A full line that already holds an address or contact data, and a line that starts with a
// person or an office: two entries of a list, not one wrapped line ("…, 00135 Roma" / "Dott. …").
const completeEntry = (l: string) => /\d|@/.test(l.slice(-40));
const opensHead = (l: string) => {
  const head = l.split(/,\s/)[0];
  return /^\p{Lu}/u.test(l) && (hasHonorific(head) || roleOrOrg(head) !== null);
};

/** Joins wrapped lines of a block into logical lines; a soft break becomes a space. */
function joinWrapped(lines: string[], width: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const soft =
      prev !== undefined &&
      !BULLET_RE.test(line) &&
      !isSalutationLine(prev) &&
      (endsOpen(prev) ||
        (prev.length >= width * 0.72 && !/[;.]$/.test(prev) && !/(?:@|:\/\/|www\.)\S+$/.test(prev) &&
          (!startsField(line) || /[\d+]$/.test(prev)) && !(completeEntry(prev) && opensHead(line))) ||
        (prev.length >= width * 0.5 && /^\p{Ll}/u.test(line) && !ADDRESS_WORDS.has(firstWord(line))));
    if (soft) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

// A block of one or two short lines without contact or address data ("Balli March" above
// "Leader of …") is the start of the entry the next block continues.
const headOnly = (b: string[]) =>
  b.length <= 2 && !/^[^\p{Ll}]+$/u.test(b[0]) && b.every((l) => l.split(/\s+/).length <= 8 && !/[\d@:;]|\.$/.test(l) && !isContactOnly(l));

/** Cuts the lines of one section into items (blank lines and bullets separate them). */
export function itemsOf(lines: string[], width: number): Item[] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) blocks.push(cur);
    cur = [];
  };
  const tableRows = new Set<number>();
  for (const l of lines) {
    // A row of a pipe table ("Name | Position | E-mail | Phone") is an entry of its own.
    if ((l.match(/\s\|\s/g) ?? []).length >= 2) {
      flush();
      // The header row ("Who | Position | E-mail | Phone") holds no data.
      if (/[\d@]/.test(l)) tableRows.add(blocks.push([l]) - 1);
      continue;
    }
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
  for (const [i, b] of blocks.entries()) {
    const prev = merged[merged.length - 1];
    const cont = prev && !tableRows.has(i) && !tableRows.has(i - 1) && (endsOpen(prev[prev.length - 1]) || headOnly(prev) || /^\p{Ll}/u.test(b[0]) && !ADDRESS_WORDS.has(firstWord(b[0])) || b.every(isContactOnly));
    if (cont) prev.push(...b);
    else merged.push([...b]);
  }
  return merged.map((b) => ({ lines: joinWrapped(b, width) }));
}

