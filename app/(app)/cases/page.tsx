import type { Metadata } from "next";
import Link from "next/link";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseStatusBadge, RestrictedBadge } from "@/components/cases/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ListEmptyState, NewButton, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { caseFilterOptions, listCases } from "@/lib/cases/queries";
import { caseListSchema, mayFilterRestricted } from "@/lib/cases/schema";
import { countryName } from "@/lib/contacts/countries";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { hrefWith, type SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = caseListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, options, locale] = await readTogether(user, () => Promise.all([listCases(user, params), caseFilterOptions(user), getLocale()]));
  const defaults = caseListSchema.parse({});
  const filtered = (["q", "country", "status", "tag", "campaign", "restricted"] as const).some((k) => params[k] !== defaults[k]);
  const mayWrite = can(user.role, "case.write");

  return (
    <>
      <PageHeader
        title="Cases"
        description="People at risk: political prisoners, exiles, people facing extradition."
        actions={
          <>
            {can(user.role, "contact.write") && (
              <Button asChild variant="secondary">
                {/* A plain link: the download is a route handler, not a page. */}
                <a href={hrefWith("/cases/export", raw, { page: null })} download>
                  Export CSV
                </a>
              </Button>
            )}
            {mayWrite && <NewButton href="/cases/new">New case</NewButton>}
          </>
        }
      />
      <CaseFilters params={params} options={options} showRestricted={mayFilterRestricted(user.role)} />
      {rows.length === 0 ? (
        <ListEmptyState filtered={filtered} path="/cases" noun="case" plural="cases" hint={mayWrite && "Add the first one with “New case”."} />
      ) : (
        <>
          <Table caption="Cases">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Status</Th>
                <Th className="hidden sm:table-cell">Country</Th>
                <Th className="hidden lg:table-cell">Tags</Th>
                <Th className="hidden md:table-cell">Updated</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/cases/${c.id}`} className="font-medium text-blue-800 hover:underline">
                      {c.primaryName}
                    </Link>
                    {c.nameNative && c.nameNative !== c.primaryName && (
                      <span className="ml-1 text-slate-600">({c.nameNative})</span>
                    )}
                    {c.restricted && (
                      <span className="ml-2">
                        <RestrictedBadge />
                      </span>
                    )}
                  </Td>
                  <Td>
                    <CaseStatusBadge status={c.status} />
                    {c.statusSince && <p className="mt-0.5 whitespace-nowrap text-xs text-slate-600">since {formatDate(c.statusSince, locale)}</p>}
                  </Td>
                  <Td className="hidden sm:table-cell">{countryName(c.country)}</Td>
                  <Td className="hidden lg:table-cell">
                    <div className="flex flex-wrap gap-1">
                      {c.tags.map((t) => (
                        <Badge key={t}>{t}</Badge>
                      ))}
                    </div>
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">{formatDate(c.updatedAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/cases" params={raw} page={page} pageSize={pageSize} total={total} noun="cases" />
        </>
      )}
    </>
  );
}
