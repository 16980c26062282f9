import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contacts } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { applyRoster, previewRoster } from "./import-roster";
import { parseCsvRoster } from "@/lib/import/roster/csv";
import { parseEpRoster, splitRosterName } from "@/lib/import/roster/ep";
import { rosterCountry, rosterGroup, type RosterBody, type RosterUpload } from "@/lib/import/roster/groups";

const dir = path.join(__dirname, "../import/testdata/rosters");
const read = (file: string) => readFileSync(path.join(dir, file));
const upload = (body: RosterBody, text: string | Buffer, fileName = "roster.xml"): RosterUpload => ({ body, fileName, content: Buffer.from(text).toString("base64") });
const epIds = ["189525", "124831", "124797", "124811", "96897", "124766", "28266", "28115"];
const byExternalId = (body: RosterBody, id: string) =>
  db.select().from(contacts).where(and(eq(contacts.parliamentaryBody, body), eq(contacts.externalId, id))).then((r) => r);

let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
});

describe("reading rosters", () => {
  it("reads the EP list in English and in French the same way, countries and groups mapped", () => {
    const en = parseEpRoster(read("ep-meps-en.xml").toString());
    const fr = parseEpRoster(read("ep-meps-fr.xml").toString());
    expect(en.issues).toEqual([]);
    expect(fr).toEqual(en);
    expect(en.members.map((m) => m.externalId)).toEqual(epIds);
    expect(en.members[0]).toEqual({
      externalId: "189525", honorific: null, firstName: "Asim", lastName: "Ademov", fullName: "Asim Ademov",
      delegation: "BG", politicalGroup: "EPP", nationalParty: "Citizens for European Development of Bulgaria",
    });
    expect(en.members.map((m) => [m.fullName, m.delegation, m.politicalGroup])).toEqual([
      ["Asim Ademov", "BG", "EPP"], ["Isabella Adinolfi", "IT", "EFDD"], ["Marco Affronte", "IT", "Greens/EFA"], ["Laura Agea", "IT", "EFDD"],
      ["John Stuart Agnew", "GB", "ENF"], ["Petras Auštrevičius", "LT", "ALDE"], ["Sophia in 't Veld", "NL", "ALDE"], ["Mairead McGuinness", "IE", "EPP"],
    ]);
    expect(en.members[6]).toMatchObject({ firstName: "Sophia", lastName: "in 't Veld" });
    const sample = parseEpRoster(read("ep-meps-sample.xml").toString());
    expect(sample.members.map((m) => m.politicalGroup)).toEqual(["EPP", "EFDD", "Greens/EFA", "EFDD", "ENF"]);
  });

  it("maps current and earlier group names, acronyms, and names in both languages", () => {
    const ep = (name: string) => rosterGroup("european_parliament", name).group;
    expect(["Renew Europe Group", "Groupe Renew Europe", "Renew"].map(ep)).toEqual(["Renew Europe", "Renew Europe", "Renew Europe"]);
    expect(["PPE", "S&D", "Verts/ALE", "ECR", "ID", "ENL", "ELDD", "GUE/NGL", "NI", "Non-inscrits", "Non-attached Members"].map(ep))
      .toEqual(["EPP", "S&D", "Greens/EFA", "ECR", "ID", "ENF", "EFDD", "The Left", "NI", "NI", "NI"]);
    expect(ep("The Left group in the European Parliament - GUE/NGL")).toBe("The Left");
    expect(ep("Group of the Progressive Alliance of Socialists and Democrats in the European Parliament")).toBe("S&D");
    expect(ep("Groupe des Patriotes pour l’Europe")).toBe("PfE");
    expect(ep("Europe of Sovereign Nations Group")).toBe("ESN");
    expect(rosterGroup("european_parliament", "A group founded tomorrow")).toEqual({ group: "A group founded tomorrow", known: false });
    const pace = (name: string) => rosterGroup("pace", name).group;
    expect(["PPE/DC", "SOC", "CE/AD", "ADLE", "GUE", "NI", "European Conservatives Group & Democratic Alliance"].map(pace))
      .toEqual(["EPP/CD", "SOC", "EC/DA", "ALDE", "UEL", "NR", "EC/DA"]);
    expect(["Tchéquie", "Czechia", "Czech Republic", "Royaume-Uni", "Macédoine du Nord", "EL", "Saint-Marin"].map(rosterCountry))
      .toEqual(["CZ", "CZ", "CZ", "GB", "MK", "GR", "SM"]);
  });

  it("splits names the ways rosters write them", () => {
    expect(splitRosterName("Mady DELVAUX-STEHRES")).toMatchObject({ firstName: "Mady", lastName: "Delvaux-Stehres" });
    expect(splitRosterName("Rosa D'AMATO").fullName).toBe("Rosa D'Amato");
    expect(splitRosterName("Chris MacMANUS").fullName).toBe("Chris MacManus");
    expect(splitRosterName("Nacho SÁNCHEZ AMOR")).toMatchObject({ firstName: "Nacho", lastName: "Sánchez Amor" });
    expect(splitRosterName("ADEMOV, Asim")).toMatchObject({ firstName: "Asim", lastName: "Ademov", fullName: "Asim Ademov" });
    expect(splitRosterName("Mr Frank Schwabe")).toMatchObject({ honorific: "Mr", firstName: "Frank", lastName: "Schwabe" });
    expect(splitRosterName("ASIM ADEMOV").fullName).toBe("Asim Ademov");
  });

  it("reads PACE and OSCE PA CSV files, and lists bad rows by line", () => {
    const pace = parseCsvRoster("pace", read("pace-members.csv").toString());
    expect(pace.issues).toEqual([]);
    expect(pace.members[0]).toMatchObject({ externalId: "5001", honorific: "Mr", fullName: "Zsolt Németh", delegation: "HU", politicalGroup: "EC/DA", nationalParty: "Fidesz", role: "Head of delegation" });
    expect(pace.members[2]).toMatchObject({ fullName: "Frank Schwabe", delegation: "DE", politicalGroup: "SOC" });
    const osce = parseCsvRoster("osce_pa", read("osce-pa-members.csv").toString());
    expect(osce.members[0]).toMatchObject({ externalId: "NL:farah karimi", fullName: "Farah Karimi", politicalGroup: null, nationalParty: undefined });
    const bad = parseCsvRoster("pace", "Name;Country\nAsim ADEMOV;Narnia\n;Bulgaria\n");
    expect(bad.issues.map((i) => `${i.where} ${i.message}`)).toEqual(["Line 2 country “Narnia” is not recognized.", "Line 3 has no name."]);
    expect(parseCsvRoster("pace", "Nom;Pays\nAsim ADEMOV;Bulgarie\n").members[0].delegation).toBe("BG");
    expect(parseCsvRoster("pace", "Who;Where\nx;y\n").issues[0].severity).toBe("error");
  });
});

