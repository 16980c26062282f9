// Where each figure leads: the list behind it with exactly the filters the figure counts, in the
// list's own URL parameters, so the list's total is the figure (links.test.ts holds them to it).
import type { AppealStatus, AppealStatusFilter } from "@/lib/appeals/schema";
import type { CaseStatus } from "@/lib/cases/schema";
import type { ParliamentaryBody } from "@/lib/contacts/schema";
import { hrefWith } from "@/lib/url";
import { addDays, bodyForum, type DashboardFilters } from "./schema";

type AppealLink = { status?: AppealStatusFilter; dated?: "created" | "sent"; from?: string; to?: string; replied?: "yes" };

export function dashboardLinks(f: DashboardFilters) {
  const campaign = f.campaign || null;
  const forum = f.body === "all" ? null : bodyForum[f.body];
  const body = f.body === "all" ? null : f.body;
  /** One month of the range: its first to last day, clipped to the range. */
  const monthOf = (month: string) => {
    const first = `${month}-01`;
    const last = addDays(`${addDays(`${month}-28`, 7).slice(0, 7)}-01`, -1);
    return { from: first > f.from ? first : f.from, to: last < f.to ? last : f.to };
  };
  const events = (when: "all" | "past" | "upcoming", from = f.from, to = f.to) =>
    hrefWith("/events", {}, { when, from, to, campaign, country: f.country, forum });
  // The dashboard's appeal scope: the campaign, a case in the country, a recipient of the body.
  const appeals = (o: AppealLink) =>
    hrefWith("/appeals", {}, { status: o.status, dated: o.dated, from: o.from, to: o.to, replied: o.replied, campaign, country: f.country, body });
  const range = { from: f.from, to: f.to };
  return {
    /** Drafted: created in the range (by status for the monthly chart's columns). */
    appealsCreated: (status?: AppealStatus) => appeals({ status, dated: "created", ...range }),
    appealsCreatedInMonth: (month: string, status: AppealStatus) => appeals({ status, dated: "created", ...monthOf(month) }),
    /** Awaiting approval: in review now, whatever the range. */
    appealsAwaiting: () => appeals({ status: "in_review" }),
    /** Sent: first dispatched in the range; answered: of those, with a reply on file. */
    appealsSent: () => appeals({ status: "sent_or_later", dated: "sent", ...range }),
    appealsAnswered: () => appeals({ status: "sent_or_later", dated: "sent", ...range, replied: "yes" }),
    events,
    /** Upcoming: not over yet, from now on whatever the range (the list's own "Upcoming"). */
    eventsUpcoming: () => hrefWith("/events", {}, { when: "upcoming", campaign, country: f.country, forum }),
    eventsInMonth: (month: string, when: "past" | "upcoming" | "all" = "all") => {
      const m = monthOf(month);
      return events(when, m.from, m.to);
    },
    letters: () => hrefWith("/letters", {}, { status: "open", campaign, body }),
    letter: (id: string) => `/letters/${id}`,
    cases: (o: { status?: CaseStatus; country?: string | null } = {}) =>
      hrefWith("/cases", {}, { status: o.status, country: o.country ?? f.country, campaign }),
    contacts: (b: ParliamentaryBody | null = body) => hrefWith("/contacts", {}, { body: b, country: f.country }),
    /** Parliamentarians (of the body, else of any) last contacted before `since`. */
    dormant: (since: string) => hrefWith("/contacts", {}, { body: body ?? "any_parliament", country: f.country, notContactedSince: since }),
    contact: (id: string) => `/contacts/${id}`,
    csv: (figure: string) =>
      hrefWith(`/dashboard/export/${figure}`, {}, { campaign, from: f.from, to: f.to, country: f.country, body, months: f.months }),
  };
}
export type DashboardLinks = ReturnType<typeof dashboardLinks>;
