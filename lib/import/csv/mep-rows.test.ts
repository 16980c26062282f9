// A list of MEPs through the contacts CSV import: the columns a user would expect to be ignored or
// kept as text never reject a row, and "these are members of the European Parliament" applies to all.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode";
import { guessMapping } from "./mapping";
import { parseCsv } from "./parse";
import { validateRows } from "./validate";

const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL("../testdata/rosters/meps-current-term.csv", import.meta.url))));
const parsed = parseCsv(decodeCsv(bytes).text);
const mapping = guessMapping(parsed.headers, parsed.rows.slice(0, 10));

describe("the MEP CSV in the contacts import", () => {
  it("proposes a mapping where the EP delegation (D-KZ) is text, not the national delegation", () => {
    expect(Object.fromEntries(parsed.headers.map((h, i) => [h, mapping[i]]))).toEqual({
      first_name: "firstName", last_name: "lastName", email: "email", country: "country", eugroup: "politicalGroup", party: "nationalParty",
      phone: "phone", committee: "committees", delegation: "committees", epid: "ignore", twitter: "ignore",
    });
    // A delegation column of countries is still the national delegation.
    expect(guessMapping(["Name", "Delegation"], [["A", "Germany"], ["B", "FR"]])).toEqual(["fullName", "delegation"]);
  });

  it("accepts every row, and with the body chosen for all rows sets it, tags MEP and reads group short names", () => {
    const plain = validateRows(parsed, mapping);
    expect(plain.errors).toEqual([]);
    expect(plain.valid).toHaveLength(60);
    expect(plain.valid[2]).toMatchObject({ fullName: "Maarten Vervoort", parliamentaryBody: null, politicalGroup: "Renew", tags: ["party:Open Vld"] });

    const meps = validateRows(parsed, mapping, { parliamentaryBody: "european_parliament" });
    expect(meps.errors).toEqual([]);
    expect(meps.valid).toHaveLength(60);
    expect(meps.valid.every((r) => r.parliamentaryBody === "european_parliament" && r.tags.includes("MEP"))).toBe(true);
    expect(meps.valid[0]).toMatchObject({
      fullName: "Anneliese Brandstätter", country: "AT", politicalGroup: "EPP", emails: ["anneliese.brandstatter@europarl.europa.eu"], phones: ["+32 2 28 40137"],
      committees: ["AFET", "INTA", "TRAN", "D-KZ"], tags: ["party:ÖVP", "MEP"], delegation: "AT",
    });
    expect(meps.valid[2]).toMatchObject({ politicalGroup: "Renew Europe", committees: ["LIBE", "FEMM", "Delegation to the EU-Kazakhstan Parliamentary Cooperation Committee"] });
    expect(new Set(meps.valid.map((r) => r.politicalGroup))).toEqual(new Set(["EPP", "Greens/EFA", "Renew Europe", "S&D", "ECR", "PfE", "The Left", "ESN", "NI"]));
  });

  it("ignores unmapped columns whatever they hold, and a trailing empty cell; the body for all rows replaces a body column", () => {
    const text = "Name,Delegation,Body,Notes\nAna Ruiz,D-KZ,Senate,\nBen Roth,Narnia,,kept as text,\nCem Aydin,FR,EP,,,x\n";
    const csv = parseCsv(text);
    const { valid, errors } = validateRows(csv, ["fullName", "ignore", "parliamentaryBody", "notes"], { parliamentaryBody: "pace" });
    expect(valid.map((r) => [r.fullName, r.parliamentaryBody, r.notes])).toEqual([["Ana Ruiz", "pace", ""], ["Ben Roth", "pace", "kept as text"]]);
    // Only a real extra value (a shifted row) is an error; a mapped typed field with a bad value too.
    expect(errors).toEqual([{ line: 4, reason: expect.stringMatching(/^The row has 6 values but the header has 4 columns/) }]);
    expect(validateRows(csv, ["fullName", "delegation", "ignore", "ignore"]).errors.map((e) => e.line)).toEqual([2, 3, 4]);
  });
});
