import type { Metadata } from "next";
import Link from "next/link";
import { LetterFilters } from "@/components/letters/letter-filters";
import { LetterStatusBadge } from "@/components/letters/status-badge";
import { ListEmptyState, NewButton, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { parliamentaryBodyLabels } from "@/lib/contacts/schema";
import { formatDate } from "@/lib/format";
import { campaignFilterOptions, listLetters } from "@/lib/letters/queries";
import { letterKindLabels, letterListSchema } from "@/lib/letters/schema";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Letters" };

export default async function LettersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = letterListSchema.parse(raw);
  const [{ rows, total, totalCapped, totalEstimated, page, pageSize }, campaigns, locale] = await readTogether(user, () =>
    Promise.all([listLetters(user, params), campaignFilterOptions(user), getLocale()]),
  );
  const filtered = params.q !== "" || params.kind !== "all" || params.body !== "all" || params.status !== "all" || params.campaign !== "";

  return (
    <>
      <PageHeader
        title="Letters"
        description="Joint letters, written declarations and questions parliamentarians sign."
        actions={
          can(user.role, "appeal.write") && (
            <NewButton href="/letters/new">New letter</NewButton>
          )
        }
      />
      <LetterFilters params={params} campaigns={campaigns} />
      {rows.length === 0 ? (
        <ListEmptyState
          filtered={filtered}
          path="/letters"
          noun="letter"
          plural="letters"
          hint={can(user.role, "appeal.write") && "Start the first one with “New letter”."}
        />
      ) : (
        <>
          <Table caption="Letters">
            <thead>
              <tr>
                <Th>Title</Th>
                <Th className="hidden md:table-cell">Kind</Th>
                <Th className="hidden lg:table-cell">Body</Th>
                <Th>Status</Th>
                <Th className="text-right">Signatures</Th>
                <Th className="hidden sm:table-cell">Deadline</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.id}>
                  <Td>
                    <Link href={`/letters/${l.id}`} className="font-medium text-blue-800 hover:underline">
                      {l.title}
                    </Link>
                    {(l.addressee || l.referenceNumber) && (
                      <p className="mt-0.5 text-xs text-slate-600">{[l.addressee && `To ${l.addressee}`, l.referenceNumber].filter(Boolean).join(" · ")}</p>
                    )}
                  </Td>
                  <Td className="hidden md:table-cell">{letterKindLabels[l.kind]}</Td>
                  <Td className="hidden lg:table-cell">{l.parliamentaryBody ? parliamentaryBodyLabels[l.parliamentaryBody] : "—"}</Td>
                  <Td>
                    <LetterStatusBadge status={l.status} />
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {l.signatures}
                    {l.targetSignatures ? ` / ${l.targetSignatures}` : ""}
                    {l.reportedSignatures !== null && <span className="sr-only"> (published count)</span>}
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(l.deadline, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/letters" params={raw} page={page} pageSize={pageSize} total={total} capped={totalCapped} estimated={totalEstimated} noun="letters" />
        </>
      )}
    </>
  );
}
