// The normalized form names, titles and organizations are searched in: lower case, no accents,
// Cyrillic (Russian and Kazakh letters) transliterated to Latin, so "Жанара Ахметова",
// "ZHANARA AKHMETOVA" and "Žanara Achmetova" all become close strings for pg_trgm to compare.
// The same function runs on the stored column (on write) and on the query (on read).

const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh letters
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
  // Ukrainian and Belarusian letters
  є: "ye", ї: "yi", ґ: "g", ў: "u",
};

// Common alternative Latin spellings folded to one form: Yerzhan / Erzhan, Iskander / Iskandar
// stay close under trigrams anyway; these digraphs are where spellings diverge most.
const latinFolds: Array<[RegExp, string]> = [
  [/\bye/g, "e"], // Yerzhan → erzhan, Yevgeny → evgeny (Cyrillic "Е" at a word start)
  [/\byu/g, "iu"],
  [/\bya/g, "ia"],
  [/kh/g, "h"], // Akhmetova / Ahmetova
  [/zh/g, "j"], // Zhanara / Janara
  [/j/g, "zh"], // ...then one canonical form
  [/ch/g, "c"],
  [/w/g, "v"],
  [/y/g, "i"], // Tokayev / Tokaev / Tokaiev
  [/ii/g, "i"],
  [/(.)\1+/g, "$1"], // doubled letters: Mukhtar Ablyazov / Ablyazzov
];

export function normalizeForSearch(...parts: Array<string | null | undefined>): string {
  const text = parts.filter(Boolean).join(" ").toLowerCase();
  let out = "";
  let previous = " ";
  for (const ch of text) {
    // Cyrillic "е" after a vowel or at a word start sounds "ye": Тоқаев → Tokayev.
    const iotated = ch === "е" && /[\sаеёиоуыэюяәөұүі]/.test(previous);
    out += iotated ? "ye" : (cyrillic[ch] ?? ch);
    previous = ch;
  }
  out = out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  out = out
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/[æÆ]/g, "ae")
    .replace(/ı/g, "i");
  out = out.replace(/[^a-z0-9@.\s-]+/g, " ");
  for (const [pattern, replacement] of latinFolds) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}
