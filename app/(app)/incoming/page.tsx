import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncomingFilters } from "@/components/incoming/incoming-filters";
import { IncomingStatusBadge, OverdueBadge } from "@/components/incoming/status-badge";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { assignableUsers, INCOMING_CAPABILITY, listIncoming } from "@/lib/incoming/queries";
import { incomingChannelLabels, incomingListSchema } from "@/lib/incoming/schema";
import { getLocale } from "@/lib/locale";
import { cn } from "@/lib/utils";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Incoming appeals" };

export default async function IncomingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  // Requests from people at risk: officers, managers and admins only (lib/incoming/queries.ts).
  if (!can(user.role, INCOMING_CAPABILITY)) notFound();
  const raw = await searchParams;
  const params = incomingListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, officers, locale] = await readTogether(user, () => Promise.all([listIncoming(user, params), assignableUsers(user), getLocale()]));
  const filtered = params.q !== "" || params.status !== "all" || params.assigned !== "" || params.channel !== "" || params.overdue !== "";

  return (
    <>
      <PageHeader
        title="Incoming appeals"
        description="Requests for help from people at risk, triaged into cases."
        actions={
          <Button asChild>
            <Link href="/incoming/new">Log a request</Link>
          </Button>
        }
      />
      <IncomingFilters params={params} officers={officers} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No incoming appeal matches these filters." : "No incoming appeals yet."}>
          {filtered ? (
            <Link className="text-blue-800 underline" href="/incoming">
              Clear the filters
            </Link>
          ) : (
            "Log the first one with “Log a request”."
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Incoming appeals">
            <thead>
              <tr>
                <Th>Sender and request</Th>
                <Th>Status</Th>
                <Th className="hidden sm:table-cell">Received</Th>
                <Th className="hidden md:table-cell">Channel</Th>
                <Th className="hidden md:table-cell">Assigned to</Th>
                <Th>Due</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} className={cn(a.overdue && "bg-red-50")}>
                  <Td>
                    <Link href={`/incoming/${a.id}`} className="font-medium text-blue-800 hover:underline">
                      {a.senderName}
                    </Link>
                    {a.requestSummary && <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{a.requestSummary}</p>}
                  </Td>
                  <Td>
                    <IncomingStatusBadge status={a.status} />
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(a.receivedOn, locale)}</Td>
                  <Td className="hidden md:table-cell">{incomingChannelLabels[a.channel]}</Td>
                  <Td className="hidden md:table-cell">{a.assigneeName ?? "—"}</Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(a.dueOn, locale)}
                    {a.overdue && (
                      <span className="ml-1">
                        <OverdueBadge />
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/incoming" params={raw} page={page} pageSize={pageSize} total={total} noun="appeals" />
        </>
      )}
    </>
  );
}
