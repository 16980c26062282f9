// Reads the "head" of an entry — who it is addressed to — into a person's name, a role (title)
// and an institution, and recognizes address fragments. Works on Latin and Cyrillic script.
import {
  ACRONYMS, ADDRESS_WORDS, CITIES, COUNTRIES, COUNTRY_PHRASES, HONORIFIC_PHRASE_RE, HONORIFIC_RE, INSTITUTION_WORDS,
  JA_ORG_END, JA_ROLE_END, ORG_SUFFIXES, ORG_WORDS, RANK_RE, ROLE_SUFFIXES, ROLE_WORDS, SLAVIC_ORG_STEMS,
  SLAVIC_OTHER_STEMS, SLAVIC_ROLE_STEMS,
} from "./extract-vocab";

const PARTICLES = new Set([
  "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn",
  "al", "el", "ter", "ten", "y", "dos", "das", "zu", "ben", "abu",
]);
const PREPOSITIONS = new Set([
  "of", "on", "for", "to", "in", "at", "with", "under", "de", "du", "des", "pour", "within", "del", "della", "dello", "dei",
  "degli", "delle", "di", "da", "para", "por", "en", "ante", "al", "per", "nel", "presso", "i", "för", "av", "till", "vid", "på",
]);

const bare = (tok: string) => tok.toLowerCase().replace(/^[("“«']+|[)"”»,;:]+$/g, "");
const stemHit = (w: string, stems: string[]) =>
  stems.some((s) => w.startsWith(s) && (s.length > 4 || w.length <= s.length + 2));

// Tokens repeat across a document; their kind is computed once (the cache is bounded).
const kinds = new Map<string, "role" | "org" | null>();

/** "role" | "org" | null for one token. */
function keyword(tok: string): "role" | "org" | null {
  let kind = kinds.get(tok);
  if (kind !== undefined) return kind;
  kind = keywordOf(tok);
  if (kinds.size > 20_000) kinds.clear();
  kinds.set(tok, kind);
  return kind;
}

const endsWithAny = (w: string, list: string[]) => list.some((x) => w.length > x.length + 1 && w.endsWith(x));

function keywordOf(tok: string): "role" | "org" | null {
  const w = bare(tok).replace(/['’]s$/, "");
  if (ROLE_WORDS.has(w) || stemHit(w, SLAVIC_ROLE_STEMS)) return "role";
  if (ORG_WORDS.has(w) || stemHit(w, SLAVIC_ORG_STEMS)) return "org";
  // Compounds and inflected forms (Turkish, Swedish) by their ending, Japanese by its last characters.
  if (endsWithAny(w, ORG_SUFFIXES) || /\p{Script=Han}/u.test(w) && JA_ORG_END.test(w)) return "org";
  if (endsWithAny(w, ROLE_SUFFIXES) || /\p{Script=Han}/u.test(w) && JA_ROLE_END.test(w)) return "role";
  return null;
}

function isStop(tok: string): boolean {
  const w = bare(tok);
  const nodot = w.replace(/\.$/, "");
  if (/\d/.test(w) || /['’]s$/.test(w)) return true;
  if (keyword(tok)) return true;
  if ([INSTITUTION_WORDS, ACRONYMS, COUNTRIES, CITIES].some((set) => set.has(nodot))) return true;
  if (ADDRESS_WORDS.has(w) || ADDRESS_WORDS.has(nodot) || ADDRESS_WORDS.has(nodot + ".")) return true;
  if (stemHit(w, SLAVIC_OTHER_STEMS)) return true;
  // All-capital short tokens are acronyms (OSCE, RK, KNB), not surnames.
  return /^\p{Lu}{2,3}$/u.test(tok.replace(/[^\p{L}]/gu, ""));
}

const INITIALS = /^(?:\p{Lu}\p{Ll}?\.){1,3}$/u;
const nameTokens = new Map<string, boolean>();
export function isNameToken(tok: string): boolean {
  let yes = nameTokens.get(tok);
  if (yes !== undefined) return yes;
  yes = isNameTokenOf(tok);
  if (nameTokens.size > 20_000) nameTokens.clear();
  nameTokens.set(tok, yes);
  return yes;
}

function isNameTokenOf(tok: string): boolean {
  if (INITIALS.test(tok)) return true;
  // Japanese: a katakana name ("ソー・ハン") or a short kanji family or given name ("古川", "禎久").
  if (/^[\p{Script=Katakana}・ー]{2,}$/u.test(tok)) return true;
  if (/^\p{Script=Han}{1,3}$/u.test(tok)) return !keyword(tok);
  // Arabic articles before a capital ("al-Sisi", "el-Sawy") start a name word.
  if (/^(?:al|el|as|ash|ad|ibn|bin)-\p{Lu}\p{Ll}/u.test(tok)) return true;
  return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(tok) && !/\.$/.test(tok.slice(2)) && !isStop(tok);
}
const isHonorific = (tok: string) => HONORIFIC_RE.test(tok);

/** Validates a run of tokens as a person's name (2–5 tokens, or initials plus a surname). */
function nameOk(toks: string[]): boolean {
  const real = toks.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (real.length === 0 || real.length > 5) return false;
  if (PARTICLES.has(toks[0].toLowerCase()) || PARTICLES.has(toks[toks.length - 1].toLowerCase())) return false;
  if (!real.every(isNameToken)) return false;
  const surnames = real.filter((t) => !INITIALS.test(t));
  // Headlines are in capitals ("ACCIÓN URGENTE"); a name has at least one word in mixed case.
  if (real.every((t) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t))) return false;
  // A katakana full name is one word with its parts joined by "・".
  if (real.length === 1 && /・/.test(real[0])) return true;
  return surnames.length >= 1 && real.length >= 2;
}

/** Length of "van der" / "de la" particles at i when a name token follows them, else 0. */
function particleRun(toks: string[], i: number): number {
  let k = i;
  while (k < toks.length && PARTICLES.has(toks[k].toLowerCase())) k++;
  return k > i && k < toks.length && isNameToken(toks[k]) ? k - i : 0;
}

export type Head = { name: string; rest: string[] };

/** Finds a person's name in a head phrase: after an honorific, as the whole phrase, or trailing a role. */
export function splitName(phrase: string): Head {
  const p = phrase
    .replace(HONORIFIC_PHRASE_RE, "H.E.")
    // Courtesy words after the name: Turkish "Bey"/"Hanım", Japanese 様, 殿, 氏.
    .replace(/\s+(?:Bey|Hanım)$|\s*[様殿氏]$/u, "")
    .replace(/\bThe\s+Hon(?:ou?rable|\.)?\s+/g, "Hon. ")
    .replace(/\bH\.\s+E\./g, "H.E.");
  const toks = p.split(/\s+/).filter(Boolean);
  // 1. An honorific anchors the name; the name ends at the first non-name word (an address).
  for (let i = 0; i < toks.length - 1; i++) {
    if (!isHonorific(toks[i])) continue;
    let j = i + 1;
    while (j < toks.length - 1 && isHonorific(toks[j])) j++; // "H.E. Mr. …"

    const name: string[] = [];
    while (j < toks.length && name.length < 6 && (isNameToken(toks[j]) || particleRun(toks, j) > 0)) {
      const n = isNameToken(toks[j]) ? 1 : particleRun(toks, j);
      name.push(...toks.slice(j, j + n));
      j += n;
    }
    const minLen = /^m\.?$/i.test(toks[i]) || RANK_RE.test(toks[i]) ? 2 : 1;
    // A street named after someone ("Dr. Sadık Ahmet Cad. No: 8") is an address, not a person.
    const street = j < toks.length && ADDRESS_WORDS.has(toks[j].toLowerCase());
    if (name.length >= minLen && !street) {
      // A rank that is also a role ("Ambassador Margulan Baimukhan") stays as the title.
      const before = toks.slice(0, keyword(toks[i]) === "role" ? i + 1 : i).join(" ");
      return { name: name.join(" "), rest: [before, toks.slice(j).join(" ")].filter(Boolean) };
    }
  }
  // 2. The whole phrase is a name.
  if (nameOk(toks)) return { name: toks.join(" "), rest: [] };
  // 3. A name trailing a role: "Minister of Justice Marat Beketayev".
  let k = toks.length;
  while (k > 0 && (isNameToken(toks[k - 1]) || (PARTICLES.has(toks[k - 1].toLowerCase()) && k < toks.length && k > 1))) k--;
  while (k < toks.length && PARTICLES.has(toks[k].toLowerCase()) && !isNameToken(toks[k - 1] ?? "")) k++;
  let tail = toks.slice(k);
  if (tail.length > 4) tail = tail.slice(-3);
  // Not when a preposition joins it to a body: "Centro de Derechos Humanos de la Montaña
  // Tlachinollan" is the body's own name ("Ministry of Justice of Kazakhstan Marat Beketayev" is not).
  const before = toks.slice(0, toks.length - tail.length).join(" ");
  const joined = /^\p{Ll}+$/u.test(toks[toks.length - tail.length - 1] ?? "") && roleOrOrg(before) === "org";
  if (k > 0 && tail.length >= 2 && nameOk(tail) && !joined) {
    return { name: tail.join(" "), rest: [before] };
  }
  // 4. A name leading a role: "Yury Chaika Prosecutor General".
  let h = 0;
  while (h < toks.length && h < 4 && isNameToken(toks[h])) h++;
  if ((h >= 2 || h === 1 && /・/.test(toks[0])) && h < toks.length && keyword(toks[h]) === "role" && nameOk(toks.slice(0, h))) {
    return { name: toks.slice(0, h).join(" "), rest: [toks.slice(h).join(" ")] };
  }
  return { name: "", rest: [phrase] };
}

const SLAVIC_STEMS = [...SLAVIC_ROLE_STEMS, ...SLAVIC_ORG_STEMS];
const hasCyrOrSlavic = (toks: string[]) =>
  toks.some((t) => /[\u0400-\u04ff]/.test(t) || stemHit(bare(t), SLAVIC_STEMS) && !ROLE_WORDS.has(bare(t)) && !ORG_WORDS.has(bare(t)));

/** Whether a phrase names a role ("title") or an institution ("org"), by its head noun. */
const phraseKinds = new Map<string, "title" | "org" | null>();
export function roleOrOrg(phrase: string): "title" | "org" | null {
  let kind = phraseKinds.get(phrase);
  if (kind !== undefined) return kind;
  kind = roleOrOrgOf(phrase);
  if (phraseKinds.size > 20_000) phraseKinds.clear();
  phraseKinds.set(phrase, kind);
  return kind;
}

function roleOrOrgOf(phrase: string): "title" | "org" | null {
  // Named bodies whose "of" is part of the name, not a complement.
  const toks = phrase
    .replace(/\([^)]*\)/g, " ")
    .replace(/\bCouncil of Europe\b/g, "CoE")
    .replace(/\bCourt of Human Rights\b/g, "Court")
    // "House" is a chamber only in these names; otherwise it is a building in an address.
    .replace(/\bHouse of (?:Representatives|Commons|Lords|Councillors|Assembly|Peoples|Delegates)\b/g, "Chamber").split(/\s+/).filter(Boolean);
  const kinds = toks.map(keyword);
  if (!kinds.some(Boolean)) return null;
  // Slavic languages put the head noun first ("Министр внутренних дел", "Biuro Rzecznika").
  if (hasCyrOrSlavic(toks)) return kinds.find(Boolean) === "role" ? "title" : "org";
  // English puts it last before the first preposition ("European Parliament President of …").
  const prep = toks.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.toLowerCase()));
  const pre = kinds.slice(0, prep < 0 ? kinds.length : prep).filter(Boolean);
  const head = pre.length ? pre[pre.length - 1] : kinds.find(Boolean);
  return head === "role" ? "title" : "org";
}

const POSTCODE = /\b(?:\d{2}-\d{3}|\d{4,6}|[A-Z]{1,2}-\d{4,5}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/;

/** A country on its own ("Kazakhstan", "Russian Federation", "Republic of Belarus"). */
export function isCountry(frag: string): boolean {
  const f = frag.toLowerCase().replace(/^the\s+/, "").replace(/[.\s]+$/, "");
  return COUNTRIES.has(f) || COUNTRY_PHRASES.includes(f);
}

/** Signals of a postal address: numbers, postcodes, street words, known cities and countries. */
export function looksLikeAddress(frag: string): boolean {
  if (isCountry(frag) || POSTCODE.test(frag) || /\d/.test(frag)) return true;
  // Initials that read like street abbreviations ("Волкову Д. Н.": "д." is also "дом").
  if (isPureName(frag)) return false;
  const toks = frag.split(/\s+/).map((t) => t.toLowerCase());
  if (toks.some((t) => ADDRESS_WORDS.has(t) || ADDRESS_WORDS.has(t.replace(/,$/, ""))) && !roleOrOrgStrong(frag)) return true;
  return toks.length <= 2 && toks.some((t) => CITIES.has(t.replace(/[.,]$/, "")));
}

// "Government House" or "House of Ministries" read as buildings only when nothing else is institutional.
const roleOrOrgStrong = (frag: string) => /\b(?:ministry|office|committee|commission|parliament|council)\b/i.test(frag) && !/\b(?:house|building|palace|bât)/i.test(frag);

export const hasHonorific = (frag: string) => frag.split(/\s+/).some((t, i, a) => i < a.length - 1 && isHonorific(t) && isNameToken(a[i + 1]));
/** Only words of institutions and states ("Республики Беларусь", "Republiki Białorusi"): no name, no address. */
export function isInstitutionPhrase(frag: string): boolean {
  const toks = frag.split(/\s+/).filter(Boolean);
  return toks.length > 0 && toks.length <= 4 && toks.every((t) => isStop(t) && !/\d/.test(t) && !ADDRESS_WORDS.has(t.toLowerCase()) && !CITIES.has(bare(t)));
}

/** "Его Превосходительству", "A Sua Eccellenza", "Excelentísimo Señor": a courtesy line with no name. */
export const isHonorificOnly = (frag: string) =>
  frag.replace(HONORIFIC_PHRASE_RE, " ").split(/\s+/).every((t) => !t || isHonorific(t) || /^(?:a|to|к|al|alla|till)$/iu.test(t));
export const isPureName = (frag: string) => nameOk(frag.split(/\s+/).filter(Boolean));

const STREET_AFTER_NAME = /^(?:cad\.?|caddesi|sok\.?|sokak|bulvarı|street|st\.|avenue|ave\.?|blvd\.?|boulevard|road|rd\.|straße|strasse|ulitsa|ulica|prospekt|calle)$/iu;

/**
 * Splits "Prime Minister of the United Kingdom 10 Downing Street" (a head run into its address,
 * as wrapped lines produce) at the first number or street word.
 */
export function splitHeadAddress(frag: string, named: boolean): [string, string] | null {
  const toks = frag.split(/\s+/);
  const i = toks.findIndex((t) => /^\d/.test(t) || ADDRESS_WORDS.has(t.toLowerCase()));
  if (i <= 0) return null;
  const head = toks.slice(0, i).join(" ");
  // "Dr. Sadık Ahmet Cad.": a street named after a person, not a person before an address.
  if (STREET_AFTER_NAME.test(toks[i]) && hasHonorific(head) && isNameToken(toks[i - 1])) return null;
  if (!hasHonorific(head) && !roleOrOrg(head) && (named || !splitName(head).name)) return null;
  return [head, toks.slice(i).join(" ")];
}
