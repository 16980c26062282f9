// The normalized form names, titles and organizations are searched in: lower case, no accents,
// Cyrillic (Russian, Kazakh, Ukrainian letters) transliterated to Latin, and the spellings that
// transliterations disagree on folded to one key, so "Жанара Ахметова", "ZHANARA AKHMETOVA",
// "Janara Ahmetova" and "Žanara Achmetova" all become the same or close strings for pg_trgm to
// compare. The same function runs on the stored column (on write) and on the query (on read).
// A stored database is rebuilt after a change here with `npm run db:search-text -- --fix`.
//
// One key cannot serve a Latin letter read two ways: "j" is ж in Kazakh and English spellings
// (Jomart, Japarov) and й in German, Polish, Czech and Lithuanian ones (Juncker, Jurij, Juozas).
// The key reads the first; searchReadings gives the others, which the search text also stores for
// names (lib/search/search-text.ts) and a typed word also looks for (lib/search/match.ts).

// ё as the Latin spellings of its names write it: Мирзиёев / Mirziyoyev, Пётр / Pyotr.
const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh letters
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
  // Ukrainian and Belarusian letters
  є: "ye", ї: "yi", ґ: "g", ў: "u",
};

// Letters standing for a digraph lose their marks in the key, as when typed on an English keyboard
// (Auštrevičius / Austrevicius, Şebnem / Sebnem), and are spelled out in a reading (see below):
// Auštrevičius is also "aushtrevichius" as Ауштрявичюс is, Demirtaş "demirtash" as Демирташ.
// Kazakh Latin (2021) ä, ö, ü, ğ, ñ, ı, ū lose their marks like any accent.
const spelledOut: Record<string, string> = { š: "sh", ş: "sh", ž: "zh", ż: "zh", č: "ch", ç: "ch", ć: "ch", ř: "rzh" };
const otherLetters: Record<string, string> = { ß: "ss", ł: "l", ø: "o", đ: "d", æ: "ae", œ: "oe", ı: "i" };

// Apostrophes and modifier letters inside a name (Sa'ad, Ma’ruf, Ulugʻbek, Muʿtasim, O`rinov): dropped
// without splitting the word, so "Saad" and "Sa’ad" are one word.
const APOSTROPHES = /['’‘`´ʼʻʽʾʿʹ′]/g;

// Common alternative Latin spellings folded to one form, in this order (each sees the previous).
const latinFolds: Array<[RegExp, string]> = [
  [/\bye/g, "e"], // Yerzhan → erzhan, Yevgeny → evgeny (Cyrillic "Е" at a word start)
  [/\byu/g, "iu"],
  [/\bya/g, "ia"],
  [/(?<=[aeiouy])j(?![aeiouy])/g, "y"], // a "j" after a vowel and not before one is й: Sergej, Andrzej, Brejza
  [/tsch/g, "ch"], // German ч and ш: Tschirikowa, Jaschin, Schulz
  [/sch/g, "sh"],
  [/dzh|dj/g, "j"], // Dzhaparov / Japarov, Azimdjan
  [/zh/g, "j"], // Zhanara / Janara
  [/j/g, "zh"], // ...then one canonical form
  [/ts|tz/g, "c"], // ц: Cimoszewicz / Цимошевич, Václav / Вацлав
  [/ck/g, "k"], // Juncker / Юнкер, Paleckis
  [/kh|ch/g, "h"], // х and ч: Akhmetova / Ahmetova, Khodorkovsky / Chodorkowski, Chirikova / Tschirikowa
  [/ph/g, "f"],
  [/th/g, "t"], // Thun / Тун
  [/x/g, "ks"], // Alexei / Алексей
  [/q/g, "k"], // Kazakh Latin: Toqaev / Tokaev, Qairat / Kairat
  [/w/g, "v"],
  [/([ou])e(?=[bcdfghklmnprstvz])/g, "$1"], // German umlauts typed as oe, ue: Oeztuerk, Buetikofer
  [/y/g, "i"], // Tokayev / Tokaiev
  [/ii/g, "i"], // Dmitrii / Dmitriy / Dmitry
  [/ie/g, "e"], // Tokaiev / Tokaev, Aliyev / Aliev, Sergeyev / Sergeev (й before е dropped)
  [/(.)\1+/g, "$1"], // doubled letters: Mukhtar Ablyazov / Ablyazzov
];

/** Lower case, Cyrillic and spelled-out letters in Latin, no accents or apostrophes, other signs as spaces. */
function latinOf(text: string): string {
  let out = "";
  let previous = " ";
  for (const ch of text.toLowerCase().replace(APOSTROPHES, "")) {
    // Cyrillic "е" after a vowel or at a word start sounds "ye": Тоқаев → Tokayev.
    const iotated = ch === "е" && /[\sаеёиоуыэюяәөұүі]/.test(previous);
    out += iotated ? "ye" : (cyrillic[ch] ?? otherLetters[ch] ?? ch);
    previous = ch;
  }
  return out
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9@.\s-]+/g, " ");
}

// In e-mail addresses and domains ("@" or "."), x stays x: "example.org" is typed as it is written.
// Every other fold applies to them as to any word, so a part of an address typed alone still meets it.
const identifier = /[@.]/;
const xFold = latinFolds.find(([pattern]) => pattern.source === "x");

