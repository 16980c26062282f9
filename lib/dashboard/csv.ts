// Each figure as rows for its CSV download: the same numbers the page shows, labelled.
import { appealStatuses, appealStatusLabels } from "@/lib/appeals/schema";
import { caseStatusLabels } from "@/lib/cases/schema";
import { countryName } from "@/lib/contacts/countries";
import { parliamentaryBodyLabels } from "@/lib/contacts/schema";
import type { DashboardData } from "./queries";
import type { DashboardFigure } from "./schema";

const percent = (rate: number | null) => (rate === null ? "" : (rate * 100).toFixed(1));

export function figureTable(d: DashboardData, figure: DashboardFigure): { headers: string[]; rows: unknown[][] } {
  switch (figure) {
    case "summary":
      return {
        headers: ["Figure", "Value"],
        rows: [
          ["From", d.filters.from],
          ["To", d.filters.to],
          ["Appeals drafted", d.appeals.drafted],
          ["Appeals awaiting approval (now)", d.awaiting.count],
          ["Oldest waiting (days)", d.awaiting.oldestDays],
          ["Appeals sent", d.appeals.sent],
          ["Appeals answered", d.appeals.answered],
          ["Reply rate (%)", percent(d.appeals.replyRate)],
          ["Median days from draft to sent", d.appeals.medianDaysToSend],
          ["Median days from sent to first reply", d.appeals.medianDaysToReply],
          ["Events in the range", d.events.total],
          ["Events in the range, past", d.events.past],
          ["Events upcoming from today (any date, not only the range)", d.events.upcoming],
          ["Of those, not dated yet", d.events.undated],
          ["Invitations answered", d.events.answered],
          ["Invitations accepted", d.events.accepted],
          ["Accepted guests who attended", d.events.attended],
          ["Acceptance rate (%)", percent(d.events.acceptanceRate)],
          ["Attendance rate (%)", percent(d.events.attendanceRate)],
          [`Parliamentarians not contacted since ${d.dormant.since}`, d.dormant.count],
          ["Cases", d.cases.total],
        ],
      };
    case "appeals-per-month":
      return {
        headers: ["Month", ...appealStatuses.map((s) => appealStatusLabels[s])],
        rows: d.appealMonths.map((m) => [m.month, ...appealStatuses.map((s) => m[s])]),
      };
    case "events-per-month":
      return { headers: ["Month", "Past", "Upcoming"], rows: d.eventMonths.map((m) => [m.month, m.past, m.upcoming]) };
    case "letters":
      return { headers: ["Letter", "Deadline", "Signed", "Target"], rows: d.letters.closingSoonest.map((l) => [l.title, l.deadline, l.signed, l.target]) };
    case "top-contacts":
      return {
        headers: ["Contact", "Parliamentary body", "Dispatches", "Signatures", "Attendances", "Total"],
        rows: d.engaged.contacts.map((c) => [c.name, c.body ? parliamentaryBodyLabels[c.body] : "", c.dispatches, c.signatures, c.attendances, c.total]),
      };
    case "top-bodies":
      return {
        headers: ["Parliamentary body", "Dispatches", "Signatures", "Attendances", "Total"],
        rows: d.engaged.bodies.map((b) => [parliamentaryBodyLabels[b.body], b.dispatches, b.signatures, b.attendances, b.total]),
      };
    case "cases-by-status":
      return { headers: ["Status", "Cases"], rows: d.cases.byStatus.map((s) => [caseStatusLabels[s.status], s.n]) };
    case "cases-by-country":
      return { headers: ["Country", "Cases"], rows: d.cases.byCountry.map((c) => [c.country ? countryName(c.country) : "No country", c.n]) };
  }
}
