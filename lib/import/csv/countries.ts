// Country names as spreadsheets spell them (English, French, Russian, some native and short forms)
// → ISO 3166-1 alpha-2. Europe and Central Asia, where the parliaments and partners we write to
// sit, plus the countries that come up most often besides. Codes are accepted too, including the
// EU's own "EL" for Greece and "UK" for the United Kingdom, which EU data uses.

const table = `
AD|Andorra|Andorre|Андорра
AE|United Arab Emirates|UAE|Émirats arabes unis|ОАЭ|Объединенные Арабские Эмираты
AF|Afghanistan|Афганистан
AL|Albania|Albanie|Албания|Shqipëria
AM|Armenia|Arménie|Армения
AT|Austria|Autriche|Австрия|Österreich
AU|Australia|Australie|Австралия
AZ|Azerbaijan|Azerbaïdjan|Азербайджан
BA|Bosnia and Herzegovina|Bosnia|Bosnie-Herzégovine|Босния и Герцеговина
BE|Belgium|Belgique|Бельгия|België
BG|Bulgaria|Bulgarie|Болгария
BR|Brazil|Brésil|Бразилия
BY|Belarus|Biélorussie|Bélarus|Беларусь|Белоруссия
CA|Canada|Канада
CH|Switzerland|Suisse|Швейцария|Schweiz|Svizzera
CN|China|Chine|Китай
CY|Cyprus|Chypre|Кипр
CZ|Czech Republic|Czechia|République tchèque|Tchéquie|Чехия|Česko
DE|Germany|Allemagne|Германия|Deutschland
DK|Denmark|Danemark|Дания|Danmark
EE|Estonia|Estonie|Эстония|Eesti
EG|Egypt|Égypte|Египет
ES|Spain|Espagne|Испания|España
FI|Finland|Finlande|Финляндия|Suomi
FR|France|Франция
GB|United Kingdom|UK|Great Britain|Britain|England|Scotland|Wales|Royaume-Uni|Великобритания|Соединенное Королевство|Англия
GE|Georgia|Géorgie|Грузия|Sakartvelo
GR|Greece|Grèce|Греция|Hellas|EL
HR|Croatia|Croatie|Хорватия|Hrvatska
HU|Hungary|Hongrie|Венгрия|Magyarország
IE|Ireland|Irlande|Ирландия|Éire
IL|Israel|Israël|Израиль
IN|India|Inde|Индия
IR|Iran|Иран
IS|Iceland|Islande|Исландия|Ísland
IT|Italy|Italie|Италия|Italia
JP|Japan|Japon|Япония
KG|Kyrgyzstan|Kyrgyz Republic|Kirghizistan|Киргизия|Кыргызстан|Кыргызская Республика
KR|South Korea|Korea|Corée du Sud|Южная Корея|Республика Корея
KZ|Kazakhstan|Kazakstan|Qazaqstan|Казахстан|Қазақстан|Республика Казахстан
LI|Liechtenstein|Лихтенштейн
LT|Lithuania|Lituanie|Литва|Lietuva
LU|Luxembourg|Люксембург
LV|Latvia|Lettonie|Латвия|Latvija
MC|Monaco|Монако
MD|Moldova|Republic of Moldova|Moldavie|Молдова|Молдавия
ME|Montenegro|Monténégro|Черногория
MK|North Macedonia|Macedonia|Macédoine du Nord|Северная Македония|Македония
MN|Mongolia|Mongolie|Монголия
MT|Malta|Malte|Мальта
NL|Netherlands|The Netherlands|Holland|Pays-Bas|Нидерланды|Голландия|Nederland
NO|Norway|Norvège|Норвегия|Norge
PK|Pakistan|Пакистан
PL|Poland|Pologne|Польша|Polska
PT|Portugal|Португалия
RO|Romania|Roumanie|Румыния|România
RS|Serbia|Serbie|Сербия|Srbija
RU|Russia|Russian Federation|Russie|Fédération de Russie|Россия|Российская Федерация|РФ
SA|Saudi Arabia|Arabie saoudite|Саудовская Аравия
SE|Sweden|Suède|Швеция|Sverige
SI|Slovenia|Slovénie|Словения|Slovenija
SK|Slovakia|Slovaquie|Словакия|Slovensko
SM|San Marino|Saint-Marin|Сан-Марино
TJ|Tajikistan|Tadjikistan|Таджикистан|Тоҷикистон
TM|Turkmenistan|Turkménistan|Туркменистан|Туркмения
TR|Turkey|Türkiye|Turquie|Турция
UA|Ukraine|Украина|Україна
US|United States|United States of America|USA|US|États-Unis|США|Соединенные Штаты
UZ|Uzbekistan|Ouzbékistan|Узбекистан|Oʻzbekiston
VA|Holy See|Vatican|Saint-Siège|Ватикан
XK|Kosovo|Косово
`;

/** Lower case, no accents, "ё" as "е", punctuation as spaces: how both sides are compared. */
export function foldKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/ё/g, "е")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const byName = new Map<string, string>();
for (const line of table.trim().split("\n")) {
  const [code, ...names] = line.split("|");
  byName.set(code.toLowerCase(), code);
  for (const name of names) byName.set(foldKey(name), code);
}

/** ISO alpha-2 code for a country name or code we know, or null. */
export function normalizeCountry(value: string): string | null {
  const key = foldKey(value);
  return byName.get(key) ?? byName.get(key.replace(/^the /, "")) ?? null;
}
