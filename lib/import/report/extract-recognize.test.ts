// Stage 2, field recognition: contact data by label and by pattern in the spellings appeals use,
// OCR damage, and the head fragments (names, titles, bodies) in Latin, Cyrillic and Japanese.
import { describe, expect, it } from "vitest";
import { completed, readFields } from "./extract-fields";
import { isHonorificOnly, isInstitutionPhrase, isPureName, roleOrOrg, splitName } from "./extract-head";
import { fragmentsOf, unitsOf } from "./extract-recognize";
import { normalizeText } from "./extract-text";

const read = (line: string) => readFields(normalizeText(line), new Set());

describe("phones", () => {
  it.each([
    ["Fax+994 12 492 06 25", ["+994 12 492 06 25"]],
    ["F: +994 12 430 09 81", ["+994 12 430 09 81"]],
    ["Faxes: +994 12 492 26 44 or +994 12 493 32 05", ["+994 12 492 26 44", "+994 12 493 32 05"]],
    ["Tel: +994 12 498 23 73 / 74", ["+994 12 498 23 73", "+994 12 498 23 74"]],
    ["тел.: +7 (7172) 74-08-53, 74-07-96", ["+7 (7172) 74-08-53", "+7 (7172) 74-07-96"]],
    ["Fax: (+57 1) 596 0631 / 32. E-mail: a@b.co", ["(+57 1) 596 0631", "(+57 1) 596 0632"]],
    ["Phone: 011-993-12-93-51-12", ["011-993-12-93-51-12"]],
    ["Tel: + 7 7172 74 55 95", ["+ 7 7172 74 55 95"]],
    ["tel. (+48 22) 742 09 90 / 742 09 80", ["(+48 22) 742 09 90", "(+48 22) 742 09 80"]],
    ["TEL：03-3441-9291", ["03-3441-9291"]],
  ])("%s", (line, phones) => {
    expect(read(line).phones).toEqual(phones);
  });

  it("reads OCR letters in numbers as digits and a pipe read as I as a separator", () => {
    expect(read("Fax:+998 71 133 39 l7 I Tel:+998 71 133 2O 3O").phones).toEqual(["+998 71 133 39 17", "+998 71 133 20 30"]);
    expect(read("Tel:+7 7l72 58 OO 7O").phones).toEqual(["+7 7172 58 00 70"]);
  });

  it("completes an abbreviated second number from the first", () => {
    expect(completed("+994 12 498 23 73", "74")).toBe("+994 12 498 23 74");
    expect(completed("+7 (7172) 74-08-53", "74-07-96")).toBe("+7 (7172) 74-07-96");
    expect(completed("+7 7172 71 27 98", "+7 7172 71 27 99")).toBe("+7 7172 71 27 99");
  });
});

describe("e-mails", () => {
  it("cuts a label glued after an address and never reads the Cloudflare placeholder", () => {
    const f = read("e-mail:mvd@mvd.gov.byPhone: +375 17 218 78 85");
    expect(f.emails).toEqual(["mvd@mvd.gov.by"]);
    expect(f.phones).toEqual(["+375 17 218 78 85"]);
    expect(read("Email: [email protected]").emails).toEqual([]);
  });

  it("joins an address split at a line break, at a dot or a hyphen", () => {
    expect(read(normalizeText("e-mail: sk@sk.gov.\nby")).emails).toEqual(["sk@sk.gov.by"]);
    expect(normalizeText("e-mail: info@prokura-\ntura.gov.by")).toContain("info@prokuratura.gov.by");
  });

  it("reads e-mail labels in the languages read", () => {
    for (const label of ["Correo-e.:", "E-posta:", "E-post:", "Эл. почта:", "メール："]) expect(read(`${label} a@b.org`).emails).toEqual(["a@b.org"]);
  });

  it("closes an entry at a salutation label in any of the languages", () => {
    for (const label of ["Salutation:", "Tratamiento:", "Formula di saluto:", "Hitap:", "Zwrot grzecznościowy:", "書き出し："]) {
      expect(read(`${label} Dear Minister`).closes).toBe(true);
    }
  });
});

describe("names, titles and bodies", () => {
  it.each([
    ["H.E. Mr. Rustam Kasimov", "Rustam Kasimov"],
    ["His Excellency Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"],
    ["Lic. Alejandro Gertz Manero", "Alejandro Gertz Manero"],
    ["Prof. dr hab. Marcin Wiącek", "Marcin Wiącek"],
    ["Lt.-Gen. Soe Htut", "Soe Htut"],
    ["Dott. Riccardo Noury", "Riccardo Noury"],
    ["Sayın Yılmaz Tunç", "Yılmaz Tunç"],
    ["г-ну Асылову Берику Нурлановичу", "Асылову Берику Нурлановичу"],
    ["ミン・アウン・フライン 様", "ミン・アウン・フライン"],
    ["法務大臣 古川 禎久 殿", "古川 禎久"],
    ["President of Turkmenistan Serdar Berdimuhamedov", "Serdar Berdimuhamedov"],
  ])("%s → %s", (head, name) => {
    expect(splitName(normalizeText(head)).name).toBe(name);
  });

  it("keeps a rank that is also a role in the title", () => {
    expect(splitName("Ambassador Margulan Baimukhan")).toEqual({ name: "Margulan Baimukhan", rest: ["Ambassador"] });
  });

  it("tells roles from bodies by their head word in each language", () => {
    const cases: [string, "title" | "org"][] = [
      ["Secretaria de Gobernación", "title"], ["Ufficio del Procuratore generale", "org"], ["Presidente della Repubblica", "title"],
      ["Adalet Bakanı", "title"], ["Adalet Bakanlığı", "org"], ["Sveriges ambassadör i Moskva", "title"],
      ["Riksdagens utrikesutskott", "org"], ["Генеральному прокурору Российской Федерации", "title"],
      ["Постоянное представительство Республики Казахстан", "org"], ["Rzecznik Praw Obywatelskich", "title"],
      ["特命全権大使", "title"], ["駐日ロシア連邦大使館", "org"],
    ];
    for (const [phrase, kind] of cases) expect(roleOrOrg(phrase), phrase).toBe(kind);
  });

  it("knows courtesy lines, institution tails and headlines", () => {
    expect(isHonorificOnly("Его Превосходительству")).toBe(true);
    expect(isHonorificOnly("A Sua Eccellenza")).toBe(true);
    expect(isInstitutionPhrase("Республики Беларусь")).toBe(true);
    expect(isPureName("ACCIÓN URGENTE")).toBe(false);
    expect(isPureName("Consular Section")).toBe(false);
  });
});

describe("fragments", () => {
  it("marks what follows a spaced dash, a pipe or c/o, and drops prose", () => {
    expect(fragmentsOf("Prosecutor General – Berik Asylov")).toEqual([
      { text: "Prosecutor General", afterDash: false },
      { text: "Berik Asylov", afterDash: true },
    ]);
    expect(fragmentsOf("President of Turkmenistan c/o Embassy of Turkmenistan").map((f) => f.afterDash)).toEqual([false, true]);
    expect(fragmentsOf("Envíen también copia a la representación diplomática de México acreditada en su país")).toEqual([]);
  });

  it("drops contact data given in a sentence about the sender", () => {
    expect(unitsOf(["Prosimy o informację o wysłanych listach na adres: apel@hfhr.pl"], new Set())).toEqual([]);
  });
});
