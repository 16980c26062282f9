import type { Metadata } from "next";
import { ActivityFigures } from "@/components/dashboard/activity-figures";
import { CaseFigures } from "@/components/dashboard/case-figures";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { EngagementFigures } from "@/components/dashboard/engagement-figures";
import { KpiTiles } from "@/components/dashboard/kpi-tiles";
import { Button } from "@/components/ui/button";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { dashboardLinks } from "@/lib/dashboard/links";
import { dashboardCampaigns, dashboardData } from "@/lib/dashboard/queries";
import { dashboardSchema } from "@/lib/dashboard/schema";
import { ignoredDateParams } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = dashboardSchema.parse(raw);
  const [d, campaigns, locale] = await Promise.all([dashboardData(user, params), dashboardCampaigns(user), getLocale()]);
  const links = dashboardLinks(d.filters);
  const campaign = campaigns.find((c) => c.id === d.filters.campaign);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          <>
            {campaign ? campaign.name : "All campaigns"}, {formatDate(d.filters.from, locale)} – {formatDate(d.filters.to, locale)}. Every figure
            opens the list behind it.
          </>
        }
        actions={
          <Button asChild variant="secondary">
            {/* A plain link: the download is a route handler, not a page. */}
            <a href={links.csv("summary")} download>
              Export key figures (CSV)
            </a>
          </Button>
        }
      />
      <DashboardFilters filters={d.filters} campaigns={campaigns} />
      <IgnoredDates labels={ignoredDateParams(raw, { from: "From", to: "To" })} />
      <KpiTiles d={d} links={links} />
      <ActivityFigures d={d} links={links} />
      <EngagementFigures d={d} links={links} locale={locale} />
      <CaseFigures d={d} links={links} />
    </>
  );
}
