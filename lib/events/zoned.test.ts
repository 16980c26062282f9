import { afterAll, describe, expect, it } from "vitest";
import { vtimezone } from "./ics";
import { offsetMinutes, resolveZone, todayIn, wallClock, wallParts, zonedTimeToInstant } from "./zoned";

// Pins the results the zone arithmetic gave before it moved onto @date-fns/tz: wall clock →
// instant around daylight-saving changes (a time that does not exist, a time that happens twice),
// and instant → wall clock, offset and date, in EU and US zones, a zone that moved its offset
// (Almaty, +6 → +5 on 1 March 2024), UTC and an alias. None of it may depend on the server's own
// zone, so every pin is checked under several values of TZ.

const toInstant: Array<[local: string, zone: string, instant: string]> = [
  // Brussels, spring forward (29 March 2026, 02:00 → 03:00): 02:30 does not exist and is read
  // with the offset before the change, i.e. 03:30 CEST.
  ["2026-03-29T01:59", "Europe/Brussels", "2026-03-29T00:59:00.000Z"],
  ["2026-03-29T02:00", "Europe/Brussels", "2026-03-29T01:00:00.000Z"],
  ["2026-03-29T02:30", "Europe/Brussels", "2026-03-29T01:30:00.000Z"],
  ["2026-03-29T03:00", "Europe/Brussels", "2026-03-29T01:00:00.000Z"],
  // Brussels, fall back (25 October 2026, 03:00 → 02:00): 02:30 happens twice; the second (CET).
  ["2026-10-25T01:59", "Europe/Brussels", "2026-10-24T23:59:00.000Z"],
  ["2026-10-25T02:00", "Europe/Brussels", "2026-10-25T01:00:00.000Z"],
  ["2026-10-25T02:30", "Europe/Brussels", "2026-10-25T01:30:00.000Z"],
  ["2026-10-25T03:00", "Europe/Brussels", "2026-10-25T02:00:00.000Z"],
  ["2026-07-01T12:00:45", "Europe/Brussels", "2026-07-01T10:00:45.000Z"],
  // New York: the missing 02:30 of 8 March is read as 01:30 EST; the repeated 01:30 of 1 November is the first (EDT).
  ["2026-03-08T02:30", "America/New_York", "2026-03-08T06:30:00.000Z"],
  ["2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00.000Z"],
  ["2026-07-01T12:00", "America/New_York", "2026-07-01T16:00:00.000Z"],
  // Almaty: +6 until 29 February 2024 18:00 UTC, +5 since (23:00–24:00 on the 29th happens twice).
  ["2024-02-29T12:00", "Asia/Almaty", "2024-02-29T06:00:00.000Z"],
  ["2024-02-29T23:30", "Asia/Almaty", "2024-02-29T18:30:00.000Z"],
  ["2024-03-01T12:00", "Asia/Almaty", "2024-03-01T07:00:00.000Z"],
  ["2026-01-01T12:00", "Asia/Almaty", "2026-01-01T07:00:00.000Z"],
  ["2026-03-29T02:30", "UTC", "2026-03-29T02:30:00.000Z"],
  // Half-hour zones: Lord Howe moves by 30 minutes, St John's is 3½ hours behind UTC.
  ["2026-10-04T02:15", "Australia/Lord_Howe", "2026-10-03T15:45:00.000Z"],
  ["2026-04-05T01:45", "Australia/Lord_Howe", "2026-04-04T15:15:00.000Z"],
  ["2026-03-08T02:30", "America/St_Johns", "2026-03-08T05:00:00.000Z"],
  ["2026-11-01T01:30", "America/St_Johns", "2026-11-01T04:00:00.000Z"],
];

const instants = ["2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2024-02-29T17:59:00Z", "2024-02-29T18:00:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"];

/** [date, time, offset in minutes] for each of `instants`. */
const wall: Record<string, Array<[string, string, number]>> = {
  "Europe/Brussels": [
    ["2026-03-29", "01:59", 60], ["2026-03-29", "03:00", 120], ["2026-10-25", "02:30", 120], ["2026-10-25", "02:30", 60],
    ["2024-02-29", "18:59", 60], ["2024-02-29", "19:00", 60], ["2026-11-01", "06:30", 60], ["2026-11-01", "07:30", 60],
  ],
  "Asia/Almaty": [
    ["2026-03-29", "05:59", 300], ["2026-03-29", "06:00", 300], ["2026-10-25", "05:30", 300], ["2026-10-25", "06:30", 300],
    ["2024-02-29", "23:59", 360], ["2024-02-29", "23:00", 300], ["2026-11-01", "10:30", 300], ["2026-11-01", "11:30", 300],
  ],
  "America/New_York": [
    ["2026-03-28", "20:59", -240], ["2026-03-28", "21:00", -240], ["2026-10-24", "20:30", -240], ["2026-10-24", "21:30", -240],
    ["2024-02-29", "12:59", -300], ["2024-02-29", "13:00", -300], ["2026-11-01", "01:30", -240], ["2026-11-01", "01:30", -300],
  ],
  UTC: [
    ["2026-03-29", "00:59", 0], ["2026-03-29", "01:00", 0], ["2026-10-25", "00:30", 0], ["2026-10-25", "01:30", 0],
    ["2024-02-29", "17:59", 0], ["2024-02-29", "18:00", 0], ["2026-11-01", "05:30", 0], ["2026-11-01", "06:30", 0],
  ],
  // Strasbourg keeps Paris time, which is Brussels time.
  "Europe/Strasbourg": [
    ["2026-03-29", "01:59", 60], ["2026-03-29", "03:00", 120], ["2026-10-25", "02:30", 120], ["2026-10-25", "02:30", 60],
    ["2024-02-29", "18:59", 60], ["2024-02-29", "19:00", 60], ["2026-11-01", "06:30", 60], ["2026-11-01", "07:30", 60],
  ],
};

