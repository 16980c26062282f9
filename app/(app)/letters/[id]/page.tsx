import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  addPoolContactAction,
  addPoolFromFiltersAction,
  addPoolFromListAction,
  bulkSetStatusAction,
  deleteLetterAction,
  removeFromPoolAction,
  setLetterOutcomeAction,
  setSignatoryStatusAction,
} from "@/app/(app)/letters/actions";
import { DeleteButton } from "@/components/ui/delete-button";
import { LetterDetails } from "@/components/letters/letter-details";
import { Markdown } from "@/components/letters/markdown";
import { OutcomeForm, PoolBuilder } from "@/components/letters/letter-forms-deferred";
import { PoolFilters } from "@/components/letters/pool-filters";
import { PoolTable } from "@/components/letters/pool-table";
import { LetterStatusBadge } from "@/components/letters/status-badge";
import { TallyPanel } from "@/components/letters/tally-panel";
import { ActButton } from "@/components/ui/act-button";
import { Button } from "@/components/ui/button";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { formatDate } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { findContactsForPool, listOptions, listPool, politicalGroupOptions } from "@/lib/letters/queries";
import { letterKindLabels, poolListSchema } from "@/lib/letters/schema";
import { letterTally } from "@/lib/letters/tally";
import { getLocale } from "@/lib/locale";
import { pageLetter } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageLetter((await params).id);
  return { title: `Letter: ${r.title}` };
}

