// Synthetic contacts for benchmarks: Latin and Cyrillic names, e-mails, titles, countries,
// parliamentary bodies and groups, numbered n = 1, 2, … after those already there (so a second run
// adds more). Every value is a function of n, as the generate_series version before it was (same
// pools, same spread); the search text is built with the app's own definition
// (lib/search/search-text.ts), e-mail included, so synthetic rows are searched exactly like real ones.
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import { searchText } from "../../lib/search/search-text";
import { copyRows, newId } from "./seed-large-copy";

// Realistic name pools: real contact lists hold thousands of distinct surnames, so the pools are
// roots × endings (1,500 Latin and 600 Cyrillic surnames, a few hundred contacts each) rather than
// a handful of names repeated a hundred thousand times, which no search index meets in practice.
const latinFirst = ["Anna", "Petras", "Maria", "Jan", "Sophie", "Luca", "Ewa", "Thomas", "Ines", "Marek", "Clara", "Pierre", "Agnieszka", "Jonas", "Elena", "Mikkel", "Zuzana", "Andrzej", "Laura", "Henrik",
  "Giulia", "Matteo", "Katarzyna", "Tomasz", "Lucie", "Antoine", "Sofia", "Pablo", "Ingrid", "Lars", "Rasa", "Vytautas", "Ilze", "Janis", "Kadri", "Mart", "Ioana", "Andrei", "Eleni", "Nikos",
  "Birgit", "Stefan", "Marta", "Jakub", "Hanna", "Ole", "Petra", "Miroslav", "Chiara", "Diego", "Camille", "Julien", "Eva", "Viktor", "Ana", "Joao", "Frida", "Erik", "Dora", "Gabor"];
const latinRoots = ["Kowal", "Nowak", "Lewand", "Zielin", "Szyman", "Wójc", "Kamin", "Dub", "Lamb", "Mor", "Ross", "Bianc", "Ferr", "Garc", "Fernand", "Mart", "Schmid", "Schneid", "Fisch", "Web",
  "Wagn", "Beck", "Hoffm", "Jens", "Niel", "Hans", "Anders", "Johans", "Karls", "Nils", "Horv", "Kov", "Szab", "Tóth", "Nag", "Novot", "Dvoř", "Svob", "Pet", "Auštrevič", "Kazl", "Jank", "Balt",
  "Bērz", "Kalnin", "Ozol", "Tamm", "Saar", "Kask", "Popesc", "Ionesc", "Dumitr", "Georgi", "Dimitr", "Papad", "Silv", "Sant", "Cost", "Ferreir", "Oliv"];
const latinEndings = ["ski", "ska", "owicz", "ak", "ek", "ov", "ova", "escu", "ini", "elli", "mann", "er", "sen", "son", "ić", "ová", "ius", "ienė", "aitė", "as", "ez", "es", "eau", "ier", "opoulos"];
const cyrFirst = ["Жанара", "Ержан", "Айгуль", "Мухтар", "Динара", "Серик", "Асель", "Нурлан", "Гульнара", "Бахыт", "Ирина", "Дмитрий", "Алия", "Арман", "Салтанат", "Марат", "Сауле", "Даурен",
  "Айжан", "Ерлан", "Жанна", "Олжас", "Мадина", "Бауыржан", "Камила", "Тимур", "Лязат", "Болат", "Светлана", "Андрей", "Ольга", "Сергей", "Айдана", "Нурсултан", "Гаухар", "Руслан", "Роза",
  "Кайрат", "Назгуль", "Асхат"];
const cyrRoots = ["Ахмет", "Нурба", "Серикба", "Жаксыбек", "Тлеуба", "Касым", "Иман", "Оспан", "Мусин", "Абен", "Кузнец", "Сулеймен", "Токаев", "Назарба", "Абдрахман", "Бекмухамед",
  "Исмаил", "Кенжеба", "Омар", "Садык", "Тургумба", "Утеп", "Хасен", "Шаймерден", "Ергали", "Жумаба", "Искак", "Калиакбар", "Мамыр", "Нигмет", "Рахим", "Сейткали", "Тажиба", "Умирза",
  "Есенба", "Байжан", "Дюсемба", "Ибраим", "Алим", "Бейсен", "Габдул", "Даулетба", "Жолдасба", "Ким", "Ли", "Мухамедж", "Орынба", "Петр", "Смирн", "Волк"];
