import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "./csv";

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

  it("writes UTF-8 with a BOM, quoted fields and CRLF lines", () => {
    const csv = toCsv(["Name", "Note"], [["Auštrevičius, Petras", 'said "no"\nthen left'], ["=1+1", ""]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain('"Auštrevičius, Petras","said ""no""\nthen left"');
    expect(csv).toContain(`"'=1+1",""`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
