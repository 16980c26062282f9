// Calendar dates people type into forms or carry in URLs ("2026-11-21", "2026-11"): one rule for
// every one of them. A date must be a real day between 1900-01-01 and 2100-12-31. Outside that,
// JavaScript dates, Intl formatting and PostgreSQL timestamps start to fail in different ways
// (year 10000 has no ISO form PostgreSQL reads), so nothing outside it reaches a query.
// - URL filter parameters: a wrong date is ignored (treated as absent); the page says so with
//   ignoredDateParams + <IgnoredDates>.
// - Forms: a wrong date is a field error.
// No "server-only": the forms' resolvers run these schemas in the browser too.
import { z } from "zod";

export const FIRST_DATE = "1900-01-01";
export const LAST_DATE = "2100-12-31";
export const DATE_FORMAT_MESSAGE = "Use a date like 2026-11-21.";
export const DATE_RANGE_MESSAGE = "Enter a date between 1900 and 2100.";
export const NO_SUCH_DAY_MESSAGE = "There is no such day: check the day and the month.";

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

export type DateCheck = "ok" | "malformed" | "no-such-day" | "out-of-range";

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month: the last of this one
  return d.getUTCDate();
}

/** What is wrong with a "YYYY-MM-DD" string, if anything. */
export function checkDate(value: string): DateCheck {
  const m = dayPattern.exec(value);
  if (!m) return "malformed";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "no-such-day";
  // Fixed width: comparing the strings compares the days.
  return value < FIRST_DATE || value > LAST_DATE ? "out-of-range" : "ok";
}

/** What is wrong with a "YYYY-MM" string, if anything. */
export function checkMonth(value: string): DateCheck {
  const m = monthPattern.exec(value);
  if (!m) return "malformed";
  const month = Number(m[2]);
  if (month < 1 || month > 12) return "malformed";
  return value < FIRST_DATE.slice(0, 7) || value > LAST_DATE.slice(0, 7) ? "out-of-range" : "ok";
}

export const isDate = (value: string) => checkDate(value) === "ok";
export const isMonth = (value: string) => checkMonth(value) === "ok";

// ---------------------------------------------------------------- URL parameters

/** `?from=2026-01-01`: the day, or "" when absent, malformed, not a real day or out of range. */
export const dateParam = z.string().trim().refine(isDate).catch("");

/** The same, undefined rather than "" when there is no usable day. */
export const optionalDateParam = dateParam.transform((v) => v || undefined);

/** `?month=2026-12`: the month, or "" when absent, malformed or out of range. */
export const monthParam = z.string().trim().refine(isMonth).catch("");

type RawParams = Record<string, string | string[] | undefined>;

/**
 * The labels of the date parameters the URL gives but the page ignores (dateParam turned them
 * into ""), for the note that says so: `ignoredDateParams(raw, { from: "From", to: "To" })`.
 */
export function ignoredDateParams(raw: RawParams, labels: Record<string, string>, kind: "date" | "month" = "date"): string[] {
  const check = kind === "month" ? checkMonth : checkDate;
  return Object.entries(labels)
    .filter(([key]) => {
      const value = raw[key];
      if (value === undefined) return false;
      if (Array.isArray(value)) return value.some((v) => v.trim() !== "");
      return value.trim() !== "" && check(value.trim()) !== "ok";
    })
    .map(([, label]) => label);
}

// ---------------------------------------------------------------- forms

function dateIssue(value: string, formatMessage: string): string | null {
  switch (checkDate(value)) {
    case "ok":
      return null;
    case "malformed":
      return formatMessage;
    case "no-such-day":
      return NO_SUCH_DAY_MESSAGE;
    case "out-of-range":
      return DATE_RANGE_MESSAGE;
  }
}

/** A required date field ("" is an error, with `formatMessage`). */
export const formDate = (formatMessage = DATE_FORMAT_MESSAGE) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const message = dateIssue(v, formatMessage);
      if (message) ctx.addIssue({ code: "custom", message });
    });

/** An optional date field: "" → null. */
export const optionalFormDate = (formatMessage = DATE_FORMAT_MESSAGE) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const message = v === "" ? null : dateIssue(v, formatMessage);
      if (message) ctx.addIssue({ code: "custom", message });
    })
    .transform((v) => (v === "" ? null : v));

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A required datetime-local field ("2026-11-21T14:30"), its day in the same range. */
export const formDateTime = (formatMessage: string) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const m = dateTimePattern.exec(v);
      const message = m ? dateIssue(m[1], formatMessage) : formatMessage;
      if (message) ctx.addIssue({ code: "custom", message });
    });