const serverZones = ["UTC", "Europe/Brussels", "America/New_York", "Asia/Kolkata"];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(serverZones)("zone arithmetic with the server in %s", (serverZone) => {
  it("runs in that zone", () => {
    process.env.TZ = serverZone;
    // Node applies a change of TZ at once; the pins below would prove nothing if it did not.
    const expected = { UTC: 0, "Europe/Brussels": -120, "America/New_York": 240, "Asia/Kolkata": -330 }[serverZone];
    expect(new Date("2026-07-01T12:00:00Z").getTimezoneOffset()).toBe(expected);
  });

  it.each(toInstant)("reads %s in %s as %s", (local, zone, instant) => {
    process.env.TZ = serverZone;
    expect(zonedTimeToInstant(local, zone).toISOString()).toBe(instant);
  });

  it("refuses a zone Intl does not know, aliases included (forms resolve those first)", () => {
    process.env.TZ = serverZone;
    expect(() => zonedTimeToInstant("2026-07-01T12:00", "Europe/Strasbourg")).toThrow(new RangeError("Invalid time zone specified: Europe/Strasbourg"));
    expect(() => zonedTimeToInstant("2026-07-01T12:00", "Not/AZone")).toThrow(RangeError);
  });

  it.each(Object.entries(wall))("gives the wall clock, offset and date in %s", (zone, expected) => {
    process.env.TZ = serverZone;
    instants.forEach((iso, i) => {
      const instant = new Date(iso);
      const [date, time, offset] = expected[i];
      expect({ iso, ...wallClock(instant, zone), offset: offsetMinutes(instant, zone), today: todayIn(zone, instant) }).toEqual({ iso, date, time, offset, today: date });
    });
  });

  it("resolves aliases and falls back to UTC for an unknown zone", () => {
    process.env.TZ = serverZone;
    expect(resolveZone("Europe/Strasbourg")).toBe("Europe/Paris");
    expect(resolveZone("Europe/Geneva")).toBe("Europe/Zurich");
    expect(resolveZone("Not/AZone")).toBe("UTC");
    const instant = new Date("2026-10-25T00:30:00Z");
    expect(wallClock(instant, "Europe/Geneva")).toEqual({ date: "2026-10-25", time: "02:30" });
    expect(wallClock(instant, "Not/AZone")).toEqual({ date: "2026-10-25", time: "00:30" });
    expect(offsetMinutes(instant, "Not/AZone")).toBe(0);
    expect(wallParts(new Date("2026-07-01T23:59:59.999Z"), "Europe/Brussels")).toEqual({ year: 2026, month: 7, day: 2, hour: 1, minute: 59, second: 59 });
    expect(wallParts(new Date("2026-12-31T23:00:00Z"), "Europe/Brussels")).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  });

  it("turns a wall clock into an instant and back", () => {
    process.env.TZ = serverZone;
    for (const [local, zone] of toInstant) {
      const round = wallClock(zonedTimeToInstant(local, zone), zone);
      // A time that does not exist comes back an hour (Lord Howe: half an hour) off; any other as it was.
      const missing = ["2026-03-29T02:00 Europe/Brussels", "2026-03-29T02:30 Europe/Brussels", "2026-03-08T02:30 America/New_York", "2026-10-04T02:15 Australia/Lord_Howe", "2026-03-08T02:30 America/St_Johns"];
      if (!missing.includes(`${local} ${zone}`)) expect(`${round.date}T${round.time}`).toBe(local.slice(0, 16));
    }
  });
});

// The calendar files' VTIMEZONE is built on offsetMinutes: the onsets are to the minute, half-hour
// zones included (St John's changes at 05:30 and 04:30 UTC, Lord Howe by 30 minutes).
describe("VTIMEZONE from the zone arithmetic", () => {
  const observance = (type: string, start: string, from: string, to: string) => [`BEGIN:${type}`, `DTSTART:${start}`, `TZOFFSETFROM:${from}`, `TZOFFSETTO:${to}`, `END:${type}`];
  it.each([
    ["Europe/Brussels", [observance("STANDARD", "20251026T030000", "+0200", "+0100"), observance("DAYLIGHT", "20260329T020000", "+0100", "+0200"), observance("STANDARD", "20261025T030000", "+0200", "+0100")]],
    ["America/St_Johns", [observance("STANDARD", "20251102T020000", "-0230", "-0330"), observance("DAYLIGHT", "20260308T020000", "-0330", "-0230"), observance("STANDARD", "20261101T020000", "-0230", "-0330")]],
    ["Australia/Lord_Howe", [observance("DAYLIGHT", "20251005T020000", "+1030", "+1100"), observance("STANDARD", "20260405T020000", "+1100", "+1030"), observance("DAYLIGHT", "20261004T020000", "+1030", "+1100")]],
    ["Asia/Almaty", [observance("STANDARD", "19700101T000000", "+0500", "+0500")]],
  ])("%s in 2026", (zone, observances) => {
    expect(vtimezone(zone, [2026])).toEqual(["BEGIN:VTIMEZONE", `TZID:${zone}`, ...observances.flat(), "END:VTIMEZONE"]);
  });
});
