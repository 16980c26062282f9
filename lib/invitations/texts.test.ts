// The invitation texts as every output produces them (preview, stored text, e-mail): one rendering,
// no doubled punctuation whatever the salutation on file looks like. Pure: no database.
import { describe, expect, it } from "vitest";
import { personalize } from "@/lib/appeals/merge";
import { renderTemplate } from "@/lib/templates/merge-fields";
import { defaultTemplate, invitationText, sentText, withLink, type InvitationEvent, type InvitationGuest } from "./merge";

const event: InvitationEvent = {
  title: "Kazakhstan: political prisoners",
  kind: "side_event",
  startsAt: new Date("2030-07-04T10:30:00Z"),
  allDay: false,
  timeZone: "Europe/Luxembourg",
  venue: "European Convention Centre",
  room: "Room E",
  city: "Luxembourg",
  coHosts: [],
};
const LINK = "https://desk.example/rsvp/abc";
const guest = (salutation: string | null, name = "Julie Ward"): InvitationGuest => ({ name, title: "MEP", salutation });
const firstLine = (text: string) => text.split("\n")[0];

describe("invitation texts", () => {
  const template = defaultTemplate(event); // opens with "{{salutation}},"

  it.each([
    ["a salutation without a comma", "Dear Ms Ward", "Dear Ms Ward,"],
    ["a salutation that ends with a comma", "Dear Ms Ward,", "Dear Ms Ward,"],
    ["a comma and spaces after it", "  Dear Ms Ward,  ", "Dear Ms Ward,"],
    ["an empty salutation", "", "Dear Sir or Madam,"],
    ["no salutation at all", null, "Dear Sir or Madam,"],
    ["German", "Sehr geehrte Frau Ward,", "Sehr geehrte Frau Ward,"],
    ["French", "Madame la Députée", "Madame la Députée,"],
    ["Russian, with its exclamation mark", "Уважаемая госпожа Уорд!", "Уважаемая госпожа Уорд!"],
    ["Spanish, with its colon", "Estimada Sra. Ward:", "Estimada Sra. Ward:"],
    ["Polish, with its comma", "Szanowna Pani Poseł,", "Szanowna Pani Poseł,"],
    ["Chinese, with a full-width colon", "尊敬的沃德女士：", "尊敬的沃德女士："],
  ])("greets once with %s", (_, salutation, expected) => {
    const text = invitationText(template, event, guest(salutation), LINK);
    expect(firstLine(text)).toBe(expected);
    expect(text).not.toMatch(/[,:!;]{2}|,,|[：！]，/);
  });

  it("previews exactly what is stored and then sent: the stored text with the guest's link", () => {
    for (const salutation of ["Dear Ms Ward,", "Dear Ms Ward", "", "Уважаемая госпожа Уорд!"]) {
      const g = guest(salutation);
      const stored = invitationText(template, event, g);
      expect(stored).toContain("{{rsvp_link}}");
      const preview = invitationText(template, event, g, LINK);
      expect(withLink(stored, LINK)).toBe(preview);
      expect(sentText(stored, template, event, g, LINK)).toBe(preview);
      expect(sentText(null, template, event, g, LINK)).toBe(preview);
    }
  });

  it("sends a text edited by hand as it was written, with the link put in", () => {
    expect(sentText("Dear Julie, come: {{rsvp_link}}.", template, event, guest("Dear Ms Ward,"), LINK)).toBe(`Dear Julie, come: ${LINK}.`);
  });

  it("keeps the template's own punctuation where the value has none, and an abbreviation's full stop before a comma", () => {
    const offered = { organization: "Organization", salutation: "Salutation" };
    expect(renderTemplate("{{organization}}, Brussels", { organization: "Acme Inc." }, offered)).toBe("Acme Inc., Brussels");
    expect(renderTemplate("Welcome to {{organization}}.", { organization: "Acme Inc." }, offered)).toBe("Welcome to Acme Inc.");
    expect(renderTemplate("{{salutation}}! Hello", { salutation: "Dear all," }, offered)).toBe("Dear all, Hello");
    expect(renderTemplate("{{salutation}}, hello", { salutation: "" }, offered)).toBe(", hello");
    expect(renderTemplate("{{unknown}},", {}, offered)).toBe("{{unknown}},");
  });

  it("renders appeal letters the same way", () => {
    const letter = personalize({ subject: "Concern", bodyMarkdown: "{{salutation}},\n\nWe write." }, { name: "Julie Ward", title: null, organization: null, postalAddress: null, salutation: "Dear Ms Ward," }, [], "4 July 2030");
    expect(letter.bodyMarkdown).toBe("Dear Ms Ward,\n\nWe write.");
  });
});
