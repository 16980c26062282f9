import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseCsv } from "@/lib/import/csv/parse";
import { describeUpdate, planUpdate, rosterFields, summarize, type ExistingMember, type RosterPlan } from "./changes";
import type { RosterMember } from "./ep";
import type { RosterBody } from "./groups";
import { isMepCsv, parseMepCsv, twitterHandle } from "./mep-csv";
import { readRoster } from "./read";

// meps-current-term.csv: 60 invented MEPs in the civic-data layout (first_name,…,epid,twitter), with
// countries as codes and names (Austria, Czechia, EL), committees split by ";" or "|", and
// delegations as codes (D-KZ) or a name.
const file = readFileSync(path.join(__dirname, "../testdata/rosters/meps-current-term.csv"));
const mepCsv = (text: string) => parseMepCsv(parseCsv(text));
const upload = (body: RosterBody, content: string | Buffer) => ({ body, fileName: "f.csv", content: Buffer.from(content).toString("base64") });

describe("the MEP CSV", () => {
  it("maps every column of the sample: names, countries, groups, party, contacts, committees and delegations, ids, handles", () => {
    const { members, issues } = mepCsv(file.toString());
    expect(issues).toEqual([]);
    expect(members).toHaveLength(60);
    expect(new Set(members.map((m) => m.externalId)).size).toBe(60);
    expect(members[0]).toEqual({
      externalId: "256017", honorific: null, firstName: "Anneliese", lastName: "Brandstätter", fullName: "Anneliese Brandstätter",
      delegation: "AT", politicalGroup: "EPP", nationalParty: "ÖVP", emails: ["anneliese.brandstatter@europarl.europa.eu"], phones: ["+32 2 28 40137"],
      committees: ["AFET", "INTA", "TRAN", "D-KZ"], twitter: "@abrandstatterME",
    });
    // Country names and EU codes → ISO codes; group short names → the app's names.
    const byName = new Map(members.map((m) => [m.fullName, m]));
    expect(["Lukas Hofbauer", "Ondřej Dvořák", "Eleni Papadopoulou", "Giorgos Karamanlis"].map((n) => byName.get(n)!.delegation)).toEqual(["AT", "CZ", "GR", "GR"]);
    expect([...new Set(members.map((m) => m.politicalGroup))].sort()).toEqual(["ECR", "EPP", "ESN", "Greens/EFA", "NI", "PfE", "Renew Europe", "S&D", "The Left"]);
    expect(byName.get("Lukas Hofbauer")).toMatchObject({ committees: ["DROI", "IMCO", "D-CAS", "D-US"], twitter: null });
    expect(byName.get("Maarten Vervoort")!.committees).toContain("Delegation to the EU-Kazakhstan Parliamentary Cooperation Committee");
    expect(byName.get("Pieter van der Linden")).toMatchObject({ firstName: "Pieter", lastName: "van der Linden" });
    expect(byName.get("Desislava Petkova")!.phones).toEqual([]);
  });

  it("is recognized by its header, and the roster reader routes it to the European Parliament only", () => {
    expect(isMepCsv(["first_name", "last_name", "country", "eugroup"])).toBe(true);
    expect(isMepCsv(["Name", "EPID"])).toBe(true);
    expect(isMepCsv(["Name", "Country", "Political group", "Id"])).toBe(false);
    expect(readRoster(upload("european_parliament", file)).members).toHaveLength(60);
    expect(() => readRoster(upload("pace", file))).toThrow(/list of MEPs.*choose European Parliament/);
    expect(() => readRoster(upload("european_parliament", "Name;Country\nAsim ADEMOV;Bulgaria\n"))).toThrow(ValidationError);
    // The EP XML still goes to the XML reader.
    expect(readRoster(upload("european_parliament", "\uFEFF <meps><mep><fullName>Asim ADEMOV</fullName><country>BG</country><id>1</id></mep></meps>")).members[0].fullName).toBe("Asim Ademov");
  });

  it("reports bad rows by line: no epid, a repeated one, an unknown country are errors; a bad address is left out", () => {
    const parsed = mepCsv(
      [
        "first_name,last_name,email,country,eugroup,epid,twitter",
        "Ana,Ruiz,ana@ep.example,ES,Renew,1,https://x.com/anaruiz",
        "Ben,Roth,,DE,EPP,,",
        "Cem,Aydin,cem[at]ep.example,DE,Greens/EFA,1,",
        "Dora,Nagy,dora@ep.example,Narnia,EPP,3,not a handle!",
        "Eva,Berg,eva@ep.example,SE,Tomorrow's Group,4,@evaberg",
      ].join("\n"),
    );
    expect(parsed.issues.map((i) => `${i.severity} ${i.where} ${i.message}`)).toEqual([
      "error Line 3 (Ben Roth) has no epid: without the EP's id a re-import could not find the member again.",
      "error Line 4 (Cem Aydin) repeats the epid 1 of line 2.",
      "error Line 5 (Dora Nagy) country “Narnia” is not recognized.",
      "warning Line 6 (Eva Berg) political group “Tomorrow's Group” is not recognized; it is kept as written.",
    ]);
    expect(parsed.members.map((m) => [m.fullName, m.twitter])).toEqual([["Ana Ruiz", "@anaruiz"], ["Eva Berg", "@evaberg"]]);
    const noted = mepCsv("first_name,last_name,email,phone,country,epid,twitter\nAna,Ruiz,ana[at]ep.example,call me,ES,1,not a handle!\n");
    expect(noted.members[0]).toMatchObject({ emails: [], phones: [], twitter: null });
    expect(noted.issues.map((i) => i.severity)).toEqual(["warning", "warning", "warning"]);
    expect(mepCsv("first_name,eugroup\nAna,EPP\n").issues[0].message).toMatch(/^no last_name \(or name\), country, epid column/);
    expect(twitterHandle("https://twitter.com/@Some_One?lang=en")).toBe("@Some_One");
  });
});

