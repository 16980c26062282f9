import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutralizeCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(neutralizeCell("=HYPERLINK(\"http://evil\")")).toBe("'=HYPERLINK(\"http://evil\")");
    expect(neutralizeCell("+7 701 000 00 00")).toBe("'+7 701 000 00 00");
    expect(neutralizeCell("-1")).toBe("'-1");
    expect(neutralizeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutralizeCell("Жанара Ахметова")).toBe("Жанара Ахметова");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(["drôit", "libe"])).toBe("drôit; libe");
  });

  it("neutralizes the full-width starters, a leading tab or CR, and starters behind leading whitespace or controls", () => {
    for (const text of ["＝1+1", "＋7 701", "－1", "＠SUM(A1)", "\t1", "\r1", "\tcmd", " =1+1", "  +1", "\u00A0=1", "\u3000＝1", "\n=1", "\u0000=1", "\u200B=1", "\u202E@x", "\uFEFF-1", " \t\r\n＠x"]) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary text alone, leading whitespace and inner starters included", () => {
    for (const text of ["", "Ahmetova", " Ahmetova", "\nline", "a=b", "1+1", "e-mail: x@y.kz", "Ｏｎｅ", "'=already quoted", "2024-05-01T00:00:00.000Z"]) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(false);
      expect(neutralizeCell(text)).toBe(text);
    }
    expect(neutralizeCell(new Date("2024-05-01T00:00:00Z"))).toBe("2024-05-01T00:00:00.000Z");
    expect(neutralizeCell(-3)).toBe("'-3");
  });

  it("writes UTF-8 with a BOM, quoted fields and CRLF lines", () => {
    const csv = toCsv(["Name", "Note"], [["Auštrevičius, Petras", 'said "no"\nthen left'], ["=1+1", ""]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain('"Auštrevičius, Petras","said ""no""\nthen left"');
    expect(csv).toContain(`"'=1+1",""`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
