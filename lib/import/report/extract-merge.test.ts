// Stage 3, merging and de-duplication: runs of a block folded into entries, what each kind of
// section asks of an entry, and repeats of one addressee folded into one.
import { describe, expect, it } from "vitest";
import { dedupe } from "./extract-dedupe";
import { mergeBlock, type Merged } from "./extract-merge";
import { unitsOf } from "./extract-recognize";
import { normalizeText } from "./extract-text";

const merge = (lines: string[], mode: Parameters<typeof mergeBlock>[1] = "section") =>
  mergeBlock(unitsOf(lines.map((l) => normalizeText(l)), new Set()), mode).map((e) => [e.name, e.title, e.organization, e.address, e.emails, e.phones]);

describe("mergeBlock", () => {
  it("reads title before name and name before title", () => {
    expect(merge(["Minister of Justice", "Fikrat Mammadov", "1 Inshaatchilar Avenue, Baku AZ1073", "F: +994 12 430 09 81"])).toEqual([
      ["Fikrat Mammadov", "Minister of Justice", "", "1 Inshaatchilar Avenue, Baku AZ1073", [], ["+994 12 430 09 81"]],
    ]);
    expect(merge(["Sabina Aliyeva, ombudsman, ombudsman@ombudsman.gov.az"])[0].slice(0, 2)).toEqual(["Sabina Aliyeva", "ombudsman"]);
  });

  it("reads \"Title – Name\" lines", () => {
    expect(merge(["Prosecutor General – Berik Asylov", "14 Mangilik Yel, 010000 Astana", "gp@prokuror.kz"])[0].slice(0, 2)).toEqual(["Berik Asylov", "Prosecutor General"]);
  });

  it("cuts run-on lines into one entry each", () => {
    const got = merge([
      "Mr. Giorgi Gvarakidze, Prosecutor General of Georgia, 24 Gorgasali Street, 0114 Tbilisi, Georgia, Email: info@pog.gov.ge",
      "Mr. Levan Ioseliani, Public Defender of Georgia, 11 Ketevan Dedofali Avenue, 0179 Tbilisi, Email: info@ombudsman.ge",
    ]);
    expect(got.map((e) => [e[0], e[4]])).toEqual([["Giorgi Gvarakidze", ["info@pog.gov.ge"]], ["Levan Ioseliani", ["info@ombudsman.ge"]]]);
  });

  it("keeps postal-only blocks in a letter and a Copies section, not in running text", () => {
    const block = ["Генеральному прокурору Российской Федерации", "Краснову И.В.", "125993, г. Москва, ул. Большая Дмитровка, 15а"];
    expect(merge(block, "letter").map((e) => e[0])).toEqual(["Краснову И.В."]);
    expect(merge(["Minister of Justice", "Jan Kowalski"], "outside")).toEqual([]);
    expect(merge(["Working hours, Monday to Friday"], "copies")).toEqual([]);
  });

  it("makes each body of a comma-separated Copies list an entry", () => {
    const got = merge(["the Ministry of Internal Affairs of Georgia, the Ministry of Foreign Affairs of Georgia, the Parliament of Georgia"], "copies");
    expect(got.map((e) => e[2])).toEqual(["Ministry of Internal Affairs of Georgia", "Ministry of Foreign Affairs of Georgia", "Parliament of Georgia"]);
  });

  it("drops honorifics and ranks and the courtesy lines around a name", () => {
    const got = merge(["Его Превосходительству", "Чрезвычайному и Полномочному Послу", "г-ну Бабаеву Батыру Аннаевичу", "119019, г. Москва"], "letter");
    expect(got.map((e) => e[0])).toEqual(["Бабаеву Батыру Аннаевичу"]);
    expect(merge(["Lt.-Gen. Soe Htut, Minister of Home Affairs, Tel: +95 67 412 439"])[0][0]).toBe("Soe Htut");
  });

  it("prefers a Latin transcription to a Japanese name", () => {
    const got = merge(["ロシア連邦検事総長", "イーゴリ・クラスノフ 様", "Prosecutor General Igor Krasnov", "ul. Bolshaya Dmitrovka 15a, Moscow 125993"], "letter");
    expect(got.map((e) => e[0])).toEqual(["Igor Krasnov"]);
  });
});

