// Scores extracted contacts against hand-made truth, with the rules of
// the project's score-contacts.mjs tool (the scorer the project is measured with), so the figures the
// corpus test prints are the figures the issue asks for:
// - an entry is "exact" when its name (fold-equal, or both empty), e-mail set, phone digit set and
//   URL set all equal those of the truth entry it is matched to;
// - matching is one-to-one, truth entries in order, each taking the first unused predicted entry
//   that shares an e-mail, else a phone, a URL, the same name, organization or title;
// - e-mail and phone F1 count the values of matched pairs against all predicted and all truth values.
// Title, organization, address and salutation are not compared: a reader fixes those in the review.

/** One addressee as the truth files hold it (and as predictions are mapped to). */
export type ContactEntry = {
  name: string | null;
  title: string | null;
  organization: string | null;
  address: string | null;
  emails: string[];
  phones: string[];
  urls: string[];
  salutation?: string | null;
};

/** [matched, predicted, truth] value counts. */
export type Tally = [number, number, number];

export type Score = {
  exact: number;
  truth: number;
  predicted: number;
  recall: number;
  precision: number;
  emailF1: number;
  phoneF1: number;
  counts: { email: Tally; phone: Tally };
};

/** A truth entry and the prediction it was matched to (null: none), and whether it is exact. */
export type Pair = { truth: ContactEntry; predicted: ContactEntry | null; exact: boolean };

/** Case, accents, apostrophe forms and runs of spaces do not count. */
export function fold(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const emailSet = (e: ContactEntry) => new Set((e.emails ?? []).map((x) => fold(x)));
const phoneSet = (e: ContactEntry) =>
  new Set((e.phones ?? []).map((x) => String(x).replace(/\D/g, "")).filter(Boolean));
const urlSet = (e: ContactEntry) => new Set((e.urls ?? []).map((x) => fold(x).replace(/\/+$/, "")));
const fieldSet = (k: "name" | "organization" | "title") => (e: ContactEntry) =>
  new Set(e[k] ? [fold(e[k])] : []);

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** The matching keys, strongest first. */
const KEYS = [emailSet, phoneSet, urlSet, fieldSet("name"), fieldSet("organization"), fieldSet("title")];

/** Matches truth to predictions one-to-one and marks the exact pairs. */
export function matchEntries(truth: ContactEntry[], predicted: ContactEntry[]): Pair[] {
  const used = new Set<number>();
  return truth.map((t) => {
    let hit = -1;
    for (const key of KEYS) {
      const k = key(t);
      hit = predicted.findIndex((p, i) => !used.has(i) && shares(k, key(p)));
      if (hit >= 0) break;
    }
    if (hit >= 0) used.add(hit);
    const p = hit >= 0 ? predicted[hit] : null;
    const exact = Boolean(
      p &&
        fold(t.name) === fold(p.name) &&
        same(emailSet(t), emailSet(p)) &&
        same(phoneSet(t), phoneSet(p)) &&
        same(urlSet(t), urlSet(p)),
    );
    return { truth: t, predicted: p, exact };
  });
}

const f1 = ([m, p, t]: Tally) => (p + t === 0 ? 1 : (2 * m) / (p + t));

/** Figures from raw counts, so per-file counts can be summed into corpus figures. */
export function figures(exact: number, truth: number, predicted: number, email: Tally, phone: Tally): Score {
  return {
    exact,
    truth,
    predicted,
    recall: exact / Math.max(1, truth),
    precision: exact / Math.max(1, predicted),
    emailF1: f1(email),
    phoneF1: f1(phone),
    counts: { email, phone },
  };
}

/** Scores one list of predictions against its truth. */
export function score(truth: ContactEntry[], predicted: ContactEntry[]): Score {
  const email: Tally = [0, 0, 0];
  const phone: Tally = [0, 0, 0];
  for (const p of predicted) {
    email[1] += emailSet(p).size;
    phone[1] += phoneSet(p).size;
  }
  let exact = 0;
  for (const pair of matchEntries(truth, predicted)) {
    const count = (tally: Tally, get: (e: ContactEntry) => Set<string>) => {
      const a = get(pair.truth);
      const b = pair.predicted ? get(pair.predicted) : new Set<string>();
      tally[0] += [...a].filter((x) => b.has(x)).length;
      tally[2] += a.size;
    };
    count(email, emailSet);
    count(phone, phoneSet);
    if (pair.exact) exact++;
  }
  return figures(exact, truth.length, predicted.length, email, phone);
}

/** One file's figures, its pairs, and the predictions no truth entry was paired to. */
export type FileScore = { file: string; score: Score; pairs: Pair[]; unpaired: ContactEntry[] };

/**
 * Scores each file on its own and the corpus as a whole. The corpus figures sum the files' counts:
 * matching stays inside a file (the same ministry's e-mail in two texts must not pair across them).
 */
export function scoreFiles(files: { file: string; truth: ContactEntry[]; predicted: ContactEntry[] }[]): {
  files: FileScore[];
  total: Score;
} {
  const perFile = files.map((f): FileScore => {
    const pairs = matchEntries(f.truth, f.predicted);
    const paired = new Set(pairs.map((p) => p.predicted));
    return { file: f.file, score: score(f.truth, f.predicted), pairs, unpaired: f.predicted.filter((p) => !paired.has(p)) };
  });
  const sum = (get: (s: Score) => number) => perFile.reduce((n, f) => n + get(f.score), 0);
  const tally = (kind: "email" | "phone"): Tally => [0, 1, 2].map((i) => sum((s) => s.counts[kind][i])) as Tally;
  return {
    files: perFile,
    total: figures(sum((s) => s.exact), sum((s) => s.truth), sum((s) => s.predicted), tally("email"), tally("phone")),
  };
}

/** "exact=K/N recall=.. precision=.. predicted=.. email_f1=.. phone_f1=.." as the shared scorer prints it. */
export function summaryLine(s: Score): string {
  const r = (x: number) => x.toFixed(3);
  return (
    `exact=${s.exact}/${s.truth} recall=${r(s.recall)} precision=${r(s.precision)} predicted=${s.predicted} ` +
    `email_f1=${r(s.emailF1)} phone_f1=${r(s.phoneF1)} email=${s.counts.email.join("/")} phone=${s.counts.phone.join("/")}`
  );
}