function fold(latin: string): string {
  const words = latin.split(/\s+/).filter(Boolean);
  return words
    .map((word) => {
      let out = word;
      const kept = identifier.test(word) ? xFold : undefined;
      for (const rule of latinFolds) if (rule !== kept) out = out.replace(rule[0], rule[1]);
      return out;
    })
    .join(" ");
}

export function normalizeForSearch(...parts: Array<string | null | undefined>): string {
  return fold(latinOf(parts.filter(Boolean).join(" ")));
}

/**
 * How a Russian speaker writes a Latin-script name in Cyrillic, as rewrites of its Latin spelling:
 * j as й (Juncker → Юнкер, Juozas → Юозас); German (Steinmeier → Штайнмайер, Scholz → Шольц, Baerbock
 * → Бербок, von → фон); Polish (Grzegorz → Гжегож, Róża → Ружа); Lithuanian e after a consonant as я
 * (Auštrevičius → Ауштрявичюс); Czech and Ukrainian h as г (Havel → Гавел).
 */
type Rewrite = [RegExp, string | ((match: string) => string)];
const german: Record<string, string> = { ei: "ai", ey: "ai", ai: "ai", ay: "ai", ie: "i", eu: "oi", äu: "oi" };
const readings: Array<{ typed: boolean; rewrites: Rewrite[] }> = [
  // Those a typed Latin word is also looked up by: German and Polish spellings of Russian names
  // (Jurij, Jaschin, Ilja); letters with marks spelled out (Demirtaş / Демирташ, Mažylis / Мажилис).
  { typed: true, rewrites: [[/j/g, "y"]] },
  { typed: true, rewrites: [[/[šşžżčçćř]/g, (letter) => spelledOut[letter]]] },
  {
    typed: false,
    rewrites: [
      [/j/g, "y"], [/^st/g, "sht"], [/^sp/g, "shp"], [/ei|ey|ai|ay|ie|eu|äu/g, (m) => german[m]], [/ä|ae/g, "e"], [/ö|oe/g, "e"], [/ü|ue/g, "yu"],
      [/(?<!t)z/g, "ts"], [/^v/g, "f"], [/(?<=[aeiou])h(?![aeiou])/g, ""],
    ],
  },
  {
    typed: false,
    rewrites: [[/j/g, "y"], [/(?<=[kpt])rz/g, "sh"], [/rz/g, "zh"], [/ó/g, "u"], [/ą/g, "on"], [/ę/g, "en"], [/sz/g, "sh"], [/cz/g, "ch"], [/(?<=[sc]k)a$/g, "aya"], [/[šžżčćř]/g, (letter) => spelledOut[letter]]],
  },
  { typed: false, rewrites: [[/j/g, "y"], [/(?<=[bcdfghklmnprstvzšžč])e(?![iu])/g, "ya"], [/ė/g, "e"], [/[šžč]/g, (letter) => spelledOut[letter]]] },
  { typed: false, rewrites: [[/(?<![kcszgtpd])h/g, "g"]] },
];

/**
 * A word's other readings (see above), as keys; none for a word with Cyrillic letters (Cyrillic
 * is read one way). `typed`: only those a typed word is looked up by.
 */
function wordReadings(word: string, typed: boolean): string[] {
  const raw = word.toLowerCase().replace(APOSTROPHES, "");
  if (!/[a-z]/.test(raw) || /[\u0400-\u04ff]/.test(raw)) return [];
  const own = normalizeForSearch(raw);
  const out = new Set<string>();
  for (const reading of readings) {
    if (typed && !reading.typed) continue;
    let text = raw;
    for (const [pattern, replacement] of reading.rewrites) text = typeof replacement === "string" ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
    const key = normalizeForSearch(text);
    if (key && key !== own && !key.includes(" ")) out.add(key);
  }
  return [...out];
}

/**
 * The words of a typed query, each with the keys it is looked up by: its own key first, then its
 * other readings. Hyphens split words here (Kassym-Jomart is found by "Kassym Jomart" and the
 * stored "kasim-zhomart" by "kasim" and "zhomart"); stored text keeps them.
 */
export function searchReadings(query: string | null | undefined): string[][] {
  const words = (query ?? "").split(/[\s-]+/).filter(Boolean);
  const out: string[][] = [];
  for (const word of words) {
    const keys = normalizeForSearch(word).split(" ").filter(Boolean);
    // A word the normalizer splits ("a.b(c)") has no readings of its own.
    if (keys.length === 1) out.push([keys[0], ...wordReadings(word, true)]);
    else for (const key of keys) out.push([key]);
  }
  return out;
}

/** The other readings of a name's words, for the search text: what a query in Cyrillic finds it by. */
export function nameReadings(...names: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const word of (name ?? "").split(/\s+/)) {
      // A hyphenated name also joined: "Elfattah" finds El-Fattah, "Karamurza" Kara-Murza.
      if (word.includes("-")) for (const key of normalizeForSearch(word.replace(/-/g, "")).split(" ")) out.add(key);
      for (const part of word.split("-")) for (const key of wordReadings(part, false)) out.add(key);
    }
  }
  return [...out].filter(Boolean).sort();
}
