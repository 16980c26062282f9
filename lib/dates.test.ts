import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appealListSchema, dispatchSchema } from "@/lib/appeals/schema";
import { auditListSchema } from "@/lib/audit/queries";
import { caseFormSchema } from "@/lib/cases/schema";
import { activityFormSchema, contactListSchema } from "@/lib/contacts/schema";
import { dashboardSchema } from "@/lib/dashboard/schema";
import { calendarSchema, eventFormSchema, eventListSchema, taskFormSchema } from "@/lib/events/schema";
import {
  checkDate,
  checkMonth,
  DATE_FORMAT_MESSAGE,
  DATE_RANGE_MESSAGE,
  dateParam,
  formDate,
  formDateTime,
  ignoredDateParams,
  monthParam,
  NO_SUCH_DAY_MESSAGE,
  optionalDateParam,
  optionalFormDate,
} from "./dates";

describe("checkDate and checkMonth", () => {
  it("accepts real days from 1900-01-01 to 2100-12-31", () => {
    for (const d of ["1900-01-01", "2026-11-21", "2024-02-29", "2000-02-29", "2100-12-31"]) expect(checkDate(d), d).toBe("ok");
  });

  it("tells a day outside the range from one that does not exist or is not a date", () => {
    for (const d of ["9999-12-31", "0001-01-01", "1899-12-31", "2101-01-01", "0000-01-01"]) expect(checkDate(d), d).toBe("out-of-range");
    for (const d of ["2024-02-30", "2023-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00"]) expect(checkDate(d), d).toBe("no-such-day");
    for (const d of ["", "2026-1-1", "+010000-01-01", "20261121", "2026-11-21T00:00", " 2026-11-21", "2026-11-21x", "tomorrow"]) expect(checkDate(d), d).toBe("malformed");
  });

  it("months: YYYY-MM between 1900-01 and 2100-12", () => {
    for (const m of ["1900-01", "2026-12", "2100-12"]) expect(checkMonth(m), m).toBe("ok");
    for (const m of ["9999-12", "0001-01", "1899-12", "2101-01"]) expect(checkMonth(m), m).toBe("out-of-range");
    for (const m of ["2026-13", "2026-00", "2026-1", "", "2026-12-01", "+10000-01"]) expect(checkMonth(m), m).toBe("malformed");
  });
});

describe("URL parameters: a wrong date is ignored", () => {
  it("dateParam keeps a good day and turns anything else into an empty string", () => {
    expect(dateParam.parse("2026-11-21")).toBe("2026-11-21");
    expect(dateParam.parse(" 2026-11-21 ")).toBe("2026-11-21");
    for (const v of ["9999-12-31", "0001-01-01", "2024-02-30", "x", "", undefined, ["2026-01-01", "2026-02-01"], 5]) expect(dateParam.parse(v)).toBe("");
  });

  it("optionalDateParam gives undefined instead of an empty string", () => {
    expect(optionalDateParam.parse("2026-11-21")).toBe("2026-11-21");
    expect(optionalDateParam.parse("9999-12-31")).toBeUndefined();
    expect(optionalDateParam.parse(undefined)).toBeUndefined();
  });

  it("monthParam the same for months", () => {
    expect(monthParam.parse("2026-12")).toBe("2026-12");
    for (const v of ["9999-12", "0001-01", "2026-13", undefined]) expect(monthParam.parse(v)).toBe("");
  });

  it("every list of the app reads its dates with it", () => {
    const bad = { from: "0001-01-01", to: "9999-12-31" };
    for (const schema of [dashboardSchema, appealListSchema, eventListSchema]) expect(schema.parse(bad)).toMatchObject({ from: "", to: "" });
    expect(auditListSchema.parse(bad)).toMatchObject({ from: undefined, to: undefined });
    expect(contactListSchema.parse({ notContactedSince: "2024-02-30" }).notContactedSince).toBe("");
    expect(calendarSchema.parse({ month: "9999-12" }).month).toBe("");
    expect(dashboardSchema.parse({ from: "2026-01-01", to: "2026-06-30" })).toMatchObject({ from: "2026-01-01", to: "2026-06-30" });
  });

  it("ignoredDateParams names the given, unusable ones for the page's note", () => {
    const labels = { from: "From", to: "To" };
    expect(ignoredDateParams({ to: "9999-12-31" }, labels)).toEqual(["To"]);
    expect(ignoredDateParams({ from: "0001-01-01", to: "2024-02-30" }, labels)).toEqual(["From", "To"]);
    expect(ignoredDateParams({ from: "2026-01-01", to: "" }, labels)).toEqual([]);
    expect(ignoredDateParams({}, labels)).toEqual([]);
    expect(ignoredDateParams({ to: ["2026-01-01", "2026-02-01"] }, labels)).toEqual(["To"]);
    expect(ignoredDateParams({ month: "9999-12" }, { month: "Month" }, "month")).toEqual(["Month"]);
    expect(ignoredDateParams({ month: "2026-12" }, { month: "Month" }, "month")).toEqual([]);
  });
});

