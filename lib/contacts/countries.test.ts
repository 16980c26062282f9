import { describe, expect, it, vi } from "vitest";
import { countryCodes, countryName, countryOptions, isCountryCode } from "./countries";

describe("country names", () => {
  it("come from the committed table, whatever the runtime's ICU says", () => {
    // A browser's ICU (Chromium: "Falkland Islands (Islas Malvinas)") must not change the text.
    const spy = vi.spyOn(Intl, "DisplayNames").mockImplementation(() => {
      throw new Error("Intl.DisplayNames must not be used for country names");
    });
    try {
      expect(countryName("FK")).toBe("Falkland Islands");
      expect(countryName("KZ")).toBe("Kazakhstan");
      expect(countryName("kz")).toBe("Kazakhstan");
      expect(countryName("XK")).toBe("Kosovo");
    } finally {
      spy.mockRestore();
    }
  });

  it("show a dash for no country and the code itself for an unknown one", () => {
    expect(countryName(null)).toBe("—");
    expect(countryName("")).toBe("—");
    expect(countryName("ZZ")).toBe("ZZ");
  });

  it("cover every ISO 3166-1 alpha-2 code once, each with a name", () => {
    expect(countryCodes).toHaveLength(250);
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    for (const code of countryCodes) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(countryName(code)).not.toBe(code);
    }
    expect(isCountryCode("KZ")).toBe(true);
    expect(isCountryCode("ZZ")).toBe(false);
  });

  it("are offered in English alphabetical order, accents folded", () => {
    const names = countryOptions.map((c) => c.name);
    expect(names[0]).toBe("Afghanistan");
    expect(names.indexOf("Åland Islands")).toBe(names.indexOf("Albania") - 1);
    expect(names.indexOf("Côte d’Ivoire")).toBeLessThan(names.indexOf("Croatia"));
    expect(names.at(-1)).toBe("Zimbabwe");
  });
});
