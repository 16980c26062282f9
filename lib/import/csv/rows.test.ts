// The row level of the CSV import: guessing the column mapping from real exports' headers, and
// the dry run's verdict on every row with the line a user finds it on.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeCountry } from "./countries";
import { decodeCsv } from "./decode";
import { guessMapping, mappingProblems } from "./mapping";
import { parseCsv } from "./parse";
import { contactImportRowSchema, validateRows } from "./validate";
import { normalizeLanguage, normalizeParliamentaryBody } from "./values";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../testdata/csv/${name}`, import.meta.url))));

/** The whole pipeline as the import's dry run will call it. */
function dryRun(bytes: Uint8Array) {
  const { text, encoding } = decodeCsv(bytes);
  const parsed = parseCsv(text);
  const mapping = guessMapping(parsed.headers, parsed.rows.slice(0, 20));
  return { encoding, parsed, mapping, ...validateRows(parsed, mapping) };
}

describe("guessMapping", () => {
  it("maps an Outlook export, composing the business address", () => {
    const { parsed, mapping } = dryRun(fixture("outlook-export-windows-1252.csv"));
    const byHeader = Object.fromEntries(parsed.headers.map((h, i) => [h, mapping[i]]));
    expect(byHeader).toMatchObject({
      Title: "honorific", "First Name": "firstName", "Middle Name": "ignore", "Last Name": "lastName", Company: "organization",
      Department: "department", "Job Title": "title", "Business Street": "postalAddress", "Business Street 2": "postalAddress",
      "Business City": "postalAddress", "Business Postal Code": "postalAddress", "Business Country/Region": "postalAddress",
      "Home Street": "ignore", "Business Fax": "ignore", "Business Phone": "phone", "Mobile Phone": "phone2",
      "Business Phone 2": "ignore", "Home Phone": "ignore", Categories: "tags", "E-mail Address": "email", "E-mail Type": "ignore",
      "E-mail Display Name": "ignore", "E-mail 2 Address": "email2", Notes: "notes", "Web Page": "ignore",
    });
  });

  it("maps Russian headers", () => {
    expect(guessMapping(["ФИО", "Должность", "Организация", "Эл. почта", "Телефон", "Страна", "Адрес", "Примечание"])).toEqual(
      ["fullName", "title", "organization", "email", "phone", "country", "postalAddress", "notes"],
    );
    expect(guessMapping(["Фамилия", "Имя", "Отчество", "Электронная почта", "Мобильный телефон", "Город", "Почтовый индекс"])).toEqual(
      ["lastName", "firstName", "ignore", "email", "phone", "postalAddress", "postalAddress"],
    );
  });

  it("maps partner-CRM and French headers regardless of case and accents", () => {
    expect(guessMapping(["NAME", "email", "Phone", "Organisation", "Position", "Country", "Mobile", "Salutation"], [["", "", "", "", "", "", "", "Dear Minister"]])).toEqual(
      ["fullName", "email", "phone", "organization", "title", "country", "phone2", "salutation"],
    );
    expect(guessMapping(["Civilite", "PRÉNOM", "nom", "Fonction", "Société", "Courriel", "Téléphone", "Pays", "Langue"])).toEqual(
      ["honorific", "firstName", "lastName", "title", "organization", "email", "phone", "country", "language"],
    );
    expect(guessMapping(["Name", "Salutation", "Work Email", "Personal e-mail", "Contact form URL"], [["A", "Mr.", "", "", ""]])).toEqual(
      ["fullName", "honorific", "email", "email2", "webFormUrl"],
    );
  });

  it("says what is wrong with a mapping", () => {
    expect(mappingProblems(["Email", "Name"], ["email", "fullName"])).toEqual([]);
    expect(mappingProblems(["Email", "Work email", "Org"], ["email", "email", "organization"])).toEqual([
      "E-mail is chosen for 2 columns (“Email”, “Work email”); choose it for one only.",
      "Choose a column for Full name, or for First name and Last name: every contact needs a name.",
    ]);
    expect(() => validateRows(parseCsv("Org,Email\nX,x@y.org\n"), ["organization", "email"])).toThrow(/every contact needs a name/);
  });
});

describe("validateRows", () => {
  it("imports an Outlook export: honorific, composed address, country from the address, two e-mails and phones", () => {
    const { valid, errors } = dryRun(fixture("outlook-export-windows-1252.csv"));
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({
      lineNumber: 2, honorific: "Dr.", firstName: "Jürg", lastName: "Schäfer", fullName: "Jürg Schäfer",
      organization: "Office of the High Commissioner", department: "Special Procedures", title: "Human Rights Officer",
      postalAddress: "Palais des Nations, 8-14 Avenue de la Paix, Genève, 1211, Switzerland", country: "CH",
      emails: ["jschafer@example.org", "urgent-action@example.org"], phones: ["+41 22 917 12 34", "+41 79 123 45 67"],
      tags: ["UN", "Geneva"], notes: "Met at HRC 55.\nFollow up in June.",
    });
    // The first record's notes span two physical lines, so the second record starts on line 4.
    expect(valid[1]).toMatchObject({ lineNumber: 4, fullName: "Léa Lefèvre", country: "FR", emails: ["lea.lefevre@example.int"] });
  });

  it("imports a Windows-1251 file with Russian headers and refuses its bad row by line", () => {
    const { encoding, valid, errors } = dryRun(fixture("russian-windows-1251.csv"));
    expect(encoding).toBe("windows-1251");
    expect(errors).toEqual([{ line: 4, reason: "E-mail “aigul [at] example.kz” is not a valid e-mail address (write it as aigul@example.kz)." }]);
    expect(valid.map((r) => [r.lineNumber, r.fullName, r.country])).toEqual([
      [2, "Жанара Ахметова", "KZ"], [3, "Ержан Токаев", "KZ"], [5, "Пётр Ёлкин", "RU"],
    ]);
    expect(valid[0]).toMatchObject({ title: "Директор", emails: ["zhanara@example.kz"], phones: ["+7 727 222 33 44"], postalAddress: "г. Алматы, ул. Абая, 10" });
  });

  it("lists every bad row with its exact line and keeps the good ones", () => {
    const { valid, errors } = dryRun(fixture("bad-rows.csv"));
    expect(valid.map((r) => r.lineNumber)).toEqual([2, 9]);
    expect(valid[0].notes).toBe("one\ntwo");
    expect(errors).toEqual([
      { line: 4, reason: "No name: fill Full name, or First name and Last name." },
      { line: 5, reason: "E-mail “bad.email@” is not a valid e-mail address." },
      { line: 6, reason: "E-mail “someone [at] example.org” is not a valid e-mail address (write it as someone@example.org)." },
      { line: 7, reason: "Same e-mail as line 2 (VALID@example.org)." },
      { line: 8, reason: "Web form URL must be a full address starting with http:// or https://." },
    ]);
  });

  it("reads the other fixtures without errors", () => {
    for (const name of ["partner-crm-utf8.csv", "excel-utf8-bom-semicolon.csv", "western-windows-1252.csv", "tab-delimited.tsv", "quoted-multiline.csv"]) {
      expect({ name, errors: dryRun(fixture(name)).errors }).toEqual({ name, errors: [] });
    }
    const western = dryRun(fixture("western-windows-1252.csv")).valid;
    expect(western.map((r) => [r.honorific, r.fullName, r.country])).toEqual([
      ["M.", "François Müller", "FR"], ["Mme", "Hélène Groß", "DE"], ["Sr.", "José Muñoz", "ES"], ["Pan", "Józef Mróz", "PL"],
    ]);
    expect(dryRun(fixture("tab-delimited.tsv")).valid[0]).toMatchObject({ phones: ["+48 600 100 200"], tags: ["PACE", "rapporteurs"] });
    expect(dryRun(fixture("partner-crm-utf8.csv")).valid.map((r) => r.country)).toEqual(["LT", "KZ", "PL"]);
  });

  it("checks e-mail and phone counts, lookups, lengths and extra values", () => {
    const csv = [
      "Name,Email,Email 2,Phone,Country,Language,Body,Delegation,Web form,Honorific",
      'A One,"a1@x.org; a2@x.org",,+7 727 1234567; +7 701 7654321,Kazakhstan,русский,PACE,Allemagne,https://x.org/form,',
      "B Two,b1@x.org;b2@x.org,b3@x.org,,,,,,,",
      "C Three,c@x.org,,call me,Narnia,Klingon,Senate,,,",
      `D Four,d@x.org,,,UK,en-GB,Parlement européen,EL,,${"M".repeat(51)}`,
      "E Five,e@x.org,,,,,,,,,extra",
      '"F\nSix",f1@x.org f2@x.org,,,,,,,,',
      "G Seven,,,,,,,,,",
    ].join("\n");
    const { valid, errors } = validateRows(parseCsv(csv), guessMapping(parseCsv(csv).headers));
    expect(contactImportRowSchema.safeParse(undefined).success).toBe(false);
    expect(valid).toMatchObject([
      { lineNumber: 2, emails: ["a1@x.org", "a2@x.org"], phones: ["+7 727 1234567", "+7 701 7654321"], country: "KZ", language: "ru", parliamentaryBody: "pace", delegation: "DE", webFormUrl: "https://x.org/form" },
      { lineNumber: 7, fullName: "F Six", emails: ["f1@x.org", "f2@x.org"] },
      { lineNumber: 9, fullName: "G Seven", emails: [], phones: [], country: null, tags: [], notes: "" },
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[0].reason).toMatch(/More than 2 e-mail addresses \(b1@x.org, b2@x.org, b3@x.org\)/);
    expect(errors[1].reason).toMatch(/Phone “call me” is not a phone number; Country “Narnia” is not recognised.*Language “Klingon”.*Parliamentary body “Senate”/);
    expect(errors[2].reason).toBe("Honorific is longer than 50 characters.");
    expect(errors[3].reason).toMatch(/has 11 values but the header has 10 columns \(is there an unquoted comma inside a value\?\)/);
  });

  it("normalizes countries, languages and bodies in English, French and Russian", () => {
    expect(["Kazakhstan", "Казахстан", "kz", "Allemagne", "UK", "EL", "Russian Federation", "Кыргызстан", "the Netherlands", "Österreich"].map(normalizeCountry))
      .toEqual(["KZ", "KZ", "KZ", "DE", "GB", "GR", "RU", "KG", "NL", "AT"]);
    expect(normalizeCountry("Atlantis")).toBeNull();
    expect(["fr", "French", "français", "казахский", "en-GB"].map(normalizeLanguage)).toEqual(["fr", "fr", "fr", "kk", "en"]);
    expect(["European Parliament", "APCE", "ПА ОБСЕ", "national_parliament"].map(normalizeParliamentaryBody))
      .toEqual(["european_parliament", "pace", "osce_pa", "national_parliament"]);
  });
});
