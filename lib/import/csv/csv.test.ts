// The file level of the CSV import: bytes → text (size, binary, encodings) → header and rows
// (delimiters, quotes, line numbers). Rows and mapping are in csv-rows.test.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { CsvImportError, decodeCsv, maxCsvBytes } from "./decode";
import { parseCsv } from "./parse";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../testdata/csv/${name}`, import.meta.url))));
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): CsvImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error("expected a CsvImportError");
}

describe("decodeCsv", () => {
  it("reads UTF-8 without a BOM", () => {
    const { text, encoding } = decodeCsv(fixture("partner-crm-utf8.csv"));
    expect(encoding).toBe("utf-8");
    expect(text).toContain("Petras Auštrevičius");
    expect(text).toContain("Жанара Ахметова");
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const { text, encoding } = decodeCsv(fixture("excel-utf8-bom-semicolon.csv"));
    expect(encoding).toBe("utf-8-bom");
    expect(text.startsWith("First Name;")).toBe(true);
    expect(text).toContain("Marie-Hélène");
  });

  it("recognises Windows-1251 Cyrillic", () => {
    const { text, encoding } = decodeCsv(fixture("russian-windows-1251.csv"));
    expect(encoding).toBe("windows-1251");
    expect(text).toContain("Ахметова;Жанара");
    expect(text).toContain("«Бірлік»");
    expect(text).toContain("Ёлкин;Пётр");
  });

  it("recognises Windows-1252 accents", () => {
    const { text, encoding } = decodeCsv(fixture("western-windows-1252.csv"));
    expect(encoding).toBe("windows-1252");
    expect(text).toContain("Civilité,Prénom");
    expect(text).toContain("Groß");
    expect(text).toContain("José,Muñoz");
    expect(decodeCsv(fixture("outlook-export-windows-1252.csv")).encoding).toBe("windows-1252");
  });

  it.each([
    "Жанара Ахметова, Алматы",
    "Ержан Токаев;Астана;Советник",
    "Нурсултан,Бірлік,Қ",
    "Иван",
    "Пётр Ёлкин, Государственная Дума",
  ])("decodes short Russian/Kazakh text in Windows-1251: %s", (sample) => {
    // Kazakh letters outside Windows-1251 (Қ) become "?" when encoded; the rest must survive.
    const expected = iconv.decode(iconv.encode(sample, "win1251"), "win1251");
    expect(decodeCsv(iconv.encode(sample, "win1251"))).toEqual({ text: expected, encoding: "windows-1251" });
  });

  it.each([
    "Zürich",
    "François Müller, Assemblée nationale",
    "à la Genève",
    "Józef Mróz, Kraków, Łódź".replace("Ł", "L").replace("ź", "z"),
    "Straße; Größe; Ärzte",
    "José Muñoz, Fundación",
    "été,où,ça",
  ])("decodes short French/German/Polish-ish text in Windows-1252: %s", (sample) => {
    expect(decodeCsv(iconv.encode(sample, "win1252"))).toEqual({ text: sample, encoding: "windows-1252" });
  });

  it("finds the encoding's evidence however deep in the file it sits", () => {
    const ascii = Array.from({ length: 20_000 }, (_, i) => `Person ${i},p${i}@example.org`).join("\r\n");
    const late = (row: string, encoding: string) => iconv.encode(`Name,Email\r\n${ascii}\r\n${row}\r\n`, encoding);
    expect(decodeCsv(late("Иванов Пётр,ivanov@example.ru", "win1251")).encoding).toBe("windows-1251");
    expect(decodeCsv(late("Jürg Schäfer,jurg@example.ch", "win1252")).encoding).toBe("windows-1252");
  });

  it("refuses a file just over 10 MB and accepts one just under", () => {
    const line = utf8("Name,Email\n");
    const build = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x61); // "a"
      bytes.set(line);
      for (let at = 64; at < size; at += 64) bytes[at] = 0x0a;
      return bytes;
    };
    const over = refusal(() => decodeCsv(build(maxCsvBytes + 1)));
    expect(over.code).toBe("too-large");
    expect(over.message).toMatch(/limit is 10 MB/);
    expect(decodeCsv(build(maxCsvBytes)).encoding).toBe("utf-8");
    const under = decodeCsv(build(maxCsvBytes - 1));
    expect(under.text.length).toBe(maxCsvBytes - 1);
  });

  it("refuses binary input with a clear message", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(refusal(() => decodeCsv(png))).toMatchObject({ code: "binary", message: expect.stringMatching(/binary data/) });
    expect(refusal(() => decodeCsv(utf8("Name,Email\nAnna,a@b.org\0\n"))).code).toBe("binary");
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(refusal(() => decodeCsv(xlsx)).message).toMatch(/Excel workbook \(\.xlsx\).*Save As/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(refusal(() => decodeCsv(controls)).code).toBe("binary");
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x61, 0x00]);
    expect(refusal(() => decodeCsv(utf16)).message).toMatch(/UTF-16/);
  });

  it("refuses an empty file", () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), utf8(" \r\n\n \t\n")]) {
      expect(refusal(() => decodeCsv(bytes))).toMatchObject({ code: "empty", message: "The file is empty." });
    }
    expect(refusal(() => parseCsv("Name,Email\n\n,\n")).message).toMatch(/header line \(line 1\) but no rows/);
    expect(refusal(() => parseCsv(",,\n;;\n")).code).toBe("empty");
  });
});

describe("parseCsv", () => {
  it("detects semicolons (Excel in European locales) and CRLF", () => {
    const parsed = parseCsv(decodeCsv(fixture("excel-utf8-bom-semicolon.csv")).text);
    expect(parsed.delimiter).toBe(";");
    expect(parsed.headers).toEqual(["First Name", "Last Name", "E-mail Address", "Company", "Country"]);
    expect(parsed.rows[0]).toEqual(["Zhanara", "Akhmetova", "zhanara@example.kz", "Human Rights Bureau, Almaty", "KZ"]);
    expect(parsed.lineNumbers).toEqual([2, 3]);
  });

  it("detects tabs", () => {
    const parsed = parseCsv(decodeCsv(fixture("tab-delimited.tsv")).text);
    expect(parsed.delimiter).toBe("\t");
    expect(parsed.headers).toHaveLength(5);
    expect(parsed.rows[1][0]).toBe("Dunja Mijatović");
  });

  it("keeps delimiters, doubled quotes and line breaks inside quotes, with the lines a text editor shows", () => {
    const parsed = parseCsv(decodeCsv(fixture("quoted-multiline.csv")).text);
    expect(parsed.delimiter).toBe(",");
    expect(parsed.lineNumbers).toEqual([2, 3, 7, 9]);
    expect(parsed.rows[0]).toEqual(["Tajani, Antonio", "European Parliament", "Rue Wiertz 60", "antonio.tajani@example.eu", 'Met in "Brussels", 2024']);
    expect(parsed.rows[1][2]).toBe("Council of Europe\nAvenue de l'Europe\nF-67075 Strasbourg Cedex");
    expect(parsed.rows[2][4]).toBe("Two\nlines; with, separators");
    expect(parsed.rows[3]).toEqual(["Nils Muižnieks", "", "", "", ""]);
  });

  it("is not fooled by other delimiters inside quoted values", () => {
    const commas = 'Name,Notes\n"Smith; J.","a;b;c;d"\n"Doe; K.","e;f"\n';
    expect(parseCsv(commas).delimiter).toBe(",");
    const semicolons = 'Name;Address;Email\n"Smith, J.";"1, Main St, Almaty";s@x.org\nDoe;"2, Side St";d@x.org\n';
    expect(parseCsv(semicolons)).toMatchObject({ delimiter: ";", rows: [["Smith, J.", "1, Main St, Almaty", "s@x.org"], ["Doe", "2, Side St", "d@x.org"]] });
    expect(parseCsv("Name|Email\nA|a@x.org\n").delimiter).toBe("|");
  });

  it("counts lines from the top of the file even after blank lines and old Mac line breaks", () => {
    expect(parseCsv("\n\nName,Email\n\nAnna,a@x.org\n").lineNumbers).toEqual([5]);
    expect(parseCsv("Name,Email\rAnna,a@x.org\rBob,b@x.org").lineNumbers).toEqual([2, 3]);
  });

  it("refuses headers that are missing, unnamed, duplicated or data", () => {
    expect(refusal(() => parseCsv("Name,,Email\nAnna,x,a@x.org\n")).message).toMatch(/no name to column 2 \(B\)/);
    expect(refusal(() => parseCsv("Name,,,Email\nAnna,,,a@x.org\n")).message).toMatch(/column 2 \(B\)/);
    expect(refusal(() => parseCsv("Email,Name,E-mail,EMAIL\na,b,c,d\n")).message).toMatch(/Two columns are named “EMAIL” \(column 1 \(A\) and column 4 \(D\)\)/);
    expect(refusal(() => parseCsv("Anna Smith,anna@example.org\nBob,bob@example.org\n")).message).toMatch(/line 1\) holds data such as “anna@example.org”/);
  });

  it("drops trailing unnamed columns left by Excel and pads short rows", () => {
    const parsed = parseCsv("Name,Email,,\nAnna,a@x.org,,\nBob\n");
    expect(parsed.headers).toEqual(["Name", "Email"]);
    expect(parsed.rows).toEqual([["Anna", "a@x.org"], ["Bob", ""]]);
  });

  it("refuses an unclosed quote, naming the line it opens on", () => {
    const error = refusal(() => parseCsv('Name,Notes\nAnna,ok\nBob,"never closed\nCarl,x\n'));
    expect(error.message).toMatch(/^Line 3: a quoted value starts here/);
  });
});
