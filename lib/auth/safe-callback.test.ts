import { describe, expect, it } from "vitest";
import { safeCallback } from "./schema";

// Known open-redirect variants: each must come back as a path of this app (or "/"), never as
// something a browser would read as another site.
const hostile = [
  "/\t/evil.example",
  "/%09/evil.example",
  "%2F%09%2Fevil.example",
  "/\r\n/evil.example",
  "/\n/evil.example",
  "/%0d%0a/evil.example",
  "//evil.example",
  "//evil.example/path",
  "/\\evil.example",
  "\\/evil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "/%252F%252Fevil.example",
  "%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "https:evil.example",
  "https://evil.example",
  "http:/evil.example",
  "javascript:alert(1)",
  " //evil.example",
  "/\u0000/evil.example",
  "/\u2028/evil.example",
  "/%E0%A4%A",
  "evil.example",
  "",
];

describe("safeCallback", () => {
  it.each(hostile)("refuses %j", (url) => {
    const result = safeCallback(url);
    expect(result).toBe("/");
  });

  it("keeps this app's paths with their query and fragment", () => {
    expect(safeCallback("/contacts?country=KZ&q=akhmetova")).toBe("/contacts?country=KZ&q=akhmetova");
    expect(safeCallback("/appeals/123#recipients")).toBe("/appeals/123#recipients");
    expect(safeCallback("/contacts?q=%D0%90%D1%85%D0%BC%D0%B5%D1%82%D0%BE%D0%B2%D0%B0")).toBe("/contacts?q=%D0%90%D1%85%D0%BC%D0%B5%D1%82%D0%BE%D0%B2%D0%B0");
    expect(safeCallback(undefined)).toBe("/");
  });

  it("whatever it returns resolves to this origin", () => {
    for (const url of [...hostile, "/a/../../b", "/./x", "/contacts"]) {
      expect(new URL(safeCallback(url), "https://desk.example").origin).toBe("https://desk.example");
    }
  });
});