const member = (over: Partial<RosterMember> = {}): RosterMember => ({
  externalId: "9", honorific: null, firstName: "Ana", lastName: "Ruiz", fullName: "Ana Ruiz", delegation: "ES", politicalGroup: "EPP", nationalParty: "PP",
  emails: ["ana@ep.example"], phones: ["+32 2 28 40000"], committees: ["AFET"], twitter: "@anaruiz", ...over,
});
const stored = (over: Partial<ExistingMember> = {}): ExistingMember => ({
  id: "c1", externalId: "9", mergedIntoId: null, fullName: "Ana Ruiz", firstName: "Ana", lastName: "Ruiz", nameNative: null, title: null, department: null,
  organizationId: null, country: "ES", delegation: "ES", parliamentaryBody: "european_parliament", politicalGroup: "Renew Europe", committees: ["DROI"],
  tags: ["MEP", "party:Cs"], emails: [], phones: [], groupSince: "2025-01-10", ...over,
});

describe("a list older than what is stored", () => {
  it("keeps the newer group, party and committees, and fills only what is empty", () => {
    // The stored group dates from 2025-01-10; a list of 2024-07-16 says EPP.
    const older = rosterFields("european_parliament", member(), stored(), "2024-07-16");
    expect(older).toMatchObject({ politicalGroup: "Renew Europe", committees: ["DROI"] });
    expect(older.tags).toEqual(["MEP", "party:Cs", "twitter:@anaruiz"]);
    expect(rosterFields("european_parliament", member(), stored({ politicalGroup: null, committees: [] }), "2024-07-16")).toMatchObject({ politicalGroup: "EPP", committees: ["AFET"] });
    // Same day or newer: the file wins.
    for (const asOf of ["2025-01-10", "2025-06-01"]) {
      const newer = rosterFields("european_parliament", member(), stored(), asOf);
      expect(newer).toMatchObject({ politicalGroup: "EPP", committees: ["AFET"], tags: ["MEP", "party:PP", "twitter:@anaruiz"] });
    }
    // No since-date known: the file wins.
    expect(rosterFields("european_parliament", member(), stored({ groupSince: null }), "2020-01-01").politicalGroup).toBe("EPP");
  });

  it("lists updates with their fields before → after, before the new members", () => {
    const update = planUpdate("european_parliament", member(), stored(), false, "2025-06-01")!;
    expect(describeUpdate(update)).toBe(
      "group: Renew Europe → EPP; committees: DROI → AFET; tags: +party:PP +twitter:@anaruiz −party:Cs; e-mail added: ana@ep.example; phone added: +32 2 28 40000",
    );
    const plan: RosterPlan = {
      asOf: "2025-06-01", inserts: [member({ externalId: "10", fullName: "Ben Roth" })], updates: [update], unchanged: 0, leftCount: 0, leftSample: [],
      mergedSkipped: [], kept: [], matchedIds: ["c1"], datedIds: ["c1"], olderThan: null,
    };
    const summary = summarize("european_parliament", "f.csv", { body: "european_parliament", members: [], issues: [] }, plan);
    expect(summary.changes.map((c) => [c.kind, c.name])).toEqual([["updated", "Ana Ruiz"], ["new", "Ben Roth"]]);
    expect(summary.changes[0].details).toContain("group: Renew Europe → EPP");
    // Nothing to change when the contact holds what the file says.
    const same = stored({ politicalGroup: "EPP", committees: ["AFET"], tags: ["MEP", "party:PP", "twitter:@anaruiz"], emails: ["ANA@ep.example"], phones: [{ phone: "+3222840000", phoneE164: "+3222840000" }] });
    expect(planUpdate("european_parliament", member(), same, false, "2025-06-01")).toBeNull();
  });
});
