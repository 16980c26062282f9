import { describe, expect, it } from "vitest";
import { titleWithOrganization } from "./title-line";

describe("titleWithOrganization", () => {
  it("does not repeat an organization the title already names", () => {
    expect(titleWithOrganization("Ombudsman in the Republic of Kazakhstan", "Ombudsman in the Republic of Kazakhstan")).toBe(
      "Ombudsman in the Republic of Kazakhstan",
    );
    expect(titleWithOrganization("Member of the European Parliament", "European Parliament")).toBe("Member of the European Parliament");
    // Case, accents and punctuation do not make it a different name.
    expect(titleWithOrganization("Head of the OSCE/ODIHR mission", "OSCE ODIHR")).toBe("Head of the OSCE/ODIHR mission");
    expect(titleWithOrganization("Président de l'Assemblée", "Assemblee")).toBe("Président de l'Assemblée");
  });

  it("keeps the organization when the title is part of it", () => {
    expect(titleWithOrganization("Ombudsman", "Ombudsman of the Republic of Kazakhstan")).toBe("Ombudsman of the Republic of Kazakhstan");
  });

  it("joins a title and an organization that differ", () => {
    expect(titleWithOrganization("General Prosecutor of the Republic of Kazakhstan", "General Prosecutor's Office of the Republic of Kazakhstan")).toBe(
      "General Prosecutor of the Republic of Kazakhstan, General Prosecutor's Office of the Republic of Kazakhstan",
    );
    expect(titleWithOrganization("Deputy", "EP")).toBe("Deputy, EP");
  });

  it("shows whichever there is, or nothing", () => {
    expect(titleWithOrganization("Rapporteur", null)).toBe("Rapporteur");
    expect(titleWithOrganization(null, " PACE ")).toBe("PACE");
    expect(titleWithOrganization("", undefined)).toBe("");
  });
});
