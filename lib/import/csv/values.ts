// Cell-level readings the row schema relies on: languages and parliamentary bodies as people
// write them, e-mail and phone lists in one cell, web-form URLs. Kept apart from the schema so
// the duplicate-e-mail check reads addresses exactly as the schema does.
import { z } from "zod";
import { parliamentaryBodies, type ParliamentaryBody } from "@/db/enums";
import { foldKey } from "./countries";

export { parliamentaryBodies, type ParliamentaryBody };

const bodyNames: Record<ParliamentaryBody, string[]> = {
  european_parliament: ["european parliament", "ep", "mep", "parlement europeen", "pe", "европейский парламент", "европарламент"],
  pace: ["pace", "apce", "пасе", "parliamentary assembly of the council of europe", "assemblee parlementaire du conseil de l europe", "парламентская ассамблея совета европы"],
  osce_pa: ["osce pa", "osce parliamentary assembly", "ap osce", "assemblee parlementaire de l osce", "па обсе", "парламентская ассамблея обсе"],
  national_parliament: ["national parliament", "national", "parliament", "parlement national", "национальный парламент", "парламент"],
};
const bodyByKey = new Map<string, ParliamentaryBody>();
for (const body of parliamentaryBodies) {
  bodyByKey.set(foldKey(body), body);
  for (const name of bodyNames[body]) bodyByKey.set(foldKey(name), body);
}

export function normalizeParliamentaryBody(value: string): ParliamentaryBody | null {
  return bodyByKey.get(foldKey(value)) ?? null;
}

// ISO 639-1 code, then names in English, French, Russian and the language itself.
const languageTable = `
en|English|anglais|английский|англ
fr|French|français|французский|франц
ru|Russian|russe|русский|рус
kk|Kazakh|kazakh|казахский|қазақ|қазақша|каз
ky|Kyrgyz|Kirghiz|kirghize|киргизский|кыргызский|кыргызча
uz|Uzbek|ouzbek|узбекский|oʻzbek
tg|Tajik|tadjik|таджикский|тоҷикӣ
tk|Turkmen|turkmène|туркменский|türkmen
az|Azerbaijani|azéri|азербайджанский|azərbaycan
hy|Armenian|arménien|армянский
ka|Georgian|géorgien|грузинский
uk|Ukrainian|ukrainien|украинский|українська
be|Belarusian|biélorusse|белорусский|беларуская
de|German|allemand|немецкий|Deutsch
es|Spanish|espagnol|испанский|español
it|Italian|italien|итальянский|italiano
pt|Portuguese|portugais|португальский|português
nl|Dutch|néerlandais|нидерландский|голландский|Nederlands
pl|Polish|polonais|польский|polski
cs|Czech|tchèque|чешский|čeština
sk|Slovak|slovaque|словацкий|slovenčina
hu|Hungarian|hongrois|венгерский|magyar
ro|Romanian|roumain|румынский|română
bg|Bulgarian|bulgare|болгарский|български
el|Greek|grec|греческий|ελληνικά
tr|Turkish|turc|турецкий|Türkçe
sv|Swedish|suédois|шведский|svenska
fi|Finnish|finnois|финский|suomi
da|Danish|danois|датский|dansk
no|Norwegian|norvégien|норвежский|norsk
lt|Lithuanian|lituanien|литовский|lietuvių
lv|Latvian|letton|латышский|latviešu
et|Estonian|estonien|эстонский|eesti
hr|Croatian|croate|хорватский|hrvatski
sr|Serbian|serbe|сербский|srpski
sl|Slovenian|slovène|словенский|slovenščina
zh|Chinese|chinois|китайский
ar|Arabic|arabe|арабский
fa|Persian|Farsi|persan|персидский
`;
const languageByKey = new Map<string, string>();
for (const line of languageTable.trim().split("\n")) {
  const [code, ...names] = line.split("|");
  languageByKey.set(code, code);
  for (const name of names) languageByKey.set(foldKey(name), code);
}

/** ISO 639-1 code for "en", "en-GB", "English", "anglais", "английский"…, or null. */
export function normalizeLanguage(value: string): string | null {
  const key = foldKey(value);
  return languageByKey.get(key) ?? languageByKey.get(key.replace(/ [a-z]{2}$/, "")) ?? null;
}

const asciiEmail = z.email();
// z.email() is ASCII-only; addresses on Cyrillic domains (почта.рф) are real, so accept them
// when they have the same shape: one @, no spaces, dotted domain, no empty labels.
const unicodeEmail = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\.]+(\.[^\s@"(),:;<>[\]\\.]+)+$/u;

export function isEmail(value: string): boolean {
  if (asciiEmail.safeParse(value).success) return true;
  return /\P{ASCII}/u.test(value) && unicodeEmail.test(value) && !value.includes("..") && !value.startsWith(".");
}

/**
 * The addresses in one cell, separated by ";" or ",", or by spaces when every piece has an "@"
 * (so "name [at] domain" stays one piece and is reported whole).
 */
export function splitEmails(cell: string): string[] {
  return cell
    .split(/[;,]+/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .flatMap((chunk) => {
      const words = chunk.split(/\s+/);
      return words.every((word) => word.includes("@")) ? words : [chunk];
    });
}

/** How to fix an address written against spam harvesters ("name [at] domain"), if it is one. */
export function deobfuscationHint(value: string): string {
  const fixed = value.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, "@").replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, ".");
  return fixed !== value && isEmail(fixed) ? ` (write it as ${fixed})` : "";
}

/** The numbers in one cell; separated by ";" or line breaks only, since numbers contain spaces. */
export function splitPhones(cell: string): string[] {
  return cell.split(/[;\n]+/).map((p) => p.trim()).filter(Boolean);
}

export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return digits >= 5 && digits <= 20 && /^\+?[\d\s().\-/]+((\s*(ext\.?|x|доб\.?)\s*\d+))?$/iu.test(value);
}

/** Items of a tags or committees cell: separated by ";", "," , "|" or line breaks; duplicates dropped. */
export function splitList(cell: string): string[] {
  const items = cell.split(/[;,|\n]+/).map((item) => item.trim()).filter(Boolean);
  return items.filter((item, i) => items.findIndex((other) => other.toLowerCase() === item.toLowerCase()) === i);
}
