// Stage 4 of the extractor: where each value came from, and which values to check. The earlier
// stages clean the text (Unicode, wrapped lines, OCR digits, joined e-mails), so spans are found
// afterwards in the text as it was given: each value is searched, case- and spacing-insensitively,
// near the entry's anchor (its first e-mail, phone, URL or name at or after the previous entry).
// A value that is not in the text as written (an OCR letter read as a digit, an abbreviated number
// completed, a split e-mail joined) is "unsure", as is a name, title or body of no known shape.
import { isPureName, roleOrOrg } from "./extract-head";
import type { Merged } from "./extract-merge";

/** Offsets into the text given to extractContacts: text.slice(start, end). */
export type Span = { start: number; end: number };
export const FIELDS = ["name", "title", "organization", "address", "emails", "phones", "urls"] as const;
export type FieldName = (typeof FIELDS)[number];
/** Per field, the spans of its values (one per e-mail, phone, URL; one per part of a joined address). */
export type Spans = Partial<Record<FieldName, Span[]>>;

/** The text folded for matching (lower case, one space for any run of spacing, one dash), with each folded character's offset in the source. */
type Folded = { text: string; at: ArrayLike<number> };

const INVISIBLE_CODES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPACE_CODES = new Set([0x7f, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
/** A character the folding changes: spacing, invisible, dash, apostrophe, full-width form. */
const special = (c: number) =>
  SPACE_CODES.has(c) || INVISIBLE_CODES.has(c) || c >= 0x2010 && c <= 0x2015 || c === 0x2212 || c === 0x2019 || c === 0x2bc || c >= 0xff01 && c <= 0xff5e;

function fold(source: string): Folded {
  const lower = source.toLowerCase();
  // Lower-casing keeps the length for nearly every text, so offsets stay 1:1; where it does not
  // ("İ" becomes two characters), those characters are kept as they are.
  const base = lower.length === source.length ? lower
    : Array.from(source, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
  const chunks: string[] = [];
  const at = new Int32Array(source.length + 1);
  let n = 0;
  let run = 0;
  let space = true;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    // Printable ASCII other than the space, and any letter (lower-cased with the whole text above),
    // is kept as it is; only spacing, invisible marks, dashes, quotes and full-width forms change.
    if (c > 32 && c < 127 || c >= 127 && !special(c)) {
      at[n++] = i;
      space = false;
      continue;
    }
    chunks.push(base.slice(run, i));
    run = i + 1;
    if (INVISIBLE_CODES.has(c)) continue;
    if (c <= 32 || SPACE_CODES.has(c)) {
      if (!space) {
        chunks.push(" ");
        at[n++] = i;
      }
      space = true;
      continue;
    }
    space = false;
    chunks.push(
      c >= 0x2010 && c <= 0x2015 || c === 0x2212 ? "-" : c === 0x2019 || c === 0x2bc ? "'"
        : c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0).toLowerCase() : base[i],
    );
    at[n++] = i;
  }
  chunks.push(base.slice(run));
  return { text: chunks.join(""), at: at.subarray(0, n) };
}

const foldValue = (v: string) => fold(v).text.trim();
const WINDOW = 2_500;

const AHEAD = 60_000;

/**
 * Where a value of the entry anchored at `anchor` stands, searched in the window around it only
 * (`win` is hay[lo, lo + win.length), a cheap slice): a head value (name, title, body) at its last
 * occurrence between the previous entry and the anchor, as heads come before contact data;
 * otherwise the occurrence nearest the anchor. -1 when the value is not in the window as written.
 */
function find(win: string, lo: number, needle: string, anchor: number, from: number, head: boolean): number {
  if (!needle) return -1;
  const at = (i: number) => (i < 0 ? -1 : lo + i);
  if (anchor < 0) return at(win.indexOf(needle, Math.max(0, from - lo)));
  if (head) {
    let last = -1;
    for (let i = win.indexOf(needle, Math.max(0, from - lo)); i >= 0 && lo + i <= anchor; i = win.indexOf(needle, i + 1)) last = i;
    if (last >= 0) return lo + last;
  }
  let best = -1;
  for (let i = win.indexOf(needle, Math.max(0, from - lo)); i >= 0; i = win.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(lo + i - anchor) < Math.abs(lo + best - anchor)) best = i;
    if (lo + i > anchor) break;
  }
  return at(best);
}
const HEAD: ReadonlySet<FieldName> = new Set(["name", "title", "organization"]);

/** The parts a value is searched by: a joined address or body by its ", " parts, else the whole. */
const partsOf = (field: FieldName, value: string) =>
  field === "address" || field === "organization" ? value.split(/,\s+/).filter(Boolean) : [value];

/** Locates every value of the entries in the source; entries are taken in document order. */
export function locate(source: string, entries: Merged[]): { spans: Spans; unsure: FieldName[] }[] {
  const folded = fold(source);
  const hay = folded.text;
  const toSpan = (i: number, len: number): Span => ({ start: folded.at[i], end: folded.at[i + len - 1] + 1 });
  let cursor = 0;
  return entries.map((e) => {
    const values = (f: FieldName): string[] => {
      const v = e[f];
      return Array.isArray(v) ? v : v ? [v] : [];
    };
    // The anchor: the first contact datum (else head value) found after the previous entry.
    let anchor = -1;
    const ahead = hay.slice(cursor, cursor + AHEAD);
    for (const f of ["emails", "phones", "urls", "name", "title", "organization"] as const) {
      const v = values(f)[0];
      const i = v ? ahead.indexOf(foldValue(partsOf(f, v)[0])) : -1;
      if (i >= 0) {
        anchor = cursor + i;
        break;
      }
    }
    const lo = anchor < 0 ? cursor : Math.max(0, anchor - WINDOW);
    const win = hay.slice(lo, anchor < 0 ? cursor + AHEAD : anchor + WINDOW);
    const spans: Spans = {};
    const unsure = new Set<FieldName>();
    for (const f of FIELDS) {
      for (const v of values(f)) {
        for (const part of partsOf(f, v)) {
          const needle = foldValue(part);
          const i = find(win, lo, needle, anchor, cursor, HEAD.has(f));
          if (i < 0) {
            unsure.add(f);
            continue;
          }
          (spans[f] ??= []).push(toSpan(i, needle.length));
        }
      }
    }
    // The next entry starts after this one's anchor (entries are in document order).
    if (anchor >= 0) cursor = anchor + 1;
    // Shapes the recognizers could not vouch for: the reader checks these first.
    if (e.name && !isPureName(e.name)) unsure.add("name");
    if (e.title && roleOrOrg(e.title) !== "title") unsure.add("title");
    if (e.organization && roleOrOrg(e.organization) !== "org") unsure.add("organization");
    return { spans, unsure: FIELDS.filter((f) => unsure.has(f)) };
  });
}
