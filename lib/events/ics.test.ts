import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine, vtimezone, type IcsEvent } from "./ics";

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
