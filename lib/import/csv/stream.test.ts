// Reading a file chunk by chunk (decode.ts's openCsvBytes, parse.ts's records over chunks) gives
// exactly what reading it whole gives, wherever the chunks are cut: inside a multi-byte UTF-8
// character, between the CR and LF of a line break, inside a quoted value with line breaks, a
// doubled quote, a value or a delimiter.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { CsvImportError, decodeCsv, openCsvBytes } from "./decode";
import { openCsv, parseCsv } from "./parse";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../testdata/csv/${name}`, import.meta.url))));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The file read whole, and read in chunks of every size from 1 byte up: the same rows with the same lines. */
function expectSameAtEveryCut(bytes: Uint8Array, sizes = [1, 2, 3, 4, 5, 7, 11, 16, 64]) {
  const whole = parseCsv(decodeCsv(bytes).text);
  for (const size of sizes) {
    const decoded = openCsvBytes(bytes, undefined, size);
    const chunks = [...decoded.chunks()];
    if (bytes.byteLength > size * 2) expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(decodeCsv(bytes).text);
    const file = openCsv(decoded.chunks);
    const rows = [...file.rows()];
    expect({ size, delimiter: file.delimiter, headers: file.headers, rowCount: file.rowCount }).toEqual({ size, delimiter: whole.delimiter, headers: whole.headers, rowCount: whole.rows.length });
    expect({ size, rows: rows.map((r) => r.row), lines: rows.map((r) => r.line) }).toEqual({ size, rows: whole.rows, lines: whole.lineNumbers });
  }
  return whole;
}

describe("reading a file in chunks", () => {
  it("holds over a UTF-8 character split between two chunks", () => {
    const text = "Name,City\nЖанара Ахметова,Алматы\nZoë Łukasz,Kraków\n😀 Emoji,Zürich\n";
    const whole = expectSameAtEveryCut(utf8(text));
    expect(whole.rows[2]).toEqual(["😀 Emoji", "Zürich"]);
  });

  it("keeps the lines of CRLF line breaks cut between CR and LF, and of old Mac CRs", () => {
    const whole = expectSameAtEveryCut(utf8("Name,Email\r\nAnna,a@x.org\r\n\r\nBob,b@x.org\r\nCarl,c@x.org"));
    expect(whole.lineNumbers).toEqual([2, 4, 5]);
    expect(expectSameAtEveryCut(utf8("Name,Email\rAnna,a@x.org\rBob,b@x.org")).lineNumbers).toEqual([2, 3]);
  });

  it("reads quoted values with line breaks, delimiters and doubled quotes across chunks", () => {
    const text = 'Name,Notes,Email\r\n"Tajani, Antonio","Met in ""Brussels""\r\nsecond line\nthird",t@x.eu\r\nBob,"""quoted""",b@x.org\nCarl,"a ""b""",c@x.org\n';
    const whole = expectSameAtEveryCut(utf8(text));
    expect(whole.rows[0]).toEqual(["Tajani, Antonio", 'Met in "Brussels"\nsecond line\nthird', "t@x.eu"]);
    expect(whole.rows[1][1]).toBe('"quoted"');
    expect(whole.lineNumbers).toEqual([2, 5, 6]);
  });

  it("reads the fixtures the same at every cut, in every encoding", () => {
    for (const name of ["quoted-multiline.csv", "excel-utf8-bom-semicolon.csv", "tab-delimited.tsv", "russian-windows-1251.csv", "western-windows-1252.csv"]) {
      expectSameAtEveryCut(fixture(name), [1, 3, 13, 100]);
    }
    expectSameAtEveryCut(iconv.encode("Name;City\nИванов Пётр;Москва\n", "win1251"));
  });

  it("names the line of an unclosed quote and refuses an empty file, whatever the chunks", () => {
    const broken = utf8('Name,Notes\nAnna,ok\nBob,"never closed\nCarl,x\n');
    for (const size of [1, 4, 1024]) {
      const decoded = openCsvBytes(broken, undefined, size);
      expect(() => openCsv(decoded.chunks)).toThrow(/^Line 3: a quoted value starts here/);
    }
    expect(() => openCsvBytes(utf8(" \n\r\n\t  \n"), undefined, 2)).toThrow(CsvImportError);
  });

  it("reads a long file with few chunks held: each row once, in order", () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `Person ${i},"note ${i}\nmore",p${i}@x.org`);
    const bytes = utf8(`Name,Notes,Email\n${lines.join("\r\n")}\r\n`);
    const file = openCsv(openCsvBytes(bytes, undefined, 1000).chunks);
    expect(file.rowCount).toBe(5_000);
    let expected = 2;
    for (const { row, line } of file.rows()) {
      expect(line).toBe(expected);
      expected += 2;
      if (line === 2) expect(row).toEqual(["Person 0", "note 0\nmore", "p0@x.org"]);
    }
    expect(expected).toBe(2 + 2 * 5_000);
  });
});
