import type { Metadata } from "next";
import Link from "next/link";
import { addContactsToListAction } from "@/app/(app)/lists/actions";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactTools } from "@/components/contacts/contact-tools";
import { AddToList } from "@/components/lists/add-to-list";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { listContacts } from "@/lib/contacts/queries";
import { ignoredDateParams } from "@/lib/dates";
import { listPickerOptions } from "@/lib/lists/queries";
import { contactListSchema, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import { hrefWith, type SearchParams } from "@/lib/url";
import { EmailAddresses } from "@/components/contacts/email-addresses";
import { titleWithOrganization } from "@/lib/contacts/title-line";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = contactListSchema.parse(raw);
  const [{ rows, total, totalCapped, totalEstimated, rankedOnly, page, pageSize }, lists] = await readTogether(user, () => Promise.all([listContacts(user, params), listPickerOptions(user)]));
  const defaults = contactListSchema.parse({});
  const filtered = (["q", "kind", "body", "type", "country", "group", "committee", "tag", "list", "dnc", "notContactedSince"] as const).some((k) => params[k] !== defaults[k]);
  const mayWrite = can(user.role, "contact.write");

  return (
    <>
      <PageHeader
        title="Contacts"
        description="People and institutions we write to, invite or work with."
        actions={
          mayWrite && (
            <>
              <Button asChild variant="secondary">
                {/* A plain link: the download is a route handler, not a page. */}
                <a href={hrefWith("/api/contacts/export", raw, { page: null })} download>
                  Export CSV
                </a>
              </Button>
              <Button asChild>
                <Link href="/contacts/new">New contact</Link>
              </Button>
            </>
          )
        }
      />
      <ContactTools role={user.role} />
      <ContactFilters params={params} lists={lists} />
      <IgnoredDates labels={ignoredDateParams(raw, { notContactedSince: "Not contacted since" })} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No contact matches these filters." : "No contacts yet."}>
          {filtered ? (
            <Link className="text-blue-800 underline" href="/contacts">
              Clear the filters
            </Link>
          ) : (
            mayWrite && "Add the first one with “New contact”."
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Contacts">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th className="hidden md:table-cell">Body, delegation, group</Th>
                <Th className="hidden sm:table-cell">Country</Th>
                <Th className="hidden lg:table-cell">E-mail</Th>
                <Th className="hidden lg:table-cell">Tags</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/contacts/${c.id}`} className="font-medium text-blue-800 hover:underline">
                      {c.fullName}
                    </Link>
                    {c.nameNative && c.nameNative !== c.fullName && <span className="ml-1 text-slate-600">({c.nameNative})</span>}
                    {c.doNotContact && (
                      <span className="ml-2">
                        <Badge tone="red">Do not contact</Badge>
                      </span>
                    )}
                    {(c.title || c.organizationName) && <p className="mt-0.5 text-xs text-slate-600">{titleWithOrganization(c.title, c.organizationName)}</p>}
                  </Td>
                  <Td className="hidden md:table-cell">
                    {c.parliamentaryBody
                      ? [parliamentaryBodyLabels[c.parliamentaryBody], c.delegation, c.politicalGroup].filter(Boolean).join(" · ")
                      : "—"}
                  </Td>
                  <Td className="hidden sm:table-cell">{countryName(c.country)}</Td>
                  <Td className="hidden lg:table-cell">
                    <EmailAddresses emails={c.primaryEmail ? [c.primaryEmail] : []} />
                  </Td>
                  <Td className="hidden lg:table-cell">
                    <div className="flex flex-wrap gap-1">
                      {c.tags.map((t) => (
                        <Badge key={t}>{t}</Badge>
                      ))}
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {rankedOnly && (
            <p className="mt-3 text-sm text-slate-600">
              More than {total.toLocaleString("en")} contacts match; the closest {total.toLocaleString("en")} are shown. Add a word or a filter to
              narrow the search, or sort by name to page through all of them.
            </p>
          )}
          <Pagination
            path="/contacts"
            params={raw}
            page={page}
            pageSize={pageSize}
            total={total}
            capped={totalCapped}
            estimated={totalEstimated}
            maxPages={rankedOnly ? Math.ceil(total / pageSize) : undefined}
            noun="contacts"
          />
          {mayWrite && (
            <section aria-labelledby="bulk" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="bulk" className="text-base font-semibold text-slate-900">
                Put these contacts in a list
              </h2>
              <p className="mb-3 mt-1 text-sm text-slate-600">
                Adds the {rows.length} contacts shown on this page. To add every match of a search at once, open the list and use
                “Add members”.
              </p>
              <AddToList lists={lists} contactIds={rows.map((c) => c.id)} action={addContactsToListAction} />
            </section>
          )}
        </>
      )}
    </>
  );
}
