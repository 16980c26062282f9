// The other contacts the name pairs are searched among (lib/search/name-pairs.test.ts): for every
// stored name, namesakes (another first name, the same surname), relatives (the surname's other
// gender form) and the same first name with other surnames; then a pool of Latin and Cyrillic
// names built like the large seed's (scripts/seed/seed-large-contacts.ts), including its
// Kazakh surnames (Tokayev, Nazarbayev…) with other first names. Deterministic.

const latinFirst = ["Anna", "Petras", "Maria", "Jan", "Sophie", "Luca", "Ewa", "Thomas", "Ines", "Marek", "Clara", "Pierre", "Agnieszka", "Jonas", "Elena",
  "Zuzana", "Andrzej", "Laura", "Giulia", "Katarzyna", "Tomasz", "Sofia", "Pablo", "Rasa", "Vytautas", "Ilze", "Janis", "Andrei", "Stefan", "Marta", "Jakub",
  "Hanna", "Petra", "Miroslav", "Eva", "Viktor", "Ana", "Sergei", "Olga", "Aleksandr", "Yulia", "Dmitri", "Natalia", "Irina", "Mohammed", "Ahmed", "Fatima",
  "Mehmet", "Ayse", "Murat", "Aigerim", "Nurlan", "Askar", "Zhanna", "Dina", "Timur", "Bakhyt", "Gulnara", "Daniyar", "Aizhan"];
const cyrFirst = ["Жанара", "Ержан", "Айгуль", "Мухтар", "Динара", "Серик", "Асель", "Нурлан", "Гульнара", "Бахыт", "Ирина", "Дмитрий", "Алия", "Арман",
  "Салтанат", "Марат", "Сауле", "Даурен", "Айжан", "Ерлан", "Жанна", "Олжас", "Мадина", "Бауыржан", "Тимур", "Болат", "Светлана", "Андрей", "Ольга", "Сергей",
  "Руслан", "Кайрат", "Юлия", "Наталья", "Евгений", "Алексей", "Юрий", "Татьяна", "Людмила", "Илья"];
const latinRoots = ["Kowal", "Nowak", "Lewand", "Zielin", "Szyman", "Wójc", "Kamin", "Dub", "Mor", "Ross", "Ferr", "Garc", "Fernand", "Mart", "Schmid", "Schneid",
  "Fisch", "Web", "Wagn", "Beck", "Hoffm", "Jens", "Horv", "Kov", "Szab", "Novot", "Dvoř", "Svob", "Pet", "Auštrevič", "Kazl", "Jank", "Balt", "Kalnin", "Tamm",
  "Popesc", "Dimitr", "Papad", "Silv", "Tokay", "Nazarbay", "Ablyaz", "Beketay", "Aliy", "Kubil", "Juknev", "Zelensk", "Lavr", "Navaln", "Yash", "Dmitri", "Sikor"];
const latinEndings = ["ski", "ska", "owicz", "ak", "ek", "ov", "ova", "ev", "eva", "escu", "ini", "mann", "er", "sen", "ić", "ová", "ius", "ienė", "as", "ez", "in", "ina"];
const cyrRoots = ["Ахмет", "Нурба", "Серикба", "Жаксыбек", "Тлеуба", "Касым", "Иман", "Оспан", "Мусин", "Абен", "Кузнец", "Сулеймен", "Тока", "Назарба", "Бекмухамед",
  "Исмаил", "Кенжеба", "Омар", "Садык", "Жумаба", "Искак", "Мамыр", "Нигмет", "Рахим", "Есенба", "Дюсемба", "Ибраим", "Алим", "Бейсен", "Орынба", "Смирн", "Волк",
  "Навальн", "Лавр", "Медвед", "Ходорковск", "Аблязо", "Карин", "Али", "Хасен"];
const cyrEndings = ["ова", "ов", "ева", "ев", "ин", "ина", "ұлы", "енко", "ский", "ская", "ович", "ая", "ый"];

/** Deterministic picks: a multiplicative walk through a pool. */
const pick = <T>(pool: T[], n: number) => pool[(n * 7919) % pool.length];
const isCyrillic = (s: string) => /[\u0400-\u04FF]/.test(s);

/** The surname's other gender form, as Russian, Kazakh, Polish, Czech and Lithuanian names make it. */
function otherGender(surname: string): string {
  if (/(ova|eva|ina|ова|ева|ина)$/.test(surname)) return surname.slice(0, -1);
  if (/(ov|ev|in|ов|ев|ин)$/.test(surname)) return `${surname}${isCyrillic(surname) ? "а" : "a"}`;
  const swaps: Array<[RegExp, string]> = [[/ski$/, "ska"], [/ska$/, "ski"], [/(ий|ый)$/, "ая"], [/ius$/, "ienė"], [/ý$/, "á"]];
  const swap = swaps.find(([pattern]) => pattern.test(surname));
  return swap ? surname.replace(swap[0], swap[1]) : `${surname}a`;
}

export function distractorNames(names: string[], pool = 3000): string[] {
  const out = new Set<string>();
  names.forEach((name, i) => {
    const words = name.split(" ");
    const first = words[0];
    const rest = words.slice(1).join(" ");
    const firsts = isCyrillic(name) ? cyrFirst : latinFirst;
    const lasts = isCyrillic(name) ? cyrRoots.map((r, k) => r + cyrEndings[k % cyrEndings.length]) : latinRoots.map((r, k) => r + latinEndings[k % latinEndings.length]);
    // Two namesakes, a relative and the same first name with two other surnames.
    out.add(`${pick(firsts, i + 1)} ${rest}`);
    out.add(`${pick(firsts, i + 2)} ${rest}`);
    const surname = words[words.length - 1];
    out.add(`${pick(firsts, i + 3)} ${[...words.slice(1, -1), otherGender(surname)].join(" ")}`);
    out.add(`${first} ${pick(lasts, i + 4)}`);
    out.add(`${first} ${pick(lasts, i + 5)}`);
  });
  for (let n = 1; out.size < names.length * 5 + pool; n++) {
    const cyrillic = n % 3 === 0;
    const first = pick(cyrillic ? cyrFirst : latinFirst, n);
    const roots = cyrillic ? cyrRoots : latinRoots;
    const endings = cyrillic ? cyrEndings : latinEndings;
    out.add(`${first} ${roots[(n * 31) % roots.length]}${endings[(n * 17) % endings.length]}`);
  }
  return [...out];
}
