// Word lists the contact extractor uses to tell names from roles, institutions and addresses.
// Matching is on lower-cased tokens; Slavic words are matched by stem because they decline.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics that precede a person's name; they are dropped from the extracted name. */
export const HONORIFIC_RE = new RegExp(
  "^(?:mr|mrs|ms|miss|mx|dr|dra|drs|prof|profa|professor|h\\.?\\s?e|s\\.?\\s?e|his excellency|her excellency|hon|" +
    "the honou?rable|sir|dame|mme|madame|mlle|monsieur|m|herr|frau|sr|sra|srta|señor|señora|pan|pani|panie|sayın|" +
    "г-н|г-ну|г-жа|г-же|господин|господину|госпожа|госпоже|гр|пан|пані|ambassador)\\.?$" +
    // Short forms that are words of their own without the full stop ("on", "col", "gen").
    "|^(?:lic|licda|ing|dott|dott\\.ssa|on|sig|sig\\.ra|excmo|excma|avv|hr|fr|sn|gen|lt\\.?-gen|col|maj|capt|brig|adm)\\.$",
  "iu",
);
/** Honorifics that are also ranks or roles: they anchor a name only when two name words follow. */
export const RANK_RE = /^(?:ambassador|gen|lt\.?-gen|col|maj|capt|brig|adm)\.?$/iu;

/** Honorific phrases of several words ("His Excellency", "Его Превосходительству"), read as "H.E.". */
export const HONORIFIC_PHRASE_RE =
  /(?<!\p{L})(?:(?:His|Her|Your)\s+Excellency|Su\s+Excelencia|Excelentísim[oa](?:\s+Señora?)?|Sua\s+Eccellenza|(?:Hans|Hennes)\s+Excellens|(?:Его|Ее|Её|Вашему|Ваше)\s+Превосходительств(?:у|о)|Jego\s+Ekscelencja|Ekselansları)(?!\p{L})/gu;

/** Words that head a person's role; a phrase whose head noun is one of these is a title. */
export const ROLE_WORDS = words(`
president vice-president minister prime deputy secretary secretary-general general prosecutor
attorney ombudsman ombudsperson commissioner chair chairman chairwoman chairperson head director
chief governor mayor ambassador rapporteur representative envoy speaker judge justice chancellor
king queen emir member mep mp senator officer counsellor councillor consul adviser advisor
spokesperson spokesman coordinator commander leader administrator delegate rector dean editor
manager superintendent warden inspector registrar clerk auditor procurator premier marshal
akim hokim khokim ombudswoman attorney-general procurator-general director-general vice-chair
co-chair vice-chairman vice-chairperson vice-speaker under-secretary undersecretary ceo founder
monarch sultan emir prince minister-counsellor chargé
presidente presidenta vicepresidente secretario secretaria subsecretario ministro ministra fiscal
procurador procuradora defensor defensora embajador embajadora directora gobernador gobernadora
jefe jefa comisionado comisionada relator relatora magistrado magistrada juez jueza diputado
diputada senadora canciller alcalde titular procuratore ambasciatore ambasciatrice portavoce
segretario segretaria direttore direttrice sindaco garante commissario vicepresidente
ambassadör utrikesminister statsminister justitieminister inrikesminister talman ordförande
generalsekreterare riksdagsledamot chef generaldirektör justitiekansler
bakan bakanı başkanı başkan cumhurbaşkanı büyükelçi büyükelçisi savcı başsavcı savcısı
başsavcısı genel sekreteri müdürü
`);

/** Words that head an institution; a phrase whose head noun is one of these is an organization. */
export const ORG_WORDS = words(`
office administration parliament commission committee subcommittee council assembly agency
service services department embassies missions directorate bureau embassy mission delegation court tribunal
government senate congress chamber group organization organisation institute institution
foundation authority police prison penitentiary colony centre center secretariat cabinet
presidency inspectorate procuracy prosecution ministry union network association society
movement party board forum university akimat mazhilis majilis sejm duma rada commons section
ministerio secretaría fiscalía procuraduría comisión oficina embajada consejo corte congreso senado
asamblea centro comité defensoría dirección organización gobierno presidencia delegación misión
instituto fundación ministero ufficio ambasciata procura commissione consiglio camera senato
tribunale associazione presidenza governo dipartimento sezione ambassad ambassaden departementet
utrikesdepartementet justitiedepartementet regeringskansliet riksdagen utskott utrikesutskott
kommittén bakanlığı başkanlığı büyükelçiliği kurumu komisyonu müşavirliği dairesi müdürlüğü
meclisi mahkemesi başsavcılığı
`);