export default async function LetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const poolParams = poolListSchema.parse(raw);
  const letter = await pageLetter(id);
  const mayEdit = can(user.role, "appeal.write");
  const [tally, pool, lists, groups, found, locale] = await Promise.all([
    letterTally(user, id),
    listPool(user, id, poolParams),
    mayEdit ? listOptions(user) : [],
    mayEdit ? politicalGroupOptions(user) : [],
    mayEdit ? findContactsForPool(user, id, poolParams.find) : [],
    getLocale(),
  ]);
  const date = (d: string | null) => formatDate(d, locale);
  const today = new Date().toISOString().slice(0, 10);
  const poolFiltered = poolParams.ps !== "all" || poolParams.pc !== "" || poolParams.pg !== "";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/letters" className="text-blue-800 hover:underline">
          ← Letters
        </Link>
      </p>
      <PageHeader
        title={letter.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LetterStatusBadge status={letter.status} /> {letterKindLabels[letter.kind]}
          </span>
        }
        actions={
          <>
            {mayEdit && (
              <Button asChild variant="secondary">
                <Link href={`/letters/${letter.id}/edit`}>Edit</Link>
              </Button>
            )}
            {can(user.role, "delete") && (
              <DeleteButton
                action={deleteLetterAction}
                record={letter}
                noun="letter"
                then="/letters"
                description={`“${letter.title}” and its whole pool of parliamentarians, with every status and note, will be deleted. The contacts stay.`}
              />
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <TallyPanel tally={tally} />
          <section aria-labelledby="text-heading" className="space-y-2">
            <h2 id="text-heading" className="text-lg font-semibold text-slate-900">
              Text
            </h2>
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              {letter.body ? <Markdown>{letter.body}</Markdown> : <p className="text-sm text-slate-600">No text yet.</p>}
            </div>
          </section>
        </div>
        <LetterDetails letter={letter} date={date} />
      </div>

      <section aria-labelledby="pool-heading" className="mt-10 space-y-4">
        <h2 id="pool-heading" className="text-lg font-semibold text-slate-900">
          Parliamentarians to ask
        </h2>
        {mayEdit && (
          <>
            <PoolBuilder
              letterId={letter.id}
              lists={lists}
              groups={groups}
              defaultBody={letter.parliamentaryBody}
              actions={{ addFiltered: addPoolFromFiltersAction, addList: addPoolFromListAction }}
            />
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="mb-2 font-medium text-slate-900">Add one person</h3>
              <FilterForm label="Find a person to add">
                <FilterField id="find" label="Name" grow>
                  <Input id="find" name="find" type="search" defaultValue={poolParams.find} placeholder="Any script, typos forgiven" />
                </FilterField>
              </FilterForm>
              {poolParams.find &&
                (found.length === 0 ? (
                  <p className="text-sm text-slate-700">Nobody matching “{poolParams.find}” is missing from the pool.</p>
                ) : (
                  <ul className="divide-y divide-slate-100 text-sm">
                    {found.map((c) => (
                      <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span>
                          <span className="font-medium">{c.fullName}</span>
                          <span className="text-slate-600"> · {[c.title, c.country && countryName(c.country), c.politicalGroup].filter(Boolean).join(" · ")}</span>
                          {c.doNotContact && <span className="text-red-800"> · do not contact</span>}
                        </span>
                        <ActButton action={addPoolContactAction.bind(null, { letterId: letter.id, contactId: c.id })} label={`Add ${c.fullName} to the pool`} pendingLabel="Adding…">
                          Add
                        </ActButton>
                      </li>
                    ))}
                  </ul>
                ))}
            </div>
          </>
        )}
        <PoolFilters params={poolParams} countries={pool.countries} groups={pool.groups} />
        {pool.rows.length === 0 ? (
          <EmptyState title={poolFiltered ? "Nobody in the pool matches these filters." : "Nobody in the pool yet."}>
            {poolFiltered ? (
              <Link className="text-blue-800 underline" href={`/letters/${letter.id}`}>
                Clear the filters
              </Link>
            ) : (
              mayEdit && "Add parliamentarians from contact filters, a list or one by one."
            )}
          </EmptyState>
        ) : (
          <>
            <PoolTable
              letterId={letter.id}
              mayEdit={mayEdit}
              today={today}
              actions={{ bulkSetStatus: bulkSetStatusAction, setStatus: setSignatoryStatusAction, remove: removeFromPoolAction }}
              rows={pool.rows.map((r) => ({
                id: r.id,
                contactId: r.contactId,
                fullName: r.fullName,
                status: r.status,
                country: countryName(r.country),
                politicalGroup: r.politicalGroup,
                note: r.note,
                version: r.version,
                dates: [
                  r.askedOn && `Asked ${date(r.askedOn)}`,
                  r.followedUpOn && `followed up ${date(r.followedUpOn)}`,
                  r.respondedOn && `answered ${date(r.respondedOn)}`,
                  r.signedOn && `signed ${date(r.signedOn)}`,
                ]
                  .filter(Boolean)
                  .join(", "),
              }))}
            />
            <Pagination path={`/letters/${letter.id}`} params={raw} page={pool.page} pageSize={pool.pageSize} total={pool.total} noun="parliamentarians" />
          </>
        )}
      </section>

      <section aria-labelledby="outcome-heading" className="mt-10 max-w-3xl space-y-4">
        <h2 id="outcome-heading" className="text-lg font-semibold text-slate-900">
          Outcome
        </h2>
        {mayEdit ? (
          <OutcomeForm
            letterId={letter.id}
            version={letter.version}
            action={setLetterOutcomeAction}
            values={{
              dispatchedOn: letter.dispatchedOn ?? "",
              referenceNumber: letter.referenceNumber ?? "",
              replyReceivedOn: letter.replyReceivedOn ?? "",
              replyFrom: letter.replyFrom ?? "",
              replySummary: letter.replySummary ?? "",
              reportedSignatures: letter.reportedSignatures?.toString() ?? "",
            }}
          />
        ) : (
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">Sent on</dt>
              <dd>{date(letter.dispatchedOn)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Reference</dt>
              <dd>{letter.referenceNumber ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Reply received</dt>
              <dd>
                {date(letter.replyReceivedOn)}
                {letter.replyFrom && ` from ${letter.replyFrom}`}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Reply summary</dt>
              <dd className="whitespace-pre-wrap">{letter.replySummary ?? "—"}</dd>
            </div>
          </dl>
        )}
      </section>
    </>
  );
}
