// Integration tests for the contact extractor on varied appeal texts: Amnesty UA blocks, FIDH/OMCT
// bullets with "Fax:", dash bullets and numbering, semicolon runs, Cyrillic and Polish addressees,
// obfuscated e-mails amid page furniture, web-form URLs — plus the fixture report's 26 addressees.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractContacts, type ExtractedContact } from "./extract-contacts";

const dir = path.join(__dirname, "../testdata");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const row = (c: ExtractedContact) => [c.name, c.title, c.organization, c.address, c.emails, c.phones, c.urls];
type Row = [string, string, string, string, string[], string[], string[]];

// [name, title, organization, address, emails, phones, urls] for every entry, in document order.
const expected: Record<string, Row[]> = {
  "amnesty-model-letter.txt": [
    ["Gizat Nurdauletov","Prosecutor General","Office of the Prosecutor General","14 Mangilik Yel Avenue, Nur-Sultan 010000, Kazakhstan",["gp@prokuror.kz"],[],[]],
    ["Margulan Baimukhan","Ambassador","Embassy of Kazakhstan","30 Avenue Van Bever, 1180 Brussels, Belgium",["kazakhstan.embassy@skynet.be"],["+32 2 374 95 62"],[]],
  ],
  "amnesty-older-template.txt": [
    ["Askhat Daulbaev","Prosecutor General","Prosecutor General's Office","14 Mangilik Yel, Astana 010000, Kazakhstan",[],["+7 7172 71 27 98"],["http://www.prokuror.kz/eng/feedback"]],
    ["Erlan Idrissov","Minister of Foreign Affairs","Ministry of Foreign Affairs","31 Kunayev St, Astana 010000, Kazakhstan",["mid@mfa.kz"],[],[]],
  ],
  "amnesty-ua.txt": [
    ["Berik Asylov","Prosecutor General","Office of the Prosecutor General","14 Mangilik Yel Avenue, Nur-Sultan 010000, Kazakhstan",["gp@prokuror.kz"],["+7 7172 71 27 98"],[]],
    ["Erzhan Sadenov","Minister of Internal Affairs","Ministry of Internal Affairs","1 Tauelsizdik Avenue, Nur-Sultan 010000, Kazakhstan",["kense@mvd.gov.kz"],[],[]],
    ["Elvira Azimova","Commissioner for Human Rights","Office of the Commissioner for Human Rights","8 Mangilik Yel, House of Ministries, entrance 14, Nur-Sultan 010000, Kazakhstan",["ombudsman@ombudsman.kz"],[],[]],
  ],
  "bullet-list.txt": [
    ["Maria Arena","Chair of the European Parliament Subcommittee on Human Rights","","1047 Brussels, Belgium, Rue Wiertz 60",["maria.arena@europarl.europa.eu"],["+32 2 28 45421"],[]],
    ["Teresa Ribeiro","OSCE Representative on Freedom of the Media","","Wallnerstrasse 6, 1010 Vienna, Austria",["pm-fom@osce.org"],["+43 1 514 36 6800"],[]],
    ["Matteo Mecacci","Director of the OSCE Office for Democratic Institutions and Human Rights","","ul. Miodowa, 10, 00-251 Warsaw, Poland",["office@odihr.pl"],[],[]],
    ["Dunja Mijatović","Council of Europe Commissioner for Human Rights","","Avenue de l'Europe, F-67075 Strasbourg Cedex, France",["commissioner@coe.int"],["+33 (0)3 88 41 34 21"],[]],
    ["","","Human Rights Watch, Europe and Central Asia Division","350 Fifth Avenue, New York, NY 10118, USA",[],["+1 212 290 4700"],[]],
  ],
  "cyrillic-bullets.txt": [
    ["Швед Андрею Ивановичу","Генеральному прокурору Республики Беларусь","","220030, г. Минск, ул. Интернациональная, 22",["info@prokuratura.gov.by"],["+375 17 226 42 52"],[]],
    ["","","Министерство внутренних дел Республики Беларусь","220030, г. Минск, ул. Городской Вал, 4",[],["+375 17 218 78 85"],["https://mvd.gov.by/ru/electronic-appeals"]],
    ["Анфимову Валентину Олеговичу","Председателю Верховного Суда Республики Беларусь","","220030, г. Минск, ул. Ленина, 28",[],[],[]],
  ],
  "cyrillic-subheadings.txt": [
    ["Тлеуберди Мухтар Бескенулы","Министр иностранных дел Республики Казахстан","","010000, г. Нур-Султан, ул. Кунаева, 31",["mid@mfa.kz"],["+7 (7172) 72-05-18"],[]],
    ["Ермек Сагимбаев","Председатель Комитета национальной безопасности","","010000, г. Нур-Султан, ул. Кенесары, 31/33",["press@knb.kz"],[],[]],
    ["Мария Пейчинович-Бурич","Генеральный секретарь Совета Европы","","F-67075 Strasbourg Cedex, France",["sg@coe.int"],[],[]],
  ],
  "cyrillic.txt": [
    ["Асылову Берику Нурлановичу","Генеральному прокурору Республики Казахстан","","010000, г. Нур-Султан, ул. Мангилик Ел, 14",["gp@prokuror.kz"],["+7 (7172) 71-27-98"],[]],
    ["Тургумбаеву Ерлану Заманбековичу","Министру внутренних дел Республики Казахстан","","010000, г. Нур-Султан, пр. Тауелсиздик, 1",["kense@mvd.gov.kz"],["8 (7172) 71-47-33"],[]],
    ["Азимова Эльвира Абилхасановна","Уполномоченный по правам человека в Республике Казахстан","","010000, г. Нур-Султан, Дом министерств, подъезд 14",["ombudsman@ombudsman.kz"],["+7 (7172) 74-05-48"],[]],
    ["","","Администрация Президента Республики Казахстан","010000, г. Нур-Султан, Акорда",[],[],["https://www.akorda.kz/ru/feedback"]],
  ],
  "fidh-omct.txt": [
    ["Kassym-Jomart Tokayev","President of the Republic of Kazakhstan","","Akorda, Nur-Sultan 010000, Kazakhstan",["press@akorda.kz"],["+ 7 7172 74 55 95"],[]],
    ["Gizat Nurdauletov","Prosecutor General of the Republic of Kazakhstan","","14 Mangilik El, Nur-Sultan, 010000, Kazakhstan",["gp@prokuror.kz"],["+7 7172 71 27 98","+7 7172 71 27 99"],[]],
    ["Elvira Azimova","Commissioner for Human Rights","","House of Ministries, Nur-Sultan, Kazakhstan",["ombudsman@ombudsman.kz"],["+7 7172 74 05 48"],[]],
    ["Yerlan Alimbayev","Permanent Representative of Kazakhstan to the United Nations in Geneva","","Rue Rodolphe-Toepffer 8, 1206 Geneva, Switzerland",["mission@kazakhstan-geneva.ch"],["+41 22 788 66 02"],[]],
  ],
  "letter-head.txt": [
    ["Kassym-Jomart Tokayev","President of the Republic of Kazakhstan","","Akorda Presidential Palace, Nur-Sultan 010000, Kazakhstan",[],[],[]],
    ["Gizat Nurdauletov","Prosecutor General","","",["gp@prokuror.kz"],[],[]],
  ],
  "narrative.txt": [
  ],
  "numbered-ukrainian-omct-lines.txt": [
    ["Токаев Касым-Жомарт Кемелевич","Президент Республики Казахстан","","010000, г. Астана, Акорда",["press@akorda.kz"],[],[]],
    ["Асылов Берик Нурланович","Генеральный прокурор Республики Казахстан","","010000, г. Астана, ул. Мангилик Ел, 14",[],["8 (7172) 71-27-98"],[]],
    ["Дмитро Лубінець","Уповноважений Верховної Ради України з прав людини","","вул. Інститутська, 21/8, м. Київ, 01008",["hotline@ombudsman.gov.ua"],[],[]],
    ["","","Офіс Генерального прокурора","вул. Різницька, 13/15, м. Київ, 01011",[],["+380 44 200 77 77"],[]],
    ["Kassym-Jomart Tokayev","President of the Republic of Kazakhstan","","Akorda, Nur-Sultan 010000",[],["+7 7172 74 55 95"],[]],
    ["Aida Balayeva","Minister of Information","","",["press@qogam.gov.kz"],[],[]],
  ],
  "obfuscated.txt": [
    ["Atyr Abdrakhmatova","Ombudsperson of the Kyrgyz Republic","","720040 Bishkek, 60 Tynystanov Street",["ombudsman@ombudsman.kg"],["+996 312 66 50 11"],[]],
    ["Kurmankul Zulushev","Prosecutor General of the Kyrgyz Republic","","720040 Bishkek, 139 Toktogul Street",["info@prokuratura.kg"],[],[]],
    ["Mary Lawlor","UN Special Rapporteur on the situation of human rights defenders","","Palais des Nations, CH-1211 Geneva 10, Switzerland",["defenders@ohchr.org"],[],[]],
    ["","","Front Line Defenders","Grattan House, Temple Road, Blackrock, A94 FA39, Co. Dublin, Ireland",["info@frontlinedefenders.org"],["+353 1 212 3750"],[]],
  ],
  "omct-title-first.txt": [
    ["Kassym-Jomart Tokayev","President of the Republic of Kazakhstan","","",["press@akorda.kz"],[],[]],
    ["Gizat NURDAULETOV","Prosecutor General of Kazakhstan","","",["gp@prokuror.kz"],["+7 7172 71 27 98"],[]],
    ["Azamat Eskarayev","Minister of Justice","","",[],["+7 (7172) 74-07-01","+7 (7172) 74-09-54"],[]],
  ],
  "pdf-page-break.txt": [
    ["Andriy Kostin","Prosecutor General of Ukraine","","01011, Kyiv, 13/15 Riznytska Street",["info@gp.gov.ua"],["+38 044 200 77 77"],[]],
    ["Dmytro Lubinets","Verkhovna Rada Commissioner for Human Rights","","01008, Kyiv, 21/8 Instytutska Street",["hotline@ombudsman.gov.ua"],["0 800 50 17 20"],[]],
    ["Alice Jill Edwards","UN Special Rapporteur on torture","","Palais des Nations, CH-1211 Geneva 10, Switzerland",["hrc-sr-torture@un.org"],[],[]],
    ["Jan Braathu","OSCE Representative on Freedom of the Media","","Wallnerstrasse 6, 1010 Vienna, Austria",["pm-fom@osce.org"],["+43 1 514 36 6800"],[]],
    ["Zanda Kalniņa-Lukaševica","Chair of the PACE Committee on Legal Affairs and Human Rights","","Council of Europe, F-67075 Strasbourg Cedex, France",["ajdh@coe.int"],[],[]],
  ],
  "plain-lines.txt": [
    ["Azamat Eskarayev","Minister of Justice","","",["kanc@adilet.gov.kz"],[],[]],
    ["Berik Asylov","Prosecutor General","","",["gp@prokuror.kz"],[],[]],
    ["Mukhtar Tileuberdi","Minister","Ministry of Foreign Affairs of Kazakhstan","31 Kunayev Street, Nur-Sultan",["mfa@mfa.kz"],[],[]],
    ["Zhanar Akhmetova","Director","Kazakhstan International Bureau for Human Rights","",[],["+7 727 390 11 44"],[]],
  ],
  "polish.txt": [
    ["Marcin Wiącek","Rzecznik Praw Obywatelskich","","al. Solidarności 77, 00-090 Warszawa",["biurorzecznika@brpo.gov.pl"],["+48 22 551 77 00"],[]],
    ["Zbigniew Ziobro","Minister Sprawiedliwości","Ministerstwo Sprawiedliwości","Al. Ujazdowskie 11, 00-950 Warszawa",["kancelaria@ms.gov.pl"],["+48 22 52 12 888"],[]],
    ["Elżbieta Witek","Marszałek Sejmu Rzeczypospolitej Polskiej","","ul. Wiejska 4/6/8, 00-902 Warszawa",["marszalek@sejm.gov.pl"],[],[]],
    ["","","Kancelaria Prezesa Rady Ministrów","Al. Ujazdowskie 1/3, 00-583 Warszawa",[],[],["https://www.gov.pl/web/premier/formularz-kontaktowy"]],
  ],
  "semicolon-run.txt": [
    ["Mukhtar Tileuberdi","Minister of Foreign Affairs of the Republic of Kazakhstan","","31 Kunayev Street, Nur-Sultan 010000",["mfa@mfa.kz"],[],[]],
    ["Aida Balayeva","Minister of Information and Social Development","","",["press@qogam.gov.kz"],["+7 7172 74 08 71"],[]],
    ["Nurlan Onzhanov","Chairman of the Mazhilis Committee on Legislation","","",[],["+7 7172 74 60 32","+7 7172 74 63 32"],[]],
    ["Aigul Kenzhebayeva","Head of the Human Rights Department","Eurasian National University","",["kenzhebayeva_a@enu.kz"],[],[]],
  ],
  "webform.txt": [
    ["","US Secretary of State","","",[],["+1 202 647 4000"],["https://www.state.gov/contact-us/Tel"]],
    ["","Prime Minister of the United Kingdom","","10 Downing Street, London SW1A 2AA",[],[],["https://contact.no10.gov.uk/"]],
    ["","President of the European Commission","","Rue de la Loi 200, 1049 Brussels, Belgium",[],[],["https://ec.europa.eu/info/about-european-commission/contact_en"]],
    ["","","Swedish Ministry for Foreign Affairs","SE-103 39 Stockholm, Sweden",["ud.registrator@gov.se"],[],["www.government.se"]],
  ],
};