/** Other words common inside role and institution names, never part of a person's name. */
export const INSTITUTION_WORDS = words(`
republic federation kingdom state states nations national federal central supreme
constitutional public civil political protection promotion prevention elections electoral
security affairs rights human foreign internal interior defence defense health education
information communication communications culture finance economy economic labour labor social
development democracy democratic humanitarian questions policy detention arbitrary torture
freedom expression religion belief defenders migrants refugees law legal relations international
european cooperation co-operation permanent special high senior acting first executive
representatives lords justice investigative investigation investigations general's prosecutor's
emergency situations transport energy trade industry agriculture environment sport youth
women children family migration border borders customs revenue anti-corruption corruption
counter-terrorism terrorism intelligence criminal penal enforcement region regional province
provincial oblast district county city municipal municipality local the office's ministry's
media press journalists speech institutions minorities watch division unit
name address email fax number salutation phone telephone re subject
república repubblica republiken cumhuriyeti bolivariana nacional nazionale naciones nazioni unidas unite
derechos diritti humanos umani estado estados stato generale federal popular democrática
ciudad città
europe asia africa america americas eurasia caucasus pacific atlantic arctic balkans scandinavia
`);

/** Acronyms and short forms that appear in role phrases (EU, OSCE PA, UN …). */
export const ACRONYMS = words(`
eu un osce pa pace ec eeas eusr ohchr unhcr unesco nato us usa uk rk rf kz coe ep cis odihr
icrc wgad hrc ngo mfa mvd knb nsc fsb mia
`);

/** Countries and country forms; a fragment that is only one of these belongs to an address. */
export const COUNTRIES = words(`
kazakhstan russia belarus ukraine poland azerbaijan uzbekistan turkmenistan tajikistan
kyrgyzstan kyrgyz georgia armenia moldova turkey türkiye china iran egypt belgium france
germany switzerland austria italy spain portugal netherlands luxembourg denmark sweden norway
finland estonia latvia lithuania czechia slovakia hungary romania bulgaria greece cyprus malta
ireland canada usa uk england scotland britain lebanon israel palestine syria iraq india pakistan
afghanistan mongolia japan korea vietnam thailand myanmar bangladesh nepal serbia croatia bosnia
slovenia montenegro albania macedonia kosovo polska venezuela colombia méxico mexico nicaragua
guatemala honduras salvador cuba perú peru chile argentina bolivia ecuador brasil brazil egitto
myanmar cambodia laos philippines indonesia malaysia singapore россия беларусь украина казахстан польша
узбекистан кыргызстан таджикистан туркменистан азербайджан армения грузия молдова бельгия
франция швейцария австрия германия
`);

/** Multi-word country names, lower-cased. */
export const COUNTRY_PHRASES = [
  "russian federation", "united kingdom", "united states", "united states of america",
  "czech republic", "kyrgyz republic", "republic of kazakhstan", "republic of belarus",
  "republic of poland", "rzeczpospolita polska", "российская федерация", "республика казахстан",
  "республика беларусь", "кыргызская республика", "republic of uzbekistan", "republic of azerbaijan",
];

/** Cities that often stand alone in an address fragment. */
export const CITIES = words(`
astana nur-sultan almaty shymkent karaganda aktobe atyrau aktau oral uralsk kokshetau pavlodar
semey taraz moscow minsk kyiv kiev warsaw warszawa kraków krakow gdańsk gdansk wrocław łódź
poznań brussels bruxelles brussel strasbourg geneva genève vienna wien paris london washington
ottawa baku tashkent bishkek dushanbe ashgabat tbilisi yerevan chisinau ankara berlin rome roma
madrid lisbon amsterdam luxembourg copenhagen stockholm oslo helsinki riga vilnius tallinn prague
bratislava budapest bucharest sofia athens dublin москва минск киев алматы астана нур-султан
санкт-петербург ташкент бишкек душанбе ашхабад баку тбилиси ереван
`);

