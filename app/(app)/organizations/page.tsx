import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationFilters } from "@/components/organizations/organization-filters";
import { ListEmptyState, NewButton, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { listOrganizations } from "@/lib/organizations/queries";
import { organizationKindLabels, organizationListSchema } from "@/lib/organizations/schema";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = organizationListSchema.parse(raw);
  const { rows, total, page, pageSize } = await readTogether(user, () => listOrganizations(user, params));
  const filtered = params.q !== "" || params.kind !== "all" || params.country !== "";
  const mayWrite = can(user.role, "contact.write");

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Ministries, parliaments, embassies, UN mechanisms, NGOs and media, with their people."
        actions={
          mayWrite && (
            <NewButton href="/organizations/new">New organization</NewButton>
          )
        }
      />
      <OrganizationFilters params={params} />
      {rows.length === 0 ? (
        <ListEmptyState
          filtered={filtered}
          path="/organizations"
          noun="organization"
          plural="organizations"
          hint={mayWrite && "Add the first one with “New organization”."}
        />
      ) : (
        <>
          <Table caption="Organizations">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Kind</Th>
                <Th className="hidden sm:table-cell">Country</Th>
                <Th className="text-right">People</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <Td>
                    <Link href={`/organizations/${o.id}`} className="font-medium text-blue-800 hover:underline">
                      {o.name}
                    </Link>
                    {o.acronym && <span className="ml-1 text-slate-600">({o.acronym})</span>}
                    {o.nameNative && <p className="mt-0.5 text-xs text-slate-600">{o.nameNative}</p>}
                  </Td>
                  <Td>{organizationKindLabels[o.kind]}</Td>
                  <Td className="hidden sm:table-cell">{o.country ? countryName(o.country) : "International"}</Td>
                  <Td className="text-right tabular-nums">{o.people}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/organizations" params={raw} page={page} pageSize={pageSize} total={total} noun="organizations" />
        </>
      )}
    </>
  );
}
