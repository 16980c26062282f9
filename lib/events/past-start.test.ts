import { describe, expect, it } from "vitest";
import { startsInPast } from "./past-start";

// 2026-03-10 09:00 UTC = 10:00 in Brussels, 05:00 in New York.
const now = new Date("2026-03-10T09:00:00Z");
const at = (startDate: string, startTime = "", timeZone = "Europe/Brussels", allDay = false) => startsInPast({ startDate, startTime, allDay, timeZone }, now);

describe("startsInPast", () => {
  it("compares a start time with now at the venue", () => {
    expect(at("2026-03-10", "09:30")).toBe(true);
    expect(at("2026-03-10", "10:30")).toBe(false);
    expect(at("2026-03-10", "04:30", "America/New_York")).toBe(true);
    expect(at("2026-03-10", "05:30", "America/New_York")).toBe(false);
  });

  it("counts a day without a time as past only once the day is over there", () => {
    expect(at("2026-03-09")).toBe(true);
    expect(at("2026-03-10")).toBe(false);
    expect(at("2026-03-09", "", "Europe/Brussels", true)).toBe(true);
    expect(at("2026-03-10", "08:00", "Europe/Brussels", true)).toBe(false);
  });

  it("says nothing about a date not yet fixed or half typed", () => {
    expect(at("")).toBe(false);
    expect(at("2026-03")).toBe(false);
  });

  it("falls back to UTC while the zone is being typed", () => {
    expect(at("2026-03-10", "08:30", "Europe/Bru")).toBe(true);
    expect(at("2026-03-10", "09:30", "Europe/Bru")).toBe(false);
  });
});