const cyrEndings = ["ова", "ов", "ева", "ев", "ин", "ина", "ұлы", "қызы", "енко", "ский", "ская", "ович"];
const surnames = (roots: string[], endings: string[]) => roots.flatMap((r) => endings.map((e) => r + e));
const latinLast = surnames(latinRoots, latinEndings);
const cyrLast = surnames(cyrRoots, cyrEndings);
// Half the contacts carry a title; ministers are a small share, as in a real advocacy address book.
const roles = ["Member of the European Parliament", "Member of PACE", "Member of the OSCE PA", "Member of Parliament", "Journalist", "Programme officer", "Policy adviser", "Researcher",
  "Lawyer", "Ambassador", "Deputy Head of Mission", "Human rights defender", "Press officer", "Assistant to the MEP", "Campaigner", "Professor", "Editor", "Head of Unit", "Desk officer",
  "Counsellor", "Director", "Secretary General", "Rapporteur", "Chair of the committee", "Ombudsman", "Prosecutor", "Judge", "Consul", "Coordinator", "Legal adviser"];
const portfolios = ["Justice", "Foreign Affairs", "Interior", "Human Rights", "Education", "Culture", "Digital Affairs", "Energy", "Finance", "Health"];
const titles = [...roles, ...roles, ...roles, ...portfolios.flatMap((p) => [`Minister of ${p}`, `Deputy Minister of ${p}`])];
const countries = ["PL", "LT", "DE", "FR", "IT", "CZ", "DK", "ES", "SE", "KZ", "UA", "BE", "NL", "AT", "SK"];
const groups = ["EPP", "S&D", "Renew Europe", "Greens/EFA", "ECR", "The Left", "PfE", "ESN", "NI"];
const bodies = ["european_parliament", "pace", "osce_pa", "national_parliament"];

const BATCH = 100_000;
const CONTACT_COLUMNS = ["id", "full_name", "first_name", "last_name", "title", "country", "parliamentary_body", "delegation", "political_group",
  "tags", "search_text", "source", "source_ref"] as const;

/** Contact n: every third has a Cyrillic name; indexes are spread with primes so combinations vary. */
function contact(n: number) {
  const cyr = n % 3 === 0;
  const first = cyr ? cyrFirst[(n * 7) % cyrFirst.length] : latinFirst[(n * 7) % latinFirst.length];
  const lastPool = cyr ? cyrLast : latinLast;
  const last = `${lastPool[Math.floor((n * 7919) / 7) % lastPool.length]} ${n}`;
  const listed = n % 4 !== 0;
  const country = countries[(n * 19) % countries.length];
  return {
    fullName: `${first} ${last}`,
    first,
    last,
    title: n % 2 === 0 ? titles[(Math.floor(n / 2) * 17) % titles.length] : null,
    country,
    body: listed ? bodies[(n * 29) % bodies.length] : null,
    delegation: listed ? country : null,
    group: listed ? groups[(n * 23) % groups.length] : null,
    email: `contact${n}@example.org`,
  };
}

function* contactRows(from: number, to: number, emails: Array<[string, string]>) {
  for (let n = from; n <= to; n++) {
    const c = contact(n);
    const id = newId();
    emails.push([id, c.email]);
    yield [id, c.fullName, c.first, c.last, c.title, c.country, c.body, c.delegation, c.group, "{synthetic}",
      searchText.contact({ fullName: c.fullName, nameNative: null, title: c.title, department: null }, null, [c.email]),
      "synthetic", `seed-large:${n}`];
  }
}

export async function seedLargeContacts(tx: Tx, total: number, log: (line: string) => void): Promise<void> {
  const [{ start }] = rowsOf<{ start: number }>(await tx.execute(sql`SELECT count(*)::int AS start FROM contacts WHERE source = 'synthetic'`));
  for (let offset = start; offset < start + total; offset += BATCH) {
    const to = Math.min(offset + BATCH, start + total);
    const emails: Array<[string, string]> = [];
    await copyRows(tx, "contacts", CONTACT_COLUMNS, contactRows(offset + 1, to, emails));
    await copyRows(tx, "contact_emails", ["contact_id", "email", "label", "is_primary"], emails.map(([id, email]) => [id, email, "work", true]));
    log(`${(to - start).toLocaleString("en")} / ${total.toLocaleString("en")} contacts`);
  }
}

export type Pick = { id: string; full_name: string; title: string | null; country: string | null; political_group: string | null };

/** The synthetic contacts, in a fixed order, for recipients, signatories and invitations to be picked by number. */
export async function syntheticContacts(tx: Tx): Promise<Pick[]> {
  const picks = rowsOf<Pick>(await tx.execute(sql`SELECT id, full_name, title, country, political_group FROM contacts WHERE source = 'synthetic' ORDER BY id`));
  if (!picks.length) throw new Error("Generate synthetic contacts first (--contacts N).");
  return picks;
}

/** `per` different contacts for record n, spread over all of them by a prime stride (as before: no pair twice). */
export function picked(picks: Pick[], n: number, prime: number, per: number): Pick[] {
  const stride = Math.floor(picks.length / per);
  const seen = new Set<string>();
  const out: Pick[] = [];
  for (let j = 0; j < per; j++) {
    const p = picks[(n * prime + j * stride) % picks.length];
    if (!seen.has(p.id)) out.push(p);
    seen.add(p.id);
  }
  return out;
}
