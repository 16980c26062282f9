import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { appealKpis, appealsPerMonth, awaitingApproval } from "./appeals";
import { casesBreakdown, openLetters } from "./cases-letters";
import { dormantParliamentarians, topEngaged } from "./engagement";
import { eventKpis, eventsPerMonth } from "./events";
import { resolveFilters, type DashboardParams } from "./schema";

/**
 * Every figure of the dashboard for the filters, each one aggregate query, all at once. The page,
 * the CSV downloads and `npm run bench:dashboard` call this one function.
 */
export const dashboardData = dataAccess(async function dashboardData(user: Acting | null | undefined, params: DashboardParams, now = new Date()) {
  authorize(user, "read");
  const f = resolveFilters(params, now);
  const [appeals, awaiting, appealMonths, events, eventMonths, letters, engaged, dormant, cases] = await Promise.all([
    appealKpis(user, f),
    awaitingApproval(user, f, now),
    appealsPerMonth(user, f),
    eventKpis(user, f, now),
    eventsPerMonth(user, f, now),
    openLetters(user, f),
    topEngaged(user, f),
    dormantParliamentarians(f, now),
    casesBreakdown(user, f),
  ]);
  return { filters: f, appeals, awaiting, appealMonths, events, eventMonths, letters, engaged, dormant, cases };
});
export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;

/** The campaign choices of the filter bar. */
export const dashboardCampaigns = dataAccess(async function dashboardCampaigns(user: Acting | null | undefined) {
  authorize(user, "read");
  return db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).orderBy(asc(campaigns.name));
});