describe("whole texts", () => {
  it("ends a Salutation line at its comma, splits a Copies list of offices, and skips the sender's letterhead", async () => {
    const { extractContacts } = await import("./extract-contacts");
    const text = [
      "Member of the European Parliament", "Petras Auštrevičius", "petras.austrevicius@europarl.europa.eu", "", "Brussels, 22 November 2021", "",
      "Contact these officials:", "Sadyr Japarov, President of the Kyrgyz Republic", "Email: press@president.kg", "Salutation: Dear President,",
      "Kurmankul Zulushev, Prosecutor General", "Tel: +996 (312) 54 28 01", "",
      "Copies to: the Ministry of Internal Affairs, the Ombudsman of the Kyrgyz Republic, the OSCE Programme Office in Bishkek",
    ].join("\n");
    expect(extractContacts(text).map((c) => [c.name, c.title || c.organization, c.salutation])).toEqual([
      ["Sadyr Japarov", "President of the Kyrgyz Republic", "Dear President"],
      ["Kurmankul Zulushev", "Prosecutor General", ""],
      ["", "Ministry of Internal Affairs", ""],
      ["", "Ombudsman of the Kyrgyz Republic", ""],
      ["", "OSCE Programme Office in Bishkek", ""],
    ]);
  });

  it("keeps a role whole once the entry has its name", async () => {
    const { extractContacts } = await import("./extract-contacts");
    const [c] = extractContacts("Escriban a:\nLic. Tarek William Saab\nFiscal General de la República Bolivariana de Venezuela\nFax: +58 212 509 8503");
    expect([c.name, c.title]).toEqual(["Tarek William Saab", "Fiscal General de la República Bolivariana de Venezuela"]);
  });
});

describe("dedupe", () => {
  const entry = (over: Partial<Merged>): Merged => ({ name: "", title: "", organization: "", address: "", emails: [], phones: [], urls: [], ...over });

  it("folds a repeat of the same addressee into its first occurrence", () => {
    const a = entry({ name: "Berik Asylov", title: "Prosecutor General", emails: ["gp@prokuror.kz"] });
    const b = entry({ name: "Berik Asylov", phones: ["+7 7172 71 27 98"], emails: ["GP@prokuror.kz"] });
    expect(dedupe([a, b])).toEqual([{ ...a, phones: ["+7 7172 71 27 98"] }]);
  });

  it("keeps namesakes with other contact data and entries without a name apart", () => {
    const a = entry({ name: "Jan Nowak", emails: ["a@x.pl"] });
    const b = entry({ name: "Jan Nowak", emails: ["b@y.pl"] });
    const c = entry({ organization: "Ministry of Justice" });
    expect(dedupe([a, b, c, c])).toHaveLength(4);
  });
});

describe("salutations", () => {
  it("takes a Salutation label, or the greeting line of a one-addressee letter, never a plural greeting", async () => {
    const { extractContacts } = await import("./extract-contacts");
    const labelled = extractContacts("Please write to:\nMinister of Justice\nJan Kowalski\njan@ms.gov.pl\nSalutation: Dear Minister,\n");
    expect(labelled[0].salutation).toBe("Dear Minister");
    const letter = (greeting: string) =>
      extractContacts(`Генеральному прокурору\nАсылову Б.Н.\n010000, г. Астана, ул. Мангилик Ел, 14\n\n${greeting}\n\nТекст.`)[0]?.salutation;
    expect(letter("Уважаемый Берик Нурланович!")).toBe("Уважаемый Берик Нурланович!");
    expect(letter("Уважаемые коллеги!")).toBe("");
  });
});
