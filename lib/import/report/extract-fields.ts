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
};

// Bounded repetitions keep every scan linear on long unbroken strings.
const EMAIL_RE = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,6}\.\p{L}{2,24}/gu;
const URL_RE = /(?:https?:\/\/|www\.)[^\s,;<>"'«»]+/giu;
const PHONE_AT = /^(?:\+\s?|\(\s?\+?\s?)?\d[\d ().\-–]{4,}\d/u;
const BARE_PHONE_RE = /(?:\(\s?)?\+\s?\d[\d ().\-–]{6,}\d/gu;

// Labels whose value is a phone number, an e-mail, a URL, or something to drop.
const PHONE_L =
  "tel(?:ephone|efon|éphone|efono)?s?|phone|ph|mob(?:ile)?|cell|gsm|fax(?:es)?|telefax|facsimile|faks|факс|тел(?:ефон)?|моб(?:ильный)?|tél|télécopie|t|f";
const PHONE_L2 = PHONE_L.replace(/\|t\|f$/, "");
const EMAIL_L =
  "e-?mails?(?:\\s+address(?:es)?)?|mail|e-?post|эл\\.?\\s*почта|электронная\\s+почта|e-?майл|адрес\\s+электронной\\s+почты|adres\\s+e-?mail|poczta(?:\\s+elektroniczna)?|courriel";
const URL_L =
  "web\\s*-?\\s*form|online\\s+(?:request\\s+|contact\\s+|complaint\\s+|appeal\\s+)?form|contact\\s+form|web\\s*site|website|web|site|internet|url|сайт|веб-сайт|интернет-приемная|интернет-приёмная|strona(?:\\s+www|\\s+internetowa)?|formularz(?:\\s+kontaktowy)?|formulaire";
const DROP_L =
  "salutation|обращение|zwrot(?:\\s+grzecznościowy)?|formule\\s+d'appel|twitter|facebook|instagram|telegram|x\\s*\\(twitter\\)";
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@.])(?:(${PHONE_L}|${EMAIL_L}|${URL_L}|${DROP_L})\\.?(?:\\s*\\/\\s*(?:fax|tel|факс|faks|phone))?\\s*\\.?\\s*(?::|(?=\\s+(?:\\+|https?:|www\\.|\\u0001)))|(${PHONE_L2})\\.?\\s+(?=[+(]?\\d))`,
  "giu",
);

type Kind = "phone" | "email" | "url" | "drop";
const kindOf = (label: string): Kind => {
  const l = label.toLowerCase();
  if (new RegExp(`^(?:${DROP_L})$`, "iu").test(l)) return "drop";
  if (new RegExp(`^(?:${EMAIL_L})$`, "iu").test(l)) return "email";
  if (new RegExp(`^(?:${URL_L})$`, "iu").test(l)) return "url";
  return "phone";
};

const cleanUrl = (u: string) => u.replace(/[.,:;!?)\]}>'"]+$/, "");

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
    phones.push(m[0].replace(/\s+/g, " ").trim());
    s = s.slice(lead + m[0].length);
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
  for (const m of text.match(EMAIL_RE) ?? []) out.emails.push(m.replace(/^[.'-]+/, ""));
  // Placeholders keep a label's value visible to LABEL_RE once the address itself is taken out.
  text = text.replace(EMAIL_RE, " \u0001 ");
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
      if (/^(?:salutation|обращение|zwrot|formule)/iu.test(m[1] ?? "")) out.closes = true;
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
  return out;
}

/** True when a line is nothing but contact data (labels, e-mails, phones, URLs). */
export function isContactOnly(line: string): boolean {
  const r = readFields(line, new Set());
  const has = r.emails.length + r.phones.length + r.urls.length > 0 || r.closes;
  return has && !/\p{L}{2,}/u.test(r.rest.replace(/\b(?:and|or|or|via|и|или|lub|oraz)\b/giu, ""));
}
