// Whether a candidate pair of contacts (found in SQL by a shared e-mail, a shared phone or alike
// names: lib/contacts/duplicates.ts) is worth a manager's look, and why, in words. Pure.
//
// Trigram similarity of whole names cannot tell "Mukhtar Ablyazov" from his son "Madiyar
// Ablyazov", nor two "Maria Walsh" in different countries and jobs. So the names are compared word
// by word (after the search normalizer: scripts, accents, spelling variants folded), patronymics
// aside: the same surname with different given names is a family, not a duplicate; an initial
// must agree with the given name; and identical names are still checked against what else is
// known (country, organization, title), which must not contradict them more than it supports them.
// A shared e-mail or phone with names that have nothing in common is a shared office line or
// mailbox more often than a duplicate: it is listed last, as such, never as a probable duplicate.
import { normalizeForSearch } from "@/lib/search/normalize";

export type RuleSide = {
  fullName: string;
  nameNative: string | null;
  title: string | null;
  organizationId: string | null;
  country: string | null;
  parliamentaryBody: string | null;
};
export type Signals = { sameEmail: boolean; samePhone: boolean };
export type ReasonKind = "email" | "phone" | "name" | "context" | "caution";
export type Reason = { kind: ReasonKind; text: string };
/** probable: listed as a duplicate; shared: listed last as a shared e-mail or phone only; null: not listed. */
export type Judgement = { confidence: "probable" | "shared" | null; reasons: Reason[] };

// Diminutives seen in our lists, and spellings of one given name; written plainly and folded by the
// search normalizer at load, so that they follow it.
const fold = (w: string) => normalizeForSearch(w);
const sameGivenName = new Map<string, string>(
  Object.entries({
    nacho: "ignacio", sasha: "aleksandr", alexander: "aleksandr", alexandr: "aleksandr", aleksander: "aleksandr", zhenya: "evgeniy",
    yevgeniy: "evgeniy", misha: "mikhail", michail: "mikhail", dima: "dmitriy", dmitry: "dmitriy", kolya: "nikolay", volodya: "vladimir",
    bill: "william", bob: "robert", tom: "thomas", jim: "james", mike: "michael", kate: "katherine",
  }).map(([k, v]) => [fold(k), fold(v)]),
);
// Patronymics (Russian, Kazakh, Kyrgyz) by their endings, folded the same way: "-ovich", "ұлы".
const patronymicEndings = ["ovich", "evich", "ovna", "evna", "ichna", "uly", "ұлы", "kyzy", "қызы", "uulu"].map(fold);
const isPatronymic = (w: string) => w.length >= 6 && patronymicEndings.some((e) => w.endsWith(e));

type Word = { w: string; plain: string; initial: boolean };

/**
 * A Latin word with its accents dropped and nothing else changed ("Auštrevičius" → "austrevicius"),
 * beside the normalizer's transliterating fold, which may spell a letter with a diacritic
 * differently from the same letter without one.
 */
const plain = (raw: string) =>
  raw
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o");

/**
 * The words of one spelling of a name: apostrophes dropped (Ala'a / Alaa), hyphens split, each
 * word folded by the search normalizer. A lone letter ("K.", "J.") is an initial: folded too, so
 * "J." is "zh" like the "Zh" of "Zhomart".
 */