describe("forms: a wrong date is a field error", () => {
  const messages = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("formDate: the range message outside 1900–2100, the format message for anything else", () => {
    const field = formDate("Give the date, like 2026-11-21.");
    expect(field.parse("2026-11-21")).toBe("2026-11-21");
    expect(messages(field, "9999-12-31")).toEqual([DATE_RANGE_MESSAGE]);
    expect(messages(field, "1899-12-31")).toEqual([DATE_RANGE_MESSAGE]);
    expect(messages(field, "2024-02-30")).toEqual([NO_SUCH_DAY_MESSAGE]);
    expect(messages(field, "")).toEqual(["Give the date, like 2026-11-21."]);
    expect(messages(field, "21/11/2026")).toEqual(["Give the date, like 2026-11-21."]);
  });

  it("optionalFormDate: empty is null", () => {
    const field = optionalFormDate();
    expect(field.parse("")).toBeNull();
    expect(field.parse("2100-12-31")).toBe("2100-12-31");
    expect(messages(field, "9999-12-31")).toEqual([DATE_RANGE_MESSAGE]);
    expect(messages(field, "soon")).toEqual([DATE_FORMAT_MESSAGE]);
  });

  it("formDateTime checks the day of a datetime-local value", () => {
    const field = formDateTime("Give the date and time it happened.");
    expect(field.parse("2026-11-21T14:30")).toBe("2026-11-21T14:30");
    expect(messages(field, "9999-12-31T23:59")).toEqual([DATE_RANGE_MESSAGE]);
    expect(messages(field, "2026-11-21T25:00")).toEqual(["Give the date and time it happened."]);
  });

  it("the app's forms give the range message on their date fields", () => {
    const pathOf = (schema: z.ZodType, value: unknown) => {
      const result = schema.safeParse(value);
      return result.success ? [] : result.error.issues.filter((i) => i.message === DATE_RANGE_MESSAGE).map((i) => i.path.join("."));
    };
    const event = { kind: "side_event", forum: "other", title: "Side event", description: "", startDate: "9999-12-31", startTime: "", endDate: "", endTime: "", allDay: true, timeZone: "Europe/Brussels", venue: "", room: "", city: "", country: "", onlineUrl: "", capacity: "", coordinatorId: "", campaignId: "", caseIds: [] };
    expect(pathOf(eventFormSchema, event)).toEqual(["startDate"]);
    expect(pathOf(taskFormSchema, { title: "Book room", category: "other", ownerId: "", dueOn: "0001-01-01", notes: "" })).toEqual(["dueOn"]);
    expect(pathOf(caseFormSchema, { statusSince: "1800-01-01" })).toContain("statusSince");
    expect(pathOf(activityFormSchema, { kind: "call", occurredAt: "9999-12-31T10:00", timeZone: "UTC", subject: "Call", body: "" })).toEqual(["occurredAt"]);
    expect(pathOf(dispatchSchema, { sentOn: "9999-12-31" })).toContain("sentOn");
  });
});
