// Stage 4, locating: every value's span in the text as given, and the fields to check.
import { describe, expect, it } from "vitest";
import { extractContacts } from "./extract-contacts";

describe("spans and unsure fields", () => {
  const text = [
    "Please send appeals to:",
    "",
    "Prosecutor General",
    "Kamran  Aliyev",
    "7 Nigar Rafibeyli Street,\u00a0Baku AZ1005",
    "Tel: +994 12 498 23 73 / 74",
    "E-mail: office@genprosecutor.gov.az",
  ].join("\r\n");
  const [c] = extractContacts(text);
  const at = (field: keyof typeof c.spans) => (c.spans[field] ?? []).map((s) => text.slice(s.start, s.end));

  it("points each value at the words it was read from, in the text as given", () => {
    expect(at("name")).toEqual(["Kamran  Aliyev"]);
    expect(at("title")).toEqual(["Prosecutor General"]);
    expect(at("emails")).toEqual(["office@genprosecutor.gov.az"]);
    expect(at("address")).toEqual(["7 Nigar Rafibeyli Street", "Baku AZ1005"]);
    expect(at("phones")).toEqual(["+994 12 498 23 73"]);
  });

  it("marks a value that is not in the text as written, and a head of no known shape", () => {
    expect(c.phones).toEqual(["+994 12 498 23 73", "+994 12 498 23 74"]);
    expect(c.unsure).toContain("phones");
    expect(c.unsure).not.toContain("name");
    const [odd] = extractContacts("Contacts:\nCall-центр, tel. +7 7172 74 07 96");
    expect(odd.unsure).toContain("organization");
  });

  it("takes entries in document order, so a repeated title points at its own entry", () => {
    const two = extractContacts("Write to:\nMinister of Justice\nAnna Nowak\nanna@ms.gov.pl\n\nMinister of Justice\nJan Lis\njan@ms.gov.pl");
    const starts = two.map((e) => e.spans.title?.[0].start);
    expect(starts[0]).toBeLessThan(starts[1] ?? 0);
  });
});

describe("spans over the appeal corpus", () => {
  it("stay inside the text and read the value itself wherever the value is not marked unsure", async () => {
    const { readCorpus } = await import("./corpus");
    const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
    for (const { file, text } of readCorpus()) {
      for (const c of extractContacts(text)) {
        for (const [field, spans] of Object.entries(c.spans)) {
          for (const s of spans ?? []) expect(0 <= s.start && s.start < s.end && s.end <= text.length, `${file} ${field}`).toBe(true);
        }
        for (const field of ["name", "emails"] as const) {
          const values = field === "name" ? [c.name].filter(Boolean) : c.emails;
          if (c.unsure.includes(field)) continue;
          const read = (c.spans[field] ?? []).map((s) => fold(text.slice(s.start, s.end)));
          expect(read, `${file} ${field}`).toEqual(values.map(fold));
        }
      }
    }
  });
});
