import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { pageParamSchema } from "@/lib/contacts/schema";
import { isUuid } from "@/lib/ids";
import { listOrganizationPeople } from "@/lib/organizations/queries";
import { organizationKindLabels } from "@/lib/organizations/schema";
import { pageOrganization } from "@/lib/page-records";
import { isSafeHttpUrl, type SearchParams } from "@/lib/url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageOrganization((await params).id);
  return { title: `Organization: ${r.acronym ? `${r.name} (${r.acronym})` : r.name}` };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function OrganizationPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const { page } = pageParamSchema.parse(raw);
  const org = await pageOrganization(id);
  const people = await listOrganizationPeople(user, id, page);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/organizations" className="text-blue-800 hover:underline">
          ← Organizations
        </Link>
      </p>
      <PageHeader
        title={org.acronym ? `${org.name} (${org.acronym})` : org.name}
        description={org.nameNative ?? undefined}
        actions={
          can(user.role, "contact.write") && (
            <Button asChild variant="secondary">
              <Link href={`/organizations/${org.id}/edit`}>Edit</Link>
            </Button>
          )
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="people" className="md:col-span-2">
          <h2 id="people" className="mb-2 text-lg font-semibold text-slate-900">
            People
          </h2>
          {people.total === 0 ? (
            <EmptyState title="No contacts at this organization yet." />
          ) : (
            <>
              <Table caption={`People at ${org.name}`}>
                <thead>
                  <tr>
                    <Th>Name</Th>
                    <Th className="hidden sm:table-cell">E-mail</Th>
                  </tr>
                </thead>
                <tbody>
                  {people.rows.map((p) => (
                    <tr key={p.id}>
                      <Td>
                        <Link href={`/contacts/${p.id}`} className="font-medium text-blue-800 hover:underline">
                          {p.fullName}
                        </Link>
                        {p.doNotContact && (
                          <span className="ml-2">
                            <Badge tone="red">Do not contact</Badge>
                          </span>
                        )}
                        {(p.title || p.department) && <p className="mt-0.5 text-xs text-slate-600">{[p.title, p.department].filter(Boolean).join(", ")}</p>}
                      </Td>
                      <Td className="hidden break-all sm:table-cell">{p.primaryEmail ?? "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination path={`/organizations/${org.id}`} params={raw} page={people.page} pageSize={people.pageSize} total={people.total} noun="people" />
            </>
          )}
        </section>
        <aside aria-label="Details" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <dl className="space-y-3">
            <div>
              <dt className="text-slate-600">Kind</dt>
              <dd>{organizationKindLabels[org.kind]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Country</dt>
              <dd>{org.country ? countryName(org.country) : "International"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Website</dt>
              <dd>
                {org.website ? (
                  <a href={isSafeHttpUrl(org.website) ? org.website : undefined} target="_blank" rel="noreferrer" className="break-all text-blue-800 hover:underline">
                    {org.website}
                  </a>
                ) : (
                  "—"
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Postal address</dt>
              <dd className="whitespace-pre-wrap">{org.postalAddress || "—"}</dd>
            </div>
            {org.notes && (
              <div>
                <dt className="text-slate-600">Notes</dt>
                <dd className="whitespace-pre-wrap">{org.notes}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </>
  );
}