function words(name: string): Word[] {
  const raws = name.replace(/['’ʼ`ʻ]/g, "").split(/[\s\-–.,()]+/).filter(Boolean);
  // One pass of the normalizer over the whole name (it is the costly part); word by word only when
  // it did not keep one word per word.
  const whole = fold(raws.join(" ")).split(" ");
  const folded = whole.length === raws.length ? whole.map((w) => [w]) : raws.map((raw) => fold(raw).split(" ").filter(Boolean));
  return raws.flatMap((raw, i) => {
    const initial = [...raw].length === 1;
    return folded[i].map((w) => ({ w: initial ? w : (sameGivenName.get(w) ?? w), plain: folded[i].length === 1 ? plain(raw) : w, initial }));
  });
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * One word for the other: equal once folded, or one letter apart on words of 7 letters or more
 * (Iskander / Iskandar, Nazarbayev / Nazarbayeva). Shorter words must be equal: Gulnar is not
 * Gulnaz, and two letters apart is another surname (Zhumabaev / Zhumagaliev).
 */
const alikeWords = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 7 && distance(x, y) <= 1);
const alike = (x: Word, y: Word) => alikeWords(x.w, y.w) || alikeWords(x.plain, y.plain);

type NameMatch = "full" | "initials" | "surname" | "conflict" | "none";
const rank: Record<NameMatch, number> = { full: 4, initials: 3, surname: 2, conflict: 1, none: 0 };

/** How two spellings of names agree, word by word. */
function compareNames(a: Word[], b: Word[]): NameMatch {
  const strip = (ws: Word[]) => (ws.length > 2 ? ws.filter((x) => !isPatronymic(x.w)) : ws);
  const left = strip(a);
  const right = [...strip(b)];
  let full = 0;
  let initials = 0;
  const unmatchedLeft: Word[] = [];
  for (const x of left) {
    let i = x.initial ? -1 : right.findIndex((y) => !y.initial && (y.w === x.w || y.plain === x.plain));
    if (i < 0 && !x.initial) i = right.findIndex((y) => !y.initial && alike(x, y));
    if (i >= 0) {
      full++;
      right.splice(i, 1);
      continue;
    }
    const starts = (whole: Word, initial: Word) => whole.w.startsWith(initial.w) || whole.plain.startsWith(initial.plain);
    i = right.findIndex((y) => (x.initial || y.initial) && (x.initial ? starts(y, x) : starts(x, y)));
    if (i >= 0) {
      initials++;
      right.splice(i, 1);
    } else unmatchedLeft.push(x);
  }
  if (full === 0) return "none";
  // Both sides keep a word of their own: different given names (a family) or surnames.
  if (unmatchedLeft.length > 0 && right.length > 0) return "conflict";
  if (full >= 2) return "full";
  if (initials >= 1) return "initials";
  // One word in common and nothing else on one side: a surname (or given name) alone.
  return left.length === 1 || strip(b).length === 1 ? "surname" : "conflict";
}

// Words of a title that say nothing about the job on their own.
const titleNoise = new Set(["member", "head", "deputy", "chair", "chairman", "chairwoman", "former", "senior", "office", "department"].map(fold));
const titleWords = (t: string) => words(t).filter((x) => x.w.length >= 4 && !titleNoise.has(x.w));

/**
 * A side's spellings and title as words, folded once: a contact is in several candidate pairs, and
 * folding is most of the cost (the objects live as long as one page load; a WeakMap forgets them).
 */
type Prepared = { spellings: Array<{ text: string; words: Word[] }>; title: Word[] };
const prepared = new WeakMap<RuleSide, Prepared>();
function prepare(s: RuleSide): Prepared {
  let p = prepared.get(s);
  if (!p) {
    const texts = [s.fullName, s.nameNative].filter((n): n is string => !!n && n.trim() !== "");
    p = { spellings: texts.map((text) => ({ text, words: words(text) })), title: s.title ? titleWords(s.title) : [] };
    prepared.set(s, p);
  }
  return p;
}

/** The best agreement between any spelling of one and any spelling of the other, with the two spellings. */
function bestNames(a: RuleSide, b: RuleSide): { match: NameMatch; left: string; right: string } {
  let best = { match: "none" as NameMatch, left: a.fullName, right: b.fullName };
  for (const x of prepare(a).spellings) {
    for (const y of prepare(b).spellings) {
      const match = compareNames(x.words, y.words);
      if (rank[match] > rank[best.match]) best = { match, left: x.text, right: y.text };
    }
  }
  return best;
}

/** What else is known, for and against one person: same or different country, organization, title. */
function context(a: RuleSide, b: RuleSide) {
  const support: string[] = [];
  const against: string[] = [];
  const weigh = (same: boolean, yes: string, no: string) => (same ? support.push(yes) : against.push(no));
  if (a.country && b.country) weigh(a.country === b.country, "same country", "different countries");
  if (a.organizationId && b.organizationId) weigh(a.organizationId === b.organizationId, "same organization", "different organizations");
  const [ta, tb] = [prepare(a).title, prepare(b).title];
  if (ta.length && tb.length) weigh(ta.some((w) => tb.some((v) => alike(w, v))), "similar titles", "different titles");
  // Members of several assemblies (national, PACE, OSCE PA, the European Parliament) have one
  // title per assembly.
  if (a.parliamentaryBody && b.parliamentaryBody) support.push("both parliamentarians");
  return { support, against };
}

const scriptOf = (s: string) => (/[\u0400-\u04FF]/.test(s) ? "cyrillic" : "latin");

function nameReason(match: NameMatch, left: string, right: string): string {
  const pair = `${left} / ${right}`;
  if (match === "initials") return `initials agree with the names: ${pair}`;
  if (match === "surname") return `same surname, no given name on one side: ${pair}`;
  if (left === right) return `same name: ${pair}`;
  return scriptOf(left) !== scriptOf(right) ? `names match across scripts: ${pair}` : `names match as spelled differently: ${pair}`;
}

export function judgePair(a: RuleSide, b: RuleSide, signals: Signals): Judgement {
  const names = bestNames(a, b);
  const { support, against } = context(a, b);
  const reasons: Reason[] = [];
  if (signals.sameEmail) reasons.push({ kind: "email", text: "same e-mail" });
  if (signals.samePhone) reasons.push({ kind: "phone", text: "same phone" });
  const shared = signals.sameEmail || signals.samePhone;
  const agree = names.match === "full" || names.match === "initials" || names.match === "surname";

  if (shared) {
    if (agree) {
      reasons.push({ kind: "name", text: nameReason(names.match, names.left, names.right) });
      return { confidence: "probable", reasons };
    }
    const why = names.match === "conflict" ? "names differ beyond one word" : "names have nothing in common";
    reasons.push({ kind: "caution", text: `${why} (${names.left} / ${names.right}): a shared office line or mailbox?` });
    return { confidence: "shared", reasons };
  }

  // Names alone: how much they agree sets how much the rest must back them.
  const byName =
    (names.match === "full" && !(against.length >= 2 && against.length > support.length)) ||
    (names.match === "initials" && against.length === 0 && support.length >= 1) ||
    (names.match === "surname" && against.length === 0 && support.length >= 2);
  if (!byName) return { confidence: null, reasons: [] };
  reasons.push({ kind: "name", text: nameReason(names.match, names.left, names.right) });
  if (support.length) reasons.push({ kind: "context", text: support.join(", ") });
  if (against.length) reasons.push({ kind: "caution", text: against.join(", ") });
  return { confidence: "probable", reasons };
}
