// Phone numbers as our contacts' records write them (the report's contact list, the MEP roster,
// Kazakh offices), each kept as written with its E.164 form beside it.
import { describe, expect, it } from "vitest";
import { expectedE164 } from "./phones-check";
import { phoneColumns, phoneE164, samePhone, telHref } from "./phones";

describe("phoneColumns", () => {
  it.each([
    // Kazakhstan: international, and national with the trunk prefix 8, read with the contact's country
    ["+7 (7172) 74 56 31", "KZ", "+77172745631"],
    ["8 (7172) 71-71-71", "KZ", "+77172717171"],
    ["8 777 394 87 18", "KZ", "+77773948718"],
    ["+7 777 394 87 18", null, "+77773948718"],
    // Belgium: spaced, "00" instead of "+" (even where "00" is not the international prefix), national
    ["+32 2 284 21 11", null, "+3222842111"],
    ["0032 2 284 2111", null, "+3222842111"],
    ["0032 2 284 2111", "KZ", "+3222842111"],
    ["003222845875", "de", "+3222845875"], // meps-current-sample.csv: a German MEP's Brussels office
    ["02 284 21 11", "BE", "+3222842111"],
    // The report's "(0)" after the country code, and a space after the "+"
    ["+32(0)2 28 45503", null, "+3222845503"],
    ["+33(0)3 88 1 75503", "BE", "+33388175503"],
    ["+32 (0) 2 295 71 69", null, "+3222957169"],
    ["+ 33 (0)3 88 41 20 00", "FR", "+33388412000"],
    ["(202) 224-3121", "US", "+12022243121"],
    // Labels and extensions are read past; the extension is not part of E.164
    ["Fax +7 7172 74 56 31", null, "+77172745631"],
    ["Fax+7 7172 74 56 31", "KZ", "+77172745631"],
    ["tel: +32 2 28 15650", null, "+3222815650"],
    ["+32 2 284 21 11 ext. 123", "BE", "+3222842111"],
    ["+1 (202) 224-3121 x5", null, "+12022243121"],
    ["+7 7172 74 56 31 доб. 12", null, "+77172745631"],
  ])("%s (%s) → %s", (phone, country, e164) => {
    expect(phoneColumns(phone, country)).toEqual({ phone, phoneE164: e164 });
  });

  it.each([
    ["(202) 224-3121", null], // national, and no country to read it with
    ["8 (7172) 71-71-71", null],
    ["8 (7172) 71-71-71", "BE"], // a Kazakh national number on a Belgian contact: not guessed
    ["+32(0)2 584 230", null], // the report's truncated number
    ["+7 (7172) 74-56-31, 74-56-32", "KZ"], // two numbers in one field
    ["12", "KZ"],
    ["garbage", "KZ"],
    ["ext. 123", null],
    ["", "KZ"],
    ["+32 2 284 21 11", "EU"], // not a region: the number still parses by its own country code
    ["1".repeat(300), "US"],
  ])("%s (%s) is kept as written, without E.164 unless it has its own country code", (phone, country) => {
    const columns = phoneColumns(phone, country);
    expect(columns.phone).toBe(phone);
    expect(columns.phoneE164).toBe(phone.startsWith("+32 2 284") ? "+3222842111" : null);
  });

  it("an unknown or lower-case country code is no error", () => {
    expect(phoneE164("8 777 394 87 18", "kz")).toBe("+77773948718");
    expect(phoneE164("8 777 394 87 18", "XX")).toBeNull();
    expect(phoneE164("8 777 394 87 18", " ")).toBeNull();
  });
});

describe("samePhone", () => {
  const stored = (phone: string, country: string | null = null) => phoneColumns(phone, country);

  it("compares E.164 forms when both numbers have one", () => {
    expect(samePhone(stored("+32 2 284 21 11"), stored("02 284 21 11", "BE"))).toBe(true);
    expect(samePhone(stored("+7 (7172) 74 56 31"), stored("8 7172 745631", "KZ"))).toBe(true);
    // The same last 9 digits in two countries are two numbers.
    expect(samePhone(stored("+7 701 234 5678"), stored("+1 701 234 5678"))).toBe(false);
  });

  it("falls back to the digits when one could not be parsed", () => {
    expect(samePhone(stored("+7 (7172) 71-71-71"), stored("8 (7172) 71-71-71"))).toBe(true);
    expect(samePhone(stored("12-34"), stored("1234"))).toBe(true);
    expect(samePhone(stored("12-34"), stored("1235"))).toBe(false);
    expect(samePhone(stored("ext."), stored("x"))).toBe(false);
  });
});

describe("telHref", () => {
  it("dials the E.164 form, else the digits as written", () => {
    expect(telHref("+32 2 284 21 11 ext. 123", "+3222842111")).toBe("tel:+3222842111");
    expect(telHref("8 (7172) 71-71-71", null)).toBe("tel:87172717171");
  });
});

describe("the backfill's expected value", () => {
  it("fills a missing E.164, corrects a wrong one, and keeps one made under another country", () => {
    expect(expectedE164({ phone: "8 (7172) 71-71-71", phone_e164: null, country: "KZ" })).toBe("+77172717171");
    expect(expectedE164({ phone: "8 (7172) 71-71-71", phone_e164: "+77172717171", country: "KZ" })).toBeUndefined();
    expect(expectedE164({ phone: "+32 2 284 21 11", phone_e164: "+3222842112", country: null })).toBe("+3222842111");
    // Merged into a contact in Belgium: the number was read as Kazakh when it was written.
    expect(expectedE164({ phone: "8 (7172) 71-71-71", phone_e164: "+77172717171", country: "BE" })).toBeUndefined();
    expect(expectedE164({ phone: "garbage", phone_e164: "+1", country: "BE" })).toBeNull();
    expect(expectedE164({ phone: "garbage", phone_e164: null, country: "BE" })).toBeUndefined();
  });
});
