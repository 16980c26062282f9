import type { Metadata } from "next";
import Link from "next/link";
import { AppealFilters } from "@/components/appeals/appeal-filters";
import { AppealStatusBadge } from "@/components/appeals/status-badge";
import { AppealStatusTabs } from "@/components/appeals/status-tabs";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { ListEmptyState, NewButton, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { appealFilterOptions, countAppealsByStatus, listAppeals } from "@/lib/appeals/queries";
import { appealListSchema, appealTypeLabels } from "@/lib/appeals/schema";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { ignoredDateParams } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Appeals" };

export default async function AppealsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = appealListSchema.parse(raw);
  const [{ rows, total, totalCapped, totalEstimated, page, pageSize }, counts, options, locale] = await readTogether(user, () =>
    Promise.all([listAppeals(user, params), countAppealsByStatus(user, params), appealFilterOptions(user), getLocale()]),
  );
  const defaults = appealListSchema.parse({});
  const filtered = (["q", "type", "status", "campaign", "case", "owner", "from", "to", "country", "body", "replied"] as const).some((k) => params[k] !== defaults[k]);

  return (
    <>
      <PageHeader
        title="Appeals"
        description="Urgent appeals, letters of concern, open letters and statements the foundation sends about cases."
        actions={
          can(user.role, "appeal.write") && (
            <NewButton href="/appeals/new">New appeal</NewButton>
          )
        }
      />
      <AppealStatusTabs params={params} raw={raw} counts={counts} />
      <AppealFilters params={params} campaigns={options.campaigns} cases={options.cases} owners={options.owners} />
      <IgnoredDates labels={ignoredDateParams(raw, { from: "From", to: "To" })} />
      {rows.length === 0 ? (
        <ListEmptyState
          filtered={filtered}
          path="/appeals"
          noun="appeal"
          plural="appeals"
          hint={can(user.role, "appeal.write") && "Start the first one with “New appeal”."}
        />
      ) : (
        <>
          <Table caption="Appeals">
            <thead>
              <tr>
                <Th>Title</Th>
                <Th className="hidden md:table-cell">Type</Th>
                <Th>Status</Th>
                <Th className="hidden text-right sm:table-cell">Recipients</Th>
                <Th className="hidden lg:table-cell">Owner</Th>
                <Th className="hidden sm:table-cell">{params.sort === "sent" ? "Sent" : "Changed"}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <Td>
                    <Link href={`/appeals/${a.id}`} className="font-medium text-blue-800 hover:underline">
                      {a.title}
                    </Link>
                    {(a.subject || a.campaignName) && (
                      <p className="mt-0.5 text-xs text-slate-600">{[a.subject, a.campaignName].filter(Boolean).join(" · ")}</p>
                    )}
                  </Td>
                  <Td className="hidden md:table-cell">{appealTypeLabels[a.type]}</Td>
                  <Td>
                    <AppealStatusBadge status={a.status} />
                  </Td>
                  <Td className="hidden text-right tabular-nums sm:table-cell">{a.recipients}</Td>
                  <Td className="hidden lg:table-cell">{a.ownerName ?? "—"}</Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(params.sort === "sent" ? a.sentAt : a.updatedAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/appeals" params={raw} page={page} pageSize={pageSize} total={total} capped={totalCapped} estimated={totalEstimated} noun="appeals" />
        </>
      )}
    </>
  );
}
