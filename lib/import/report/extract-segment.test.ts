// Stage 1, segmentation: headings in the languages read, "Copies" sections, a letter's address
// block before its greeting, the sender's blocks left out, pipe tables, two letters on one page.
import { describe, expect, it } from "vitest";
import { findSections, headingOf, segment } from "./extract-segment";
import { normalizeText } from "./extract-text";

const modes = (text: string) => segment(text).sections.map((s) => [s.mode, s.items.map((i) => i.lines.join(" / "))]);

describe("headingOf", () => {
  it.each([
    ["Please send appeals to:", false],
    ["Contact these officials:", false],
    ["Addresses", false],
    ["Copies to:", true],
    ["cc: Mr Charles Michel, President of the European Council", true],
    ["COPY:", true],
    ["Адреса для обращений:", false],
    ["Копия:", true],
    ["ENVÍEN LLAMAMIENTOS ANTES DEL 9 DE OCTUBRE DE 2020 A:", false],
    ["Y copia a:", true],
    ["C.c.p.: Dra. Julissa Mantilla", true],
    ["Inviare appelli a:", false],
    ["p.c.", true],
    ["Skriv till:", false],
    ["Kopia till:", true],
    ["Prosimy o wysyłanie apeli do:", false],
    ["Do wiadomości:", true],
    ["Lütfen aşağıdaki adreslere yazın:", false],
    ["Kopya:", true],
    ["以下の宛先に手紙を送ってください。", false],
    ["▼写し", true],
  ])("reads %s as a heading (copies: %s)", (line, copies) => {
    expect(headingOf(normalizeText(line))).toMatchObject({ copies });
  });

  it("keeps labels, deadlines and the sender's own address out", () => {
    expect(headingOf("E-mail: gp@prokuror.kz")).toBeNull();
    expect(headingOf("Apele można wysyłać do 20 kwietnia 2023 r.")).toBeNull();
    expect(headingOf("Questions about the campaign? Write to our campaigns team: w4r@example.org")).toBeNull();
  });
});

describe("findSections", () => {
  it("reads the block before a greeting as the letter's addressee, past the subject line", () => {
    const text = "Minister of Justice\nJan Kowalski\n1 Main Street, Warsaw\n\nRe: detention of Ms X\n\nDear Minister,\nWe are concerned.";
    expect(modes(text)).toEqual([
      ["outside", ["Re: detention of Ms X"]],
      ["letter", ["Minister of Justice / Jan Kowalski / 1 Main Street, Warsaw"]],
      ["outside", ["We are concerned."]],
    ]);
  });

  it("marks a Copies section and leaves the e-mail header and the footer out", () => {
    const text = [
      "From: List <list@example.org>", "To: list@example.org", "",
      "Copies to: the Ministry of Justice, the Parliament", "",
      "© 2024 Example. All rights reserved.", "Example NGO, 1 Road, London, info@example.org",
    ].join("\n");
    expect(modes(text)).toEqual([["copies", ["the Ministry of Justice, the Parliament"]]]);
  });

  it("makes each row of a pipe table an item and drops its header row", () => {
    const lines = ["Write to:", "Who | Position | E-mail", "A B | Minister | a@b.by", "C D | Chair | c@d.by"];
    expect(findSections(lines)[0].items.map((i) => i.lines)).toEqual([["A B | Minister | a@b.by"], ["C D | Chair | c@d.by"]]);
  });

  it("reads a second letter after a separator, even after the first one's signature", () => {
    const letter = (n: string) => `Minister ${n}\nJan ${n}owski\n1 Street, Warsaw\n\nDear Minister,\nText.\n\nSincerely,\nAnna`;
    const sections = modes(`${letter("A")}\n\n* * *\n\n${letter("B")}`).filter(([m]) => m === "letter");
    expect(sections).toHaveLength(2);
  });

  it("finds the sender's domains and phones in laid-out headers and footers", () => {
    const own = segment("Open Dialog Foundation              www.odfoundation.eu\nText\nTel: +33 1 43 55 25 18 · fidh@fidh.org          29").own;
    expect([...own.domains].sort()).toEqual(["fidh.org", "odfoundation.eu"]);
    expect([...own.phones]).toEqual(["33143552518"]);
  });
});
