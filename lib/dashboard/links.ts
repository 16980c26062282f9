// Where each figure leads: the list behind it with the dashboard's filters, in the list's own URL
// parameters. Where a list lacks a filter (appeals have no date range, country or body; cases no
// body), the link carries what the list has — the figure's note says so.
import type { AppealStatus } from "@/lib/appeals/schema";
import type { CaseStatus } from "@/lib/cases/schema";
import type { ParliamentaryBody } from "@/lib/contacts/schema";
import { hrefWith } from "@/lib/url";
import { addDays, bodyForum, type DashboardFilters } from "./schema";

export function dashboardLinks(f: DashboardFilters) {
  const campaign = f.campaign || null;
  const forum = f.body === "all" ? null : bodyForum[f.body];
  const body = f.body === "all" ? null : f.body;
  const events = (when: "all" | "past" | "upcoming", from = f.from, to = f.to) =>
    hrefWith("/events", {}, { when, from, to, campaign, country: f.country, forum });
  return {
    appeals: (status?: AppealStatus) => hrefWith("/appeals", {}, { status, campaign }),
    events,
    /** one month of the range: its first to last day, clipped to the range */
    eventsInMonth: (month: string, when: "past" | "upcoming" | "all" = "all") => {
      const first = `${month}-01`;
      const last = addDays(`${addDays(`${month}-28`, 7).slice(0, 7)}-01`, -1);
      return events(when, first > f.from ? first : f.from, last < f.to ? last : f.to);
    },
    letters: () => hrefWith("/letters", {}, { status: "open", campaign, body }),
    letter: (id: string) => `/letters/${id}`,
    cases: (o: { status?: CaseStatus; country?: string | null } = {}) =>
      hrefWith("/cases", {}, { status: o.status, country: o.country ?? f.country, campaign }),
    contacts: (b: ParliamentaryBody | null = body) => hrefWith("/contacts", {}, { body: b, country: f.country }),
    contact: (id: string) => `/contacts/${id}`,
    csv: (figure: string) =>
      hrefWith(`/dashboard/export/${figure}`, {}, { campaign, from: f.from, to: f.to, country: f.country, body, months: f.months }),
  };
}
export type DashboardLinks = ReturnType<typeof dashboardLinks>;
