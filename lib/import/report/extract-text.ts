// Text clean-up before contact extraction: Unicode and whitespace normalization, e-mail
// de-obfuscation, and removal of page furniture (page numbers, repeated site addresses, footers)
// that PDF extraction mixes into the running text.

const URL_ONLY = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;
const PAGE_LINE =
  /^(?:[-–—]?\s*\d{1,3}\s*[-–—]?|\d{1,3}\s*(?:\/|of|из|z|sur)\s*\d{1,3}|(?:page|p\.|стр\.?|страница|strona|str\.)\s*\d{1,3}(?:\s*(?:\/|of|из|z)\s*\d{1,3})?|[ivxlc]{1,5})$/iu;

/** Unicode-normalizes and unifies spaces, dashes and quotes the way PDF extractions vary them. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    // What a web page's e-mail protection leaves behind carries no address.
    .replace(/\[email(?:&#160;|\s)protected\]/gi, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u2022|\u25cf|\u25aa|\u25a0|\u25e6|\u2023|\u2043|\u2219|\u00b7|\uf0b7|\uf0a7/g, "•")
    .replace(/[ ]+\n/g, "\n")
    // An e-mail or web address wrapped at a dot by the PDF layout.
    .replace(/(@[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.)\n(?=[a-z]{2,}\b)/g, "$1")
    .replace(/(\b(?:https?:\/\/|www\.)\S+[./-])\n(?=[\w-]+[./]\S*)/g, "$1")
    .replace(/[ ]{2,}/g, " ")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u30fb(?=\s)|(?<=\s)\u30fb/g, " ")
    // An e-mail hyphenated at a line break ("info@prokura-\ntura.gov.by").
    .replace(/(@[\w.-]{0,80}\w)-\n(?=[\w.-]{0,80}\.[a-z]{2,}\b)/g, "$1")
    .replace(OCR_RUN, ocrDigits)
    .replace(/(?<=\d )[OО]{2,4}(?= [\dOО])/gu, (t) => "0".repeat(t.length))
    // A pipe between two numbers that OCR read as a letter ("… 39 17 I Tel: …").
    .replace(/(?<=\d) [Il](?= +(?:\+|\p{L}{1,12}\.?\s?:))/gu, " |")
    // An honorific glued to the name by OCR or careless typing ("Mr.Rustam", "H.E.Mr.Kasimov").
    .replace(/(?<!\p{L})(Mr|Mrs|Ms|Dr|Sr|Sra|H\.E|S\.E|Lic|Prof)\.(?=\p{Lu}\p{Ll})/gu, "$1. ");
}

// A number with letters OCR reads for digits (O and о for 0, I and l for 1, S for 5): "2O7 33 1l".
// The run is found by a plain character class (fast on long texts); its edges are checked after.
const OCR_RUN = /[\dOoОоIlS]{2,}/gu;
function ocrDigits(run: string, at: number, text: string): string {
  if (!/\d/.test(run) || !/[OoОоIlS]/.test(run)) return run;
  const before = text[at - 1] ?? " ";
  const after = text[at + run.length] ?? " ";
  if (/[\p{L}\d@.]/u.test(before) || /[\p{L}\d@]/u.test(after)) return run;
  return run.replace(/[OoОо]/g, "0").replace(/[Il]/g, "1").replace(/S/g, "5");
}

/** Rewrites "name [at] domain [dot] org", "name (at) domain dot org" and similar as an address. */
export function deobfuscateEmails(text: string): string {
  let t = text
    .replace(/\s*[[({<]\s*(?:at|@|а|собака|małpa|malpa)\s*[\])}>]\s*/giu, "@")
    .replace(/\s*[[({<]\s*(?:dot|точка|kropka|\.)\s*[\])}>]\s*/giu, ".");
  // Bare " at " / " dot ": only when the result is unmistakably an address (a "dot" word or an
  // e-mail label right before it), so prose such as "arrested at home" is left alone.
  const part = "[A-Za-z0-9._%+-]{1,64}";
  const dom = "[A-Za-z0-9-]{1,63}(?:(?:\\s+dot\\s+|\\s*\\.\\s*)[A-Za-z0-9-]{1,63}){1,6}";
  t = t.replace(
    new RegExp(`(e-?mail\\s*:?\\s*)?(${part})\\s+(?:at|AT)\\s+(${dom})`, "g"),
    (m, label: string | undefined, user: string, domain: string) => {
      if (!label && !/\sdot\s/i.test(domain)) return m;
      const d = domain.replace(/\s+dot\s+/gi, ".").replace(/\s*\.\s*/g, ".");
      if (!/\.[a-z]{2,}$/i.test(d)) return m;
      return `${label ?? ""}${user}@${d}`;
    },
  );
  t = t.replace(/(@[A-Za-z0-9.-]{1,100})((?:\s+dot\s+[A-Za-z0-9-]{1,63}){1,6})/gi, (_m, a: string, b: string) => a + b.replace(/\s+dot\s+/gi, "."));
  // "name @ domain.org" with stray spaces.
  return t
    .replace(/([A-Za-z0-9._%+-])\s+@\s*([A-Za-z0-9-]{1,63}\.)/g, "$1@$2")
    .replace(/([A-Za-z0-9._%+-])@\s+([A-Za-z0-9-]{1,63}\.)/g, "$1@$2");
}

/** The document's own web address: a bare URL standing alone on two or more lines. */
function furnitureUrls(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = l.trim().toLowerCase();
    if (URL_ONLY.test(key) && !key.includes("@")) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A bare "www.site.org" alone on a line is the running footer even when it appears once;
  // an addressee's own site comes with a label or a path.
  return new Set([...counts].filter(([k, n]) => n >= 2 || /^www\.[^/]+$/.test(k)).map(([k]) => k));
}

/** Lines that repeat three or more times and read like a running footer or header. */
function repeatedFooters(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = l.trim();
    if (key.length >= 12 && !key.includes("@") && !/^(?:fax|tel|e-?mail|salutation|phone)/i.test(key))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set(
    [...counts]
      .filter(([k, n]) => n >= 3 && k.length >= 25 && /(index|page|©|copyright|all rights|www\.|https?:|\.org\b|\.eu\b|\.com\b)/i.test(k))
      .map(([k]) => k),
  );
}

/** Removes page numbers, the repeated site address and footers; returns the remaining lines. */
export function stripFurniture(text: string): { lines: string[]; siteUrls: Set<string> } {
  const raw = text.split("\n").map((l) => l.trim());
  const siteUrls = furnitureUrls(raw);
  const footers = repeatedFooters(raw);
  const lines: string[] = [];
  for (const l of raw) {
    if (PAGE_LINE.test(l) || siteUrls.has(l.toLowerCase()) || footers.has(l)) {
      // Keep the blank-line structure neutral: a removed line never creates a paragraph break.
      continue;
    }
    lines.push(l);
  }
  return { lines, siteUrls };
}

/** Strips footnote markers glued to a word ("Tajani12" → "Tajani") in name and title text. */
export function stripFootnoteMarkers(s: string): string {
  return s.replace(/(?<!\p{L})(\p{L}\p{Ll}{1,40})\d{1,2}(?=[\s,;.]|$)/gu, "$1").replace(/\[\d{1,3}\]/g, "");
}

/** Collapses whitespace and trims separators left at either end of a field. */
export function tidy(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/\s+([,;.])/g, "$1")
    .replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, "")
    .trim();
}
