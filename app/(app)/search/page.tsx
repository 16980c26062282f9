import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { getLocale } from "@/lib/locale";
import { PAGE_PER_KIND, searchEverywhere, searchPageSchema } from "@/lib/search/everywhere";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Search" };

// The palette's results in full (more of each type), and search without JavaScript: a plain GET form.
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { q } = searchPageSchema.parse(await searchParams);
  const locale = await getLocale();
  const results = await readTogether(user, () => searchEverywhere(user, q, { perKind: PAGE_PER_KIND, locale }));

  return (
    <>
      <PageHeader
        title="Search"
        description="Contacts, organizations, cases, appeals, letters, events and campaigns at once, by part of a name in any script."
      />
      <form method="get" role="search" aria-label="Search everywhere" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
            Search
          </label>
          <Input id="q" name="q" type="search" defaultValue={q} placeholder="A name, in any script" />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {q === "" ? null : results.groups.length === 0 ? (
        <EmptyState title={`No matches for “${q}”.`}>Check the spelling or try another part of the name; a search needs at least two letters.</EmptyState>
      ) : (
        <div className="space-y-6">
          {results.groups.map((group) => (
            <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
              <h2 id={`results-${group.kind}`} className="mb-2 text-lg font-semibold text-slate-900">
                {group.label}
              </h2>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {group.hits.map((hit) => (
                  <li key={hit.id} className="px-4 py-2">
                    <Link href={hit.href} className="font-medium text-blue-800 hover:underline">
                      {hit.title}
                    </Link>
                    {hit.detail && <p className="text-sm text-slate-600">{hit.detail}</p>}
                  </li>
                ))}
              </ul>
              {group.more && (
                <p className="mt-2 text-sm">
                  <Link href={group.listHref} className="text-blue-800 underline-offset-2 hover:underline">
                    More {group.label.toLowerCase()} matching “{q}”
                  </Link>
                </p>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