describe("extractContacts on varied appeal texts", () => {
  for (const [file, rows] of Object.entries(expected)) {
    it(`reads ${file}`, () => {
      expect(extractContacts(read(file)).map(row)).toEqual(rows);
    });
  }
});

describe("extractContacts edge cases", () => {
  it("returns [] for empty and contact-free text", () => {
    expect(extractContacts("")).toEqual([]);
    expect(extractContacts("   \n\n  ")).toEqual([]);
    expect(extractContacts("The hearing was postponed.\nObservers attended it.\n12\n")).toEqual([]);
  });

  it("is deterministic", () => {
    for (const file of Object.keys(expected)) {
      const text = read(file);
      expect(JSON.stringify(extractContacts(text))).toBe(JSON.stringify(extractContacts(text)));
    }
  });

  it("de-obfuscates e-mails in their common written forms", () => {
    const text = [
      "Addresses:",
      "Ombudsman Ivan Petrov, e-mail: ivan.petrov [at] ombudsman [dot] org",
      "",
      "Minister of Justice Anna Nowak, email: anna(at)ms dot gov dot pl",
      "",
      "Prosecutor General Olga Ivanova, E-mail: olga at prokuratura dot kz",
      "",
      "Head of Mission Piotr Lis, e-mail: piotr{at}mission.eu",
    ].join("\n");
    expect(extractContacts(text).map((c) => [c.name, c.emails])).toEqual([
      ["Ivan Petrov", ["ivan.petrov@ombudsman.org"]],
      ["Anna Nowak", ["anna@ms.gov.pl"]],
      ["Olga Ivanova", ["olga@prokuratura.kz"]],
      ["Piotr Lis", ["piotr@mission.eu"]],
    ]);
  });

  it("reads names with particles and initials, names before roles and sentence-separated entries", () => {
    const text = [
      "Please write to:",
      "Akim of Almaty Yerbolat Dossayev, 050001, Almaty, 4 Republic Square, e-mail: akimat@almaty.gov.kz",
      "Zhakip Asanov, Prosecutor General (gp@prokuror.kz). Marat Beketayev, Minister of Justice (kanc@adilet.gov.kz).",
      "Mr Jan van der Berg, Chair of the Delegation for Central Asia, e-mail: jan.vanderberg@europarl.europa.eu",
      "Ж.К. Асанов, Генеральный прокурор, тел./факс: 8 (7172) 71-27-98",
    ].join("\n");
    expect(extractContacts(text).map((c) => [c.name, c.title, c.emails, c.phones])).toEqual([
      ["Yerbolat Dossayev", "Akim of Almaty", ["akimat@almaty.gov.kz"], []],
      ["Zhakip Asanov", "Prosecutor General", ["gp@prokuror.kz"], []],
      ["Marat Beketayev", "Minister of Justice", ["kanc@adilet.gov.kz"], []],
      ["Jan van der Berg", "Chair of the Delegation for Central Asia", ["jan.vanderberg@europarl.europa.eu"], []],
      ["Ж.К. Асанов", "Генеральный прокурор", [], ["8 (7172) 71-27-98"]],
    ]);
  });

  it("keeps prose with 'at' alone and drops the document's own site address", () => {
    const text = "Contacts:\nPresident Jan Kowalski, tel. +48 22 123 45 67\nwww.ngo.org\n3\nwww.ngo.org\n";
    const [only, ...more] = extractContacts(text);
    expect(more).toEqual([]);
    expect(only).toMatchObject({ name: "Jan Kowalski", title: "President", organization: "", address: "", emails: [], phones: ["+48 22 123 45 67"], urls: [] });
    expect(extractContacts("He was arrested at home in Almaty dot district.")).toEqual([]);
  });
});

describe("the fixture report", () => {
  const fixture = path.resolve(__dirname, "../../../tests/fixtures/report-dck-ban-2018.txt");
  const truth = path.resolve(__dirname, "../../../tests/fixtures/truth/report-dck-ban-2018.contacts.json");

  it("finds all 26 addressees with their e-mails, phones and URLs", () => {
    const got = extractContacts(readFileSync(fixture, "utf8"));
    const want = JSON.parse(readFileSync(truth, "utf8")) as Array<Record<string, unknown>>;
    const digits = (xs: unknown) => (xs as string[]).map((p) => p.replace(/\D/g, ""));
    expect(got.map((c) => [c.name, c.emails, digits(c.phones), c.urls])).toEqual(
      want.map((t) => [t.name ?? "", t.emails, digits(t.phones), t.urls]),
    );
  });

  it("prints JSON only from the CLI", () => {
    const root = path.resolve(__dirname, "../../..");
    const out = execFileSync("npx", ["tsx", "scripts/extract-contacts.ts", fixture], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)).toHaveLength(26);
  });
});