describe("importing the EP roster", () => {
  it("creates, re-imports as a no-op, marks who left and brings them back, never duplicating", async () => {
    const en = read("ep-meps-en.xml");
    const preview = await previewRoster(officer, upload("european_parliament", en, "ep-meps-en.xml"));
    // Other test files may hold an unlinked "Petras Auštrevičius": linked then, rather than new.
    expect(preview.counts.new + preview.counts.updated).toBe(8);
    expect(preview).toMatchObject({ listed: 8, errorCount: 0, counts: { unchanged: 0, left: 0 } });
    // Updates (the linked contact, if any) are listed first, then the new members in file order.
    expect(preview.changes.find((c) => c.kind === "new")).toMatchObject({ kind: "new", name: "Asim Ademov", details: "BG · EPP" });
    expect(await byExternalId("european_parliament", "189525")).toEqual([]); // a preview writes nothing

    const applied = await applyRoster(officer, upload("european_parliament", en, "ep-meps-en.xml"));
    expect(applied.counts).toEqual(preview.counts);
    const [ademov] = await byExternalId("european_parliament", "189525");
    expect(ademov).toMatchObject({
      kind: "person", fullName: "Asim Ademov", firstName: "Asim", lastName: "Ademov", delegation: "BG", country: "BG", politicalGroup: "EPP",
      source: "roster:ep", sourceRef: "ep-meps-en.xml", title: "Member of the European Parliament", createdById: officer.id, version: 1,
      tags: ["party:Citizens for European Development of Bulgaria", "MEP"],
    });
    expect(ademov.searchText).toContain("ademov");

    // The same members from the French file: nothing changes, no version moves.
    const again = await applyRoster(officer, upload("european_parliament", read("ep-meps-fr.xml"), "ep-meps-fr.xml"));
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 8, left: 0 });
    expect((await byExternalId("european_parliament", "189525"))[0]).toMatchObject({ version: 1, sourceRef: "ep-meps-en.xml" });

    const shortened = en.toString().replace(/<mep><fullName>Mairead[^\n]*\n/, "");
    const leaving = await applyRoster(officer, upload("european_parliament", shortened));
    expect(leaving.counts).toEqual({ new: 0, updated: 0, unchanged: 7, left: 1 });
    expect(leaving.changes).toEqual([expect.objectContaining({ kind: "left", name: "Mairead McGuinness" })]);
    const [gone] = await byExternalId("european_parliament", "28115");
    expect(gone.tags).toContain("left:european_parliament");
    expect(gone.version).toBe(2);
    expect((await applyRoster(officer, upload("european_parliament", shortened))).counts).toEqual({ new: 0, updated: 0, unchanged: 7, left: 0 });

    const back = await applyRoster(officer, upload("european_parliament", en));
    expect(back.counts).toEqual({ new: 0, updated: 1, unchanged: 7, left: 0 });
    const [returned] = await byExternalId("european_parliament", "28115");
    expect(returned.tags).not.toContain("left:european_parliament");
    expect(returned.version).toBe(3);
    const all = await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.parliamentaryBody, "european_parliament"), inArray(contacts.externalId, epIds)));
    expect(all).toHaveLength(8);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "roster"), eq(auditEntries.actorId, officer.id))).orderBy(auditEntries.at);
    expect(audit.map((a) => a.summary)).toContain("European Parliament roster “ep-meps-fr.xml”: 0 new, 0 updated, 8 unchanged, 0 left");
    expect(audit[0]).toMatchObject({ action: "import", entityId: null });
    expect((audit[0].changes as Record<string, { after: unknown }>).created.after).toContain(ademov.id);
  });

  it("attaches the roster id to a contact of the body entered by hand, keeping what only we know", async () => {
    const surname = unique("Kovalchuk").replace(/[^a-z]/gi, "").replace(/\d/g, "");
    const [mine] = await db
      .insert(contacts)
      .values({ fullName: `Oksana ${surname}`, firstName: "Oksana", lastName: surname, parliamentaryBody: "european_parliament", tags: ["kz-letters"], notes: "Met at the 2019 hearing." })
      .returning();
    const id = `x-${surname}`;
    const xml = `<meps><mep><fullName>Oksana ${surname.toUpperCase()}</fullName><country>Pologne</country><politicalGroup>Renew</politicalGroup><id>${id}</id><nationalPoliticalGroup></nationalPoliticalGroup></mep></meps>`;
    const result = await applyRoster(officer, upload("european_parliament", xml));
    expect(result.counts).toMatchObject({ new: 0, updated: 1 });
    expect(result.changes[0]).toMatchObject({ kind: "linked" });
    const [linked] = await byExternalId("european_parliament", id);
    expect(linked).toMatchObject({ id: mine.id, notes: "Met at the 2019 hearing.", delegation: "PL", politicalGroup: "Renew Europe", tags: ["kz-letters", "MEP"], version: 2 });
    expect((await applyRoster(officer, upload("european_parliament", xml))).counts).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
  });

  it("refuses a file with errors as a whole, and files that are not rosters", async () => {
    const xml = `<meps><mep><fullName>Asim ADEMOV</fullName><country>Atlantis</country><politicalGroup>PPE</politicalGroup><id>189525</id></mep></meps>`;
    const preview = await previewRoster(officer, upload("european_parliament", xml));
    expect(preview.errorCount).toBe(1);
    expect(preview.issues[0].message).toBe("country “Atlantis” is not recognized.");
    await expect(applyRoster(officer, upload("european_parliament", xml))).rejects.toBeInstanceOf(ValidationError);
    await expect(previewRoster(officer, upload("european_parliament", "<html><body>no</body></html>"))).rejects.toThrow(/no <meps> element/);
    await expect(previewRoster(officer, upload("pace", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])))).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("importing PACE and OSCE PA rosters", () => {
  it("imports PACE members from CSV, and re-imports as a no-op", async () => {
    const file = upload("pace", read("pace-members.csv"), "pace-members.csv");
    expect((await applyRoster(officer, file)).counts).toMatchObject({ new: 5, updated: 0 });
    const [nemeth] = await byExternalId("pace", "5001");
    expect(nemeth).toMatchObject({ honorific: "Mr", fullName: "Zsolt Németh", delegation: "HU", politicalGroup: "EC/DA", title: "Head of delegation (PACE)", source: "roster:pace", salutation: "Dear Mr Németh," });
    expect(nemeth.tags).toEqual(["party:Fidesz", "PACE"]);
    expect((await applyRoster(officer, file)).counts).toEqual({ new: 0, updated: 0, unchanged: 5, left: 0 });
  });

  it("imports OSCE PA members without ids, linking a contact entered by hand", async () => {
    const [karimi] = await db.insert(contacts).values({ fullName: "Farah Karimi", parliamentaryBody: "osce_pa", delegation: "NL", country: "NL" }).returning();
    const file = upload("osce_pa", read("osce-pa-members.csv"), "osce-pa-members.csv");
    const result = await applyRoster(officer, file);
    expect(result.counts).toMatchObject({ new: 3, updated: 1 });
    const [linked] = await byExternalId("osce_pa", "NL:farah karimi");
    expect(linked).toMatchObject({ id: karimi.id, tags: ["OSCE PA"] });
    const [head] = await byExternalId("osce_pa", "ES:ignacio sanchez amor");
    expect(head).toMatchObject({ fullName: "Ignacio Sánchez Amor", title: "Head of delegation (OSCE PA)", source: "roster:osce_pa" });
    expect((await applyRoster(officer, file)).counts).toEqual({ new: 0, updated: 0, unchanged: 4, left: 0 });
  });

  it("refuses viewers and anonymous callers, writing nothing", async () => {
    const file = upload("pace", "Id;Name;Country\n9999;Refused PERSON;France\n");
    for (const user of [viewer, null]) {
      // @ts-expect-error: an anonymous caller has no user at all
      await expect(previewRoster(user, file)).rejects.toBeInstanceOf(ForbiddenError);
      // @ts-expect-error: an anonymous caller has no user at all
      await expect(applyRoster(user, file)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await byExternalId("pace", "9999")).toEqual([]);
  });
});
