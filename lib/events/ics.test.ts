import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine, locationOf, vtimezone, type IcsEvent } from "./ics";

const luxembourg: IcsEvent = {
  id: "6f1c2f4e-0000-4000-8000-000000000001",
  title: "Post-elections scenarios in Ukraine, Moldova and Kazakhstan",
  description: "Side-event at the 28th OSCE PA Annual Session; co-hosted with FIDU.\nRoom E.",
  startsAt: new Date("2019-07-04T10:30:00Z"),
  endsAt: new Date("2019-07-04T12:30:00Z"),
  allDay: false,
  timeZone: "Europe/Luxembourg",
  location: "Room E (Level 1), European Convention Centre, Luxembourg",
  url: null,
  status: "reported",
  version: 3,
  updatedAt: new Date("2019-07-05T08:00:00.123Z"),
};

const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("ICS", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"Ж".repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("writes the venue's zone, a matching VTIMEZONE, a UTC stamp and a stable UID", () => {
    const text = calendarFile([luxembourg]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("DTSTART;TZID=Europe/Luxembourg:20190704T123000");
    expect(lines).toContain("DTEND;TZID=Europe/Luxembourg:20190704T143000");
    expect(lines).toContain("DTSTAMP:20190705T080000Z");
    expect(lines).toContain(`UID:${luxembourg.id}@advocacy-desk`);
    expect(lines).toContain("SUMMARY:Post-elections scenarios in Ukraine\\, Moldova and Kazakhstan");
    expect(lines).toContain("DESCRIPTION:Side-event at the 28th OSCE PA Annual Session\\; co-hosted with FIDU.\\nRoom E.");
    expect(lines).toContain("TZID:Europe/Luxembourg");
    // Summer time 2019 began on 31 March at 02:00 local (+0100 → +0200), ended 27 October at 03:00.
    const tz = lines.slice(lines.indexOf("BEGIN:VTIMEZONE"), lines.indexOf("END:VTIMEZONE") + 1).join("\n");
    expect(tz).toContain("BEGIN:DAYLIGHT\nDTSTART:20190331T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT");
    expect(tz).toContain("BEGIN:STANDARD\nDTSTART:20191027T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD");
    // The same event gives the same UID every time; another export does not change it.
    expect(unfold(calendarFile([luxembourg]))).toBe(unfold(text));
  });

  it("gives a fixed-offset zone one observance and all-day events plain dates", () => {
    expect(vtimezone("Asia/Tokyo", [2026]).join("\n")).toBe(
      "BEGIN:VTIMEZONE\nTZID:Asia/Tokyo\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\nEND:STANDARD\nEND:VTIMEZONE",
    );
    expect(vtimezone("UTC", [2026]).join("\n")).toContain("TZOFFSETTO:+0000");
    const mission = {
      ...luxembourg,
      allDay: true,
      timeZone: "America/New_York",
      startsAt: new Date("2019-06-12T04:00:00Z"),
      endsAt: new Date("2019-06-15T04:00:00Z"),
    };
    const lines = unfold(calendarFile([mission])).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20190612");
    expect(lines).toContain("DTEND;VALUE=DATE:20190615");
    expect(lines).not.toContain("BEGIN:VTIMEZONE");
  });

  it("leaves out events whose date is not fixed", () => {
    const text = calendarFile([{ ...luxembourg, startsAt: null, endsAt: null }], { name: "Upcoming events" });
    expect(text).not.toContain("BEGIN:VEVENT");
    expect(text).toContain("X-WR-CALNAME:Upcoming events");
  });
});

