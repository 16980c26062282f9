import type { Metadata } from "next";
import Link from "next/link";
import { CampaignFilters } from "@/components/campaigns/campaign-filters";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { ListEmptyState, NewButton, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { listCampaigns } from "@/lib/campaigns/queries";
import { campaignListSchema } from "@/lib/campaigns/schema";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = campaignListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, locale] = await readTogether(user, () => Promise.all([listCampaigns(user, params), getLocale()]));
  const filtered = params.q !== "" || params.status !== "current";

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="The umbrellas that group cases, appeals, letters and events."
        actions={
          can(user.role, "campaign.write") && (
            <NewButton href="/campaigns/new">New campaign</NewButton>
          )
        }
      />
      <CampaignFilters params={params} />
      {rows.length === 0 ? (
        <ListEmptyState
          filtered={filtered}
          path="/campaigns"
          noun="campaign"
          plural="campaigns"
          hint={can(user.role, "campaign.write") && "Create the first one with “New campaign”."}
        />
      ) : (
        <>
          <Table caption="Campaigns">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Status</Th>
                <Th className="hidden md:table-cell">Dates</Th>
                <Th className="hidden md:table-cell">Owner</Th>
                <Th className="hidden sm:table-cell">Updated</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/campaigns/${c.id}`} className="font-medium text-blue-800 hover:underline">
                      {c.name}
                    </Link>
                    {c.summary && <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{c.summary}</p>}
                  </Td>
                  <Td>
                    <CampaignStatusBadge status={c.status} />
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">
                    {c.startsOn || c.endsOn ? `${formatDate(c.startsOn, locale)} – ${formatDate(c.endsOn, locale)}` : "—"}
                  </Td>
                  <Td className="hidden md:table-cell">{c.ownerName ?? "—"}</Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(c.updatedAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/campaigns" params={raw} page={page} pageSize={pageSize} total={total} noun="campaigns" />
        </>
      )}
    </>
  );
}
