// Pulls e-mails, phone and fax numbers and URLs out of one run of entry text, honouring labels
// ("E-mail:", "Tel.:", "Fax:", "тел.:", "Web form:" …), and returns the text that remains so the
// caller can read names, roles and addresses from it.

export type FieldRun = {
  emails: string[];
  phones: string[];
  urls: string[];
  /** Text left once contact data and labels are removed. */
  rest: string;
  /** A "Salutation:" line was seen: it closes an Amnesty-style entry. */
  closes: boolean;
  /** The greeting such a line gives ("Dear Prosecutor General"), without its final comma. */
  salutation?: string;
};

// Bounded repetitions keep every scan linear on long unbroken strings.
const EMAIL_RE = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,6}\.\p{L}{2,24}/gu;
const URL_RE = /(?:https?:\/\/|www\.)[^\s,;<>"'«»]+/giu;
const PHONE_AT = /^(?:\+\s?|\(\s?\+?\s?)?\d[\d ().\-–]{4,}\d/u;
const BARE_PHONE_RE = /(?:\(\s?)?\+\s?\d[\d ().\-–]{6,}\d/gu;

// Labels whose value is a phone number, an e-mail, a URL, or something to drop.
const PHONE_L =
  "tel(?:ephone|efon|éphone|efono|éfono|efonos|efoner|fn)?s?|phone|ph|mob(?:ile)?|cell|gsm|fax(?:es)?|telefax|facsimile|faks|факс|тел(?:ефон)?|моб(?:ильный)?|tél|télécopie|cellulare|móvil|電話|t|f";
const PHONE_L2 = PHONE_L.replace(/\|t\|f$/, "");
const EMAIL_L =
  "e-?mails?(?:\\s+address(?:es)?)?|mail|e-?post(?:a)?|эл\\.?\\s*почта|электронная\\s+почта|e-?майл|адрес\\s+электронной\\s+почты|adres\\s+e-?mail|poczta(?:\\s+elektroniczna)?|courriel|correo(?:-e|\\s+electrónico)?|posta\\s+elettronica|メール|電子メール";
const URL_L =
  "web\\s*-?\\s*form|online\\s+(?:request\\s+|contact\\s+|complaint\\s+|appeal\\s+)?form|contact\\s+form|web\\s*site|website|web|site|internet|url|сайт|веб-сайт|интернет-приемная|интернет-приёмная|strona(?:\\s+www|\\s+internetowa)?|formularz(?:\\s+kontaktowy)?|formulaire|sitio\\s+web|sito(?:\\s+web)?|webbplats|web\\s+sitesi|ウェブサイト";
// Salutation labels in the languages read (Tratamiento, Formula di saluto, Inledning, Hitap, 書き出し …).
const SALUTATION_L =
  "salutation|обращение|zwrot(?:\\s+grzecznościowy)?|formule\\s+d'appel|tratamiento|saludo|formula\\s+di\\s+saluto|inledning|hälsningsfras|hitap|書き出し|敬称";
const SALUTATION_LINE = new RegExp(`^(?:${SALUTATION_L})\\s*:`, "iu");
/** "Salutation: Dear President," ends its line even with a comma at the end. */
export const isSalutationLine = (line: string) => SALUTATION_LINE.test(line);
const DROP_L = `${SALUTATION_L}|twitter|facebook|instagram|telegram|x\\s*\\(twitter\\)`;
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@.])(?:(${PHONE_L}|${EMAIL_L}|${URL_L}|${DROP_L})\\.?(?:\\s*\\/\\s*(?:fax|tel|факс|faks|phone))?\\s*\\.?\\s*(?::|(?=\\s+(?:\\+|https?:|www\\.|\\u0001)))|(${PHONE_L2})\\.?(?:\\s+(?=[+(]{0,2}\\s?\\d)|(?=\\+\\s?\\d)))`,
  "giu",
);

type Kind = "phone" | "email" | "url" | "drop";
const DROP_ONLY = new RegExp(`^(?:${DROP_L})$`, "iu");
const EMAIL_ONLY = new RegExp(`^(?:${EMAIL_L})$`, "iu");
const URL_ONLY = new RegExp(`^(?:${URL_L})$`, "iu");
const SALUTATION_ONLY = new RegExp(`^(?:${SALUTATION_L})$`, "iu");
const kindOf = (label: string): Kind => {
  const l = label.toLowerCase();
  if (DROP_ONLY.test(l)) return "drop";
  if (EMAIL_ONLY.test(l)) return "email";
  if (URL_ONLY.test(l)) return "url";
  return "phone";
};

const cleanUrl = (u: string) => u.replace(/[.,:;!?)\]}>'"]+$/, "");

// A short group after a slash or comma that ends the value or precedes another separator.
const SHORT_NEXT = /^\s*[/,]\s*(\d{1,4}(?:[ -]\d{1,4})?)(?=\s*(?:$|[,;/|)]|\.(?:\s|$)|\s(?:or|and|или|o|y|e|eller|veya|lub)\s|\s*\p{L}))/u;

/** A second number shorter than the first is the first with its last digits replaced. */
export function completed(first: string | undefined, next: string): string {
  if (!first) return next;
  const want = next.replace(/\D/g, "").length;
  const have = first.replace(/\D/g, "").length;
  if (want >= have - 1 || /^\s*[+(]/.test(next) || /^0/.test(next) && want >= 6) return next;
  let seen = 0;
  let i = first.length;
  while (i > 0 && seen < want) if (/\d/.test(first[--i])) seen++;
  return first.slice(0, i) + next;
}

/** Reads phone numbers at the start of a labelled value; returns them and the unread remainder. */
function readPhones(value: string): { phones: string[]; rest: string } {
  const phones: string[] = [];
  let s = value;
  for (;;) {
    const m = PHONE_AT.exec(s.replace(/^[\s,;/]+|^(?:or|and|или|lub|ou|i)\s+/iu, ""));
    if (!m) break;
    const lead = s.length - s.replace(/^[\s,;/]+|^(?:or|and|или|lub|ou|i)\s+/iu, "").length;
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 6) break;
    phones.push(completed(phones[0], m[0].replace(/\s+/g, " ").trim()));
    s = s.slice(lead + m[0].length);
    // "… 23 73 / 74": a second number given by the digits that differ from the first.
    for (let short = SHORT_NEXT.exec(s); short && phones.length; short = SHORT_NEXT.exec(s)) {
      phones.push(completed(phones[0], short[1]));
      s = s.slice(short[0].length);
    }
    // A note such as "(Brussels)" or "(ext. 12)" after a number belongs to it.
    s = s.replace(/^\s*\([^)]*\p{L}[^)]*\)/u, "");
    if (!/^[\s,;/]*(?:(?:or|and|или|lub|ou|i)\s+)?[+(]?\s?\d/iu.test(s)) break;
  }
  return { phones, rest: s };
}

/** Extracts contact data from one run (a line or a semicolon-separated part of a paragraph). */
export function readFields(run: string, siteUrls: Set<string>): FieldRun {
  const out: FieldRun = { emails: [], phones: [], urls: [], rest: "", closes: false };
  let text = run;
  // Placeholders keep a label's value visible to LABEL_RE once the address itself is taken out.
  text = text.replace(EMAIL_RE, (m) => {
    // A word glued after the address ("mvd@mvd.gov.byPhone:"): a capital inside the last label.
    const glued = /(\.\p{Ll}{2,24})(\p{Lu}[\p{L}-]*)$/u.exec(m);
    const address = glued ? m.slice(0, m.length - glued[2].length) : m;
    out.emails.push(address.replace(/^[.'-]+/, ""));
    return ` \u0001 ${glued ? glued[2] : ""}`;
  });
  for (const m of text.match(URL_RE) ?? []) {
    const u = cleanUrl(m);
    if (!siteUrls.has(u.toLowerCase()) && !siteUrls.has(u.toLowerCase() + "/")) out.urls.push(u);
  }
  text = text.replace(URL_RE, " \u0001 ");

  // Walk the labels left to right; each value runs to the next label.
  const labels = [...text.matchAll(LABEL_RE)];
  const rest: string[] = [text.slice(0, labels[0]?.index ?? text.length)];
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    const value = text.slice(start, end);
    const kind = kindOf(m[1] ?? m[2] ?? "");
    if (kind === "drop") {
      if (SALUTATION_ONLY.test(m[1] ?? "")) {
        out.closes = true;
        const greeting = value.replace(/\s+/g, " ").trim().replace(/[,!:]$/, "");
        if (greeting) out.salutation = greeting;
      }
      return;
    }
    if (kind === "phone") {
      const r = readPhones(value);
      out.phones.push(...r.phones);
      rest.push(r.rest);
      return;
    }
    if (kind === "url") {
      // A bare domain after a web label ("Website: akorda.kz") is a URL too.
      const bare = /^\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?)/i.exec(value);
      if (bare && !/^\d/.test(bare[1])) {
        out.urls.push(cleanUrl(bare[1]));
        rest.push(value.slice(bare[0].length));
        return;
      }
    }
    rest.push(value);
  });
  let remaining = rest.join(" , ");
  // Unlabelled international numbers ("+32 2 584 11 11") are phones wherever they stand.
  for (const m of remaining.match(BARE_PHONE_RE) ?? []) {
    if (m.replace(/\D/g, "").length >= 8) {
      out.phones.push(m.replace(/\s+/g, " ").trim());
      remaining = remaining.replace(m, " ");
    }
  }
  out.rest = remaining.replace(/\u0001/g, " ").replace(/\(\s*\)/g, " ");
  // "тел. +7 (7172) 76-20-11, факс 76-20-12": a shorter number under the next label is completed too.
  out.phones = out.phones.map((p, i) => (i ? completed(out.phones[0], p) : p));
  return out;
}

// Blocks are tested line by line more than once while they are cut and merged.
const contactOnly = new Map<string, boolean>();

/** True when a line is nothing but contact data (labels, e-mails, phones, URLs). */
export function isContactOnly(line: string): boolean {
  let yes = contactOnly.get(line);
  if (yes === undefined) {
    yes = contactOnlyOf(line);
    if (contactOnly.size > 20_000) contactOnly.clear();
    contactOnly.set(line, yes);
  }
  return yes;
}

function contactOnlyOf(line: string): boolean {
  const r = readFields(line, new Set());
  const has = r.emails.length + r.phones.length + r.urls.length > 0 || r.closes;
  return has && !/\p{L}{2,}/u.test(r.rest.replace(/\b(?:and|or|or|via|и|или|lub|oraz)\b/giu, ""));
}