// Calendar injection: whatever a title, description, place, link or zone holds (a row saved before
// the web-address rule included), the file has the same properties and one line per property.
describe("ICS injection", () => {
  const inject = "\r\nATTENDEE:mailto:evil@x";
  const KNOWN = /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|TZID|TZOFFSETFROM|TZOFFSETTO|UID|DTSTAMP|SEQUENCE|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|URL|STATUS)[;:]/;
  const hostile: IcsEvent = {
    ...luxembourg,
    title: `Briefing${inject}`,
    description: `Agenda\nEND:VEVENT\r\nBEGIN:VEVENT\rUID:forged${inject}\u2028ORGANIZER:x\u0085METHOD:CANCEL\u2029X\u000bY\u000cZ\u0000\u001b\u007f\u009b tab\there`,
    location: `Room E${inject}; Level 1, Luxembourg`,
    url: `https://meet.example/j/1${inject}`,
    timeZone: `Europe/Luxembourg${inject}`,
  };

  /** The file's lines, checked: octets, continuations, no stray CR, LF or control character. */
  function physicalLines(text: string): string[] {
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) {
      expect(line, JSON.stringify(line)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(KNOWN.test(line) || line.startsWith(" "), JSON.stringify(line)).toBe(true);
    }
    return lines;
  }
  const properties = (text: string) => unfold(text).slice(0, -2).split("\r\n");

  it("keeps injected line breaks inside the escaped TEXT values", () => {
    const text = calendarFile([hostile], { name: `Feed${inject}` });
    physicalLines(text);
    const lines = properties(text);
    expect(lines.filter((l) => l.startsWith("BEGIN:VEVENT"))).toHaveLength(1);
    expect(lines.filter((l) => /^(ATTENDEE|ORGANIZER|METHOD:CANCEL|UID:forged)/.test(l))).toEqual([]);
    expect(lines).toContain("SUMMARY:Briefing\\nATTENDEE:mailto:evil@x");
    expect(lines).toContain("LOCATION:Room E\\nATTENDEE:mailto:evil@x\\; Level 1\\, Luxembourg");
    expect(lines).toContain("X-WR-CALNAME:Feed\\nATTENDEE:mailto:evil@x");
    expect(lines).toContain(
      "DESCRIPTION:Agenda\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:forged\\nATTENDEE:mailto:evil@x\\nORGANIZER:x\\nMETHOD:CANCEL\\nX\\nY\\nZ tab\there",
    );
    // A zone that is not an IANA name is UTC: nothing of it reaches the TZID parameter.
    expect(lines).toContain("DTSTART;TZID=UTC:20190704T103000");
  });

  it("writes the URL only when it passes the web-address rule, unescaped", () => {
    const urlLines = (url: string | null) => properties(calendarFile([{ ...luxembourg, url }])).filter((l) => l.startsWith("URL"));
    // Rows saved before the rule: a line break, another scheme or credentials drop the URL.
    expect(urlLines(`https://meet.example/j/1${inject}`)).toEqual([]);
    expect(urlLines("https://meet.example/j/1\nX")).toEqual([]);
    expect(urlLines("https://meet.example/j/1\u2028X")).toEqual([]);
    expect(urlLines("javascript:alert(1)")).toEqual([]);
    expect(urlLines("https://user:pass@meet.example/")).toEqual([]);
    // A URI is not TEXT: commas and semicolons stay as they are; encoded line breaks stay encoded.
    expect(urlLines("https://meet.example/j/1?a=1,2;b=%0D%0A")).toEqual(["URL:https://meet.example/j/1?a=1,2;b=%0D%0A"]);
    expect(locationOf({ room: null, venue: null, city: null, country: null, onlineUrl: `https://meet.example/${inject}` })).toBe("");
    expect(locationOf({ room: null, venue: null, city: null, country: null, onlineUrl: "https://meet.example/j/1" })).toBe("https://meet.example/j/1");
  });

  it("the feed of many events with hostile rows still has one property per line", () => {
    const events = [luxembourg, hostile, { ...hostile, id: "6f1c2f4e-0000-4000-8000-000000000002", allDay: true }];
    const text = calendarFile(events, { name: "Advocacy Desk: upcoming events" });
    physicalLines(text);
    expect(properties(text).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3);
    expect(properties(text).filter((l) => l.startsWith("URL"))).toEqual([]);
  });

  it("drops control characters TEXT cannot carry and turns every line separator into \\n", () => {
    expect(escapeText("a\u2028b\u2029c\u0085d\u000be\u000cf")).toBe("a\\nb\\nc\\nd\\ne\\nf");
    expect(escapeText("a\u0000b\u0007c\u001bd\u007fe\u009bf\tg")).toBe("abcdef\tg");
  });

  it("folds Cyrillic and emoji at 75 octets without splitting a character", () => {
    const title = "Положение политических заключённых в Казахстане и Беларуси: доклад 🇰🇿🇧🇾 ".repeat(4).trim();
    const text = calendarFile([{ ...luxembourg, title, description: "Ж".repeat(300), location: "Алматы, ул. Абая, 10" }]);
    const lines = physicalLines(text);
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(5);
    // Every physical line is valid UTF-8 on its own: no multi-byte character was cut.
    const bytes = new TextEncoder().encode(text);
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
      const part = bytes.subarray(start, i);
      expect(part.length).toBeLessThanOrEqual(75);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(part)).not.toThrow();
      start = i + 2;
    }
    expect(properties(text)).toContain(`SUMMARY:${escapeText(title)}`);
    expect(properties(text)).toContain(`DESCRIPTION:${"Ж".repeat(300)}`);
    expect(properties(text)).toContain("LOCATION:Алматы\\, ул. Абая\\, 10");
  });
});
