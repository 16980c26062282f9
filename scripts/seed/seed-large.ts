// npm run db:seed:large -- --contacts 1000000 [--appeals 200000] [--letters 20000] [--events 20000]
// Synthetic contacts for benchmarks: Latin and Cyrillic names, e-mails, phones, parliamentary
// bodies and groups. Generated inside PostgreSQL with generate_series (fast, nothing loaded into
// JavaScript); the name pools' search forms are computed once here with the app's own
// normalizeForSearch, so synthetic rows are searched exactly like real ones.
import "../env";
import { sql } from "drizzle-orm";
import { createDatabase } from "../../db/client";
import { normalizeForSearch } from "../../lib/search/normalize";
import { dropPickTable, seedLargeAppeals, seedLargeLetters } from "./seed-large-appeals";
import { seedLargeEvents } from "./seed-large-events";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const appealsTotal = arg("appeals", 0);
const lettersTotal = arg("letters", 0);
const eventsTotal = arg("events", 0);
// Contacts default to 100,000 only when nothing else is asked for: appeals and letters can be added later.
const total = arg("contacts", appealsTotal || lettersTotal || eventsTotal ? 0 : 100_000);
const batch = 100_000;

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

const handle = createDatabase();
const { db } = handle;
const started = Date.now();
const forms = (names: string[]) => names.map((n) => normalizeForSearch(n));
// One array parameter (drizzle would otherwise spread a JS array into a row of parameters).
const arr = (values: string[]) => sql`${sql.param(values)}::text[]`;

for (let offset = 0; offset < total; offset += batch) {
  const count = Math.min(batch, total - offset);
  // Every third contact has a Cyrillic name; indexes are spread with primes so combinations vary.
  await db.execute(sql`
    WITH g AS (SELECT ${offset}::bigint + s AS n FROM generate_series(1, ${count}) s),
    picked AS (
      SELECT n, n % 3 = 0 AS cyr,
        1 + (n * 7) % ${latinFirst.length} AS lf, 1 + ((n * 7919) / 7) % ${latinLast.length} AS ll,
        1 + (n * 7) % ${cyrFirst.length} AS cf, 1 + ((n * 7919) / 7) % ${cyrLast.length} AS cl,
        1 + ((n / 2) * 17) % ${titles.length} AS ti, 1 + (n * 19) % ${countries.length} AS co,
        1 + (n * 23) % ${groups.length} AS gr, 1 + (n * 29) % ${bodies.length} AS bo
      FROM g)
    INSERT INTO contacts (full_name, first_name, last_name, title, country, parliamentary_body, delegation,
                          political_group, tags, search_text, source, source_ref)
    SELECT
      CASE WHEN cyr THEN (${arr(cyrFirst)})[cf] || ' ' || (${arr(cyrLast)})[cl] || ' ' || n
           ELSE (${arr(latinFirst)})[lf] || ' ' || (${arr(latinLast)})[ll] || ' ' || n END,
      CASE WHEN cyr THEN (${arr(cyrFirst)})[cf] ELSE (${arr(latinFirst)})[lf] END,
      CASE WHEN cyr THEN (${arr(cyrLast)})[cl] || ' ' || n ELSE (${arr(latinLast)})[ll] || ' ' || n END,
      CASE WHEN n % 2 = 0 THEN (${arr(titles)})[ti] END,
      (${arr(countries)})[co],
      CASE WHEN n % 4 = 0 THEN NULL ELSE (${arr(bodies)})[bo]::parliamentary_body END,
      CASE WHEN n % 4 = 0 THEN NULL ELSE (${arr(countries)})[co] END,
      CASE WHEN n % 4 = 0 THEN NULL ELSE (${arr(groups)})[gr] END,
      ARRAY['synthetic'],
      CASE WHEN cyr THEN (${arr(forms(cyrFirst))})[cf] || ' ' || (${arr(forms(cyrLast))})[cl]
           ELSE (${arr(forms(latinFirst))})[lf] || ' ' || (${arr(forms(latinLast))})[ll] END
        || ' ' || n || CASE WHEN n % 2 = 0 THEN ' ' || (${arr(forms(titles))})[ti] ELSE '' END,
      'synthetic', 'seed-large:' || n
    FROM picked`);
  await db.execute(sql`
    INSERT INTO contact_emails (contact_id, email, label, is_primary)
    SELECT id, 'contact' || substring(source_ref FROM 12) || '@example.org', 'work', true
    FROM contacts WHERE source = 'synthetic' AND source_ref LIKE 'seed-large:%'
      AND substring(source_ref FROM 12)::bigint > ${offset} AND substring(source_ref FROM 12)::bigint <= ${offset + count}`);
  console.log(`${(offset + count).toLocaleString("en")} / ${total.toLocaleString("en")} contacts (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
if (appealsTotal) await seedLargeAppeals(db, appealsTotal, (line) => console.log(`${line} (${elapsed()})`));
if (lettersTotal) await seedLargeLetters(db, lettersTotal, (line) => console.log(`${line} (${elapsed()})`));
if (eventsTotal) await seedLargeEvents(db, eventsTotal, (line) => console.log(`${line} (${elapsed()})`));
await dropPickTable(db);
// VACUUM as well as ANALYZE: the bulk updates leave dead tuples, and on a server with autovacuum
// off (as on the benchmark machine) the first benchmarks ran 5–30× slower on them.
console.log(`VACUUM (ANALYZE)… (${elapsed()})`);
await db.execute(sql`VACUUM (ANALYZE)`);
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
await handle.close();
