// The dashboard's URL parameters and the range they stand for. No "server-only": the page, the
// filter form and the CSV route read them too.
import { z } from "zod";
import { parliamentaryBodies, type ParliamentaryBody } from "@/lib/contacts/schema";
import { dateParam } from "@/lib/dates";

/** Anything unexpected falls back to the default: a bookmarked URL never breaks the page. */
export const dashboardSchema = z.object({
  campaign: z.uuid().or(z.literal("")).catch(""),
  from: dateParam,
  to: dateParam,
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).or(z.literal("")).catch(""),
  body: z.enum([...parliamentaryBodies, "all"]).catch("all"),
  /** "not contacted in N months" */
  months: z.coerce.number().int().min(1).max(120).catch(6),
});
export type DashboardParams = z.output<typeof dashboardSchema>;

/** The parameters with the range settled: both ends set, in order. */
export type DashboardFilters = Omit<DashboardParams, "from" | "to"> & { from: string; to: string };

export const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Default range: the last 12 months, from the first day of the month eleven months back to today,
 * so the monthly charts show twelve whole buckets. Reversed ends are swapped.
 */
export function resolveFilters(params: DashboardParams, now = new Date()): DashboardFilters {
  const today = now.toISOString().slice(0, 10);
  const to = params.to || (params.from && params.from > today ? params.from : today);
  const start = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 12, 1));
  const from = params.from || start.toISOString().slice(0, 10);
  return from <= to ? { ...params, from, to } : { ...params, from: to, to: from };
}

/** The event forum that is a parliamentary body's own (the events list filters by forum). */
export const bodyForum: Record<ParliamentaryBody, "european_parliament" | "pace_session" | "osce_pa_session" | "national_parliament"> = {
  european_parliament: "european_parliament",
  pace: "pace_session",
  osce_pa: "osce_pa_session",
  national_parliament: "national_parliament",
};

/** The figures that download as CSV: /dashboard/export/<figure>?<filters>. */
export const dashboardFigures = [
  "summary",
  "appeals-per-month",
  "events-per-month",
  "letters",
  "top-contacts",
  "top-bodies",
  "cases-by-status",
  "cases-by-country",
] as const;
export type DashboardFigure = (typeof dashboardFigures)[number];
