import { describe, expect, it } from "vitest";
import { fieldsIn, renderTemplate, unknownFields } from "./merge-fields";

const offered = { salutation: "Salutation", recipient_name: "Recipient's name", date: "Date" };

describe("merge fields", () => {
  const template = "{{salutation}},\n\nWe write to you, {{ recipient_name }}, on {{date}}. {{salutaton}} {{salutation}}";

  it("lists the fields a template uses, once each, and the ones nobody offers", () => {
    expect(fieldsIn(template)).toEqual(["salutation", "recipient_name", "date", "salutaton"]);
    expect(unknownFields(template, offered)).toEqual(["salutaton"]);
  });

  it("fills offered fields, empties missing values and leaves unknown fields visible", () => {
    const text = renderTemplate(template, { salutation: "Dear Minister", recipient_name: " Azamat Yeskarayev ", date: undefined }, offered);
    expect(text).toBe("Dear Minister,\n\nWe write to you, Azamat Yeskarayev, on . {{salutaton}} Dear Minister");
  });

  it("does not treat text that merely looks like a field as one", () => {
    expect(renderTemplate("{{ Salutation }} {salutation} {{sal-utation}}", { salutation: "X" }, offered)).toBe("{{ Salutation }} {salutation} {{sal-utation}}");
  });
});