/** Words that start or mark a postal address (street, building, box …). */
export const ADDRESS_WORDS = words(`
street str st st. road rd avenue ave av. boulevard blvd lane square place plaza building bldg
bât bât. bat. batiment bâtiment palais palace rue via viale calle straße strasse gasse
platz weg laan straat prospekt prospect pr. pr-t ul. ul al. aleja aleje al pl. plac os. osiedle
skr. p.o. po box pob postbus floor room suite entrance apt apartment
vul. vulitsa ulitsa ulica prosp. ave. ave bd. bd ch. chemin chaussée ул. ул улица пр. просп. проспект пр-т пер. переулок д. дом кв. корп. стр. пл. площадь мкр.
мкр г. г. обл. область р-н район бульвар б-р наб. набережная шоссе
вул. вулиця м. просп. буд. провулок майдан
cad. cad caddesi sok. sokak sk. mah. mahallesi bulvarı blv. c.p. col. piazza piazzale viale corso gatan vägen box
`);

/** Slavic stems of role and institution words (matched with startsWith on lower-cased tokens). */
export const SLAVIC_ROLE_STEMS = [
  "министр", "президент", "генеральн", "прокурор", "председател", "уполномоченн", "директор",
  "начальник", "руководител", "глав", "посл", "депутат", "судь", "аким", "мэр", "омбудсмен",
  "заместител", "секретар", "спикер", "prezydent", "prezes", "premier", "rzecznik", "prokurator",
  "przewodnicząc", "dyrektor", "komendant", "marszał", "sędzi", "ambasador", "wicemarszał",
  "zastęp", "sekretarz", "kierownik", "szef", "wojewod", "міністр", "уповноважен", "голов",
  "генеральн", "прокурор", "президент",
];
export const SLAVIC_ORG_STEMS = [
  "министерств", "администрац", "прокуратур", "комитет", "служб", "управлени", "департамент",
  "посольств", "парламент", "совет", "суд", "аппарат", "правительств", "мажилис", "сенат",
  "дум", "канцеляри", "акимат", "ministerstw", "kancelari", "sejm", "senat", "rada", "urząd",
  "urzęd", "ambasad", "komisj", "biur", "sąd", "trybunał", "komend", "policj", "straż",
  "prokuratur", "fundacj", "stowarzysz", "inspektorat", "міністерств", "офіс", "верховн",
  "комісі", "посольств", "кабінет", "адміністрац", "представительств", "представництв",
  "przedstawicielstw", "мид", "мвд", "фсб", "фсин", "кнб", "оон", "обсе", "гпу",
];
export const SLAVIC_OTHER_STEMS = [
  "республик", "федерац", "казахстан", "росси", "беларус", "украин", "национальн", "внутренн",
  "иностранн", "дел", "юстиц", "информац", "прав", "человек", "безопасност", "народ", "по ",
  "rzeczypospolit", "polsk", "sprawiedliw", "spraw", "zagraniczn", "wewnętrzn", "obywatel",
  "krajow", "generaln", "najwyższ", "konstytucyjn", "europejsk", "państw", "ministrów",
  "narodow", "człowiek", "praw", "україн", "людин", "республік", "внутрішн", "закордонн",
  "юстиці", "безпек", "міжнародн", "європейськ", "republik", "białoru", "federacj", "rosyjsk",
  "kazachst", "ukrain", "litw", "gruzj",
];

/**
 * Endings of role and institution words in languages that compound or inflect them (Turkish
 * "Adalet Bakanı" / "Adalet Bakanlığı", Swedish "Utrikesdepartementet", "utrikesutskott"), and the
 * Japanese word ends of titles (法務大臣, 特命全権大使) and bodies (大使館, 法務省).
 */
export const ROLE_SUFFIXES = ["bakanı", "başkanı", "minister", "ambassadör", "büyükelçisi", "savcısı", "ordförande"];
export const ORG_SUFFIXES = ["bakanlığı", "başkanlığı", "departementet", "utskott", "ambassad", "ambassaden", "kurumu", "komisyonu", "müşavirliği", "müdürlüğü", "kommittén", "kommitté", "myndigheten", "kansliet", "mahkemesi", "meclisi"];
export const JA_ROLE_END = /(?:大臣|長官|大使|代表|司令官|総長|委員長|議長|首相|大統領|知事|局長|所長|理事|総裁|官)$/u;
export const JA_ORG_END = /(?:大使館|領事館|省|庁|部|委員会|裁判所|事務所|局|院|会議|センター|館)$/u;
