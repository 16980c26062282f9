import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters } from "@/components/lists/list-filters";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { listLists } from "@/lib/lists/queries";
import { listIndexSchema } from "@/lib/lists/schema";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Lists" };

export default async function ListsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = listIndexSchema.parse(raw);
  const [{ rows, total, page, pageSize }, locale] = await readTogether(user, () => Promise.all([listLists(user, params), getLocale()]));
  const mayWrite = can(user.role, "contact.write");

  return (
    <>
      <PageHeader
        title="Lists"
        description="Named sets of contacts that appeals, letters and invitations are sent to."
        actions={
          mayWrite && (
            <Button asChild>
              <Link href="/lists/new">New list</Link>
            </Button>
          )
        }
      />
      <ListFilters params={params} />
      {rows.length === 0 ? (
        <EmptyState title={params.q ? "No list matches this search." : "No lists yet."}>
          {params.q ? (
            <Link className="text-blue-800 underline" href="/lists">
              Clear the search
            </Link>
          ) : (
            mayWrite && "Create the first one with “New list”."
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Contact lists">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th className="text-right">Members</Th>
                <Th className="hidden sm:table-cell">Updated</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.id}>
                  <Td>
                    <Link href={`/lists/${l.id}`} className="font-medium text-blue-800 hover:underline">
                      {l.name}
                    </Link>
                    {l.description && <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{l.description}</p>}
                  </Td>
                  <Td className="text-right tabular-nums">{l.memberCount.toLocaleString("en")}</Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(l.updatedAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/lists" params={raw} page={page} pageSize={pageSize} total={total} noun="lists" />
        </>
      )}
    </>
  );
}
