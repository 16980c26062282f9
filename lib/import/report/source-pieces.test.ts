import { describe, expect, it } from "vitest";
import { highlightPieces } from "./source-pieces";

describe("highlightPieces", () => {
  it("cuts the text at the spans, in order, and joins the pieces back into the text", () => {
    const text = "Minister of Justice\nJan Kowalski\nul. Prosta 1, Warszawa";
    const pieces = highlightPieces(text, [{ start: 33, end: 45 }, { start: 0, end: 8 }]);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(["Minister", "ul. Prosta 1"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("merges overlapping and touching spans and clamps spans outside the text", () => {
    expect(highlightPieces("abcdef", [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 9, end: 12 }])).toEqual([
      { text: "a", marked: false },
      { text: "bcde", marked: true },
      { text: "f", marked: false },
    ]);
    expect(highlightPieces("abc", [])).toEqual([{ text: "abc", marked: false }]);
  });
});
