import type { Metadata } from "next";
import Link from "next/link";
import { assignCaseUserAction, deleteCaseAction, unassignCaseUserAction } from "@/app/(app)/cases/actions";
import { CaseAssignments } from "@/components/cases/case-assignments";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { DeleteButton } from "@/components/ui/delete-button";
import { CaseStatusBadge, RestrictedBadge } from "@/components/cases/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { auditRead } from "@/lib/audit/read";
import { requirePageUser } from "@/lib/auth/current-user";
import { can, roleLabels } from "@/lib/auth/policy";
import { assignableUsers } from "@/lib/cases/queries";
import { caseScriptLabels, caseStatusLabels, type caseScripts } from "@/lib/cases/schema";
import { getCaseTimeline } from "@/lib/cases/timeline";
import { countryName } from "@/lib/contacts/countries";
import { pageParamSchema } from "@/lib/contacts/schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { pageCase } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Case: ${(await pageCase((await params).id)).primaryName}` };
}

const scriptLabel = (s: string) => caseScriptLabels[s as (typeof caseScripts)[number]] ?? s;

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  // A restricted case the user may not see answers exactly like one that does not exist.
  const c = await pageCase(id);
  const raw = await searchParams;
  const { page } = pageParamSchema.parse(raw);
  const mayAssign = can(user.role, "case.readRestricted");
  // Opening a restricted case is audited (once it was found, beside the page's other queries).
  const [timeline, candidates, locale] = await Promise.all([
    getCaseTimeline(user, id, page),
    mayAssign ? assignableUsers(user, id) : [],
    getLocale(),
    c.restricted && auditRead(user, { action: "view", entity: "case", entityId: c.id, summary: "Opened the restricted case" }),
  ]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/cases" className="text-blue-800 hover:underline">
          ← Cases
        </Link>
      </p>
      <PageHeader
        title={c.primaryName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {c.nameNative && c.nameNative !== c.primaryName && <span>{c.nameNative}</span>}
            <CaseStatusBadge status={c.status} />
            {c.restricted && <RestrictedBadge />}
          </span>
        }
        actions={
          <>
            {can(user.role, "case.write") && (
              <Button asChild variant="secondary">
                <Link href={`/cases/${c.id}/edit`}>Edit</Link>
              </Button>
            )}
            {can(user.role, "delete") && (
              <DeleteButton
                action={deleteCaseAction}
                record={c}
                noun="case"
                then="/cases"
                description={`“${c.primaryName}”, its name variants, status history and assignments will be deleted. A case with appeals cannot be deleted. This cannot be undone.`}
              />
            )}
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-6 md:col-span-2">
          <section aria-labelledby="about" className="space-y-3">
            <h2 id="about" className="text-base font-semibold text-slate-900">
              About
            </h2>
            {c.summary ? (
              <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm leading-6 text-slate-800">{c.summary}</div>
            ) : (
              <p className="text-sm text-slate-600">No summary yet.</p>
            )}
            {c.charges && (
              <div className="text-sm">
                <h3 className="font-medium text-slate-900">Charges</h3>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{c.charges}</p>
              </div>
            )}
          </section>
          <section aria-labelledby="history">
            <h2 id="history" className="mb-2 text-base font-semibold text-slate-900">
              Status history
            </h2>
            {c.history.length === 0 ? (
              <p className="text-sm text-slate-600">No dated status changes recorded.</p>
            ) : (
              <Table caption="Status history">
                <thead>
                  <tr>
                    <Th>Since</Th>
                    <Th>Status</Th>
                    <Th className="hidden sm:table-cell">Note</Th>
                    <Th className="hidden md:table-cell">Recorded by</Th>
                  </tr>
                </thead>
                <tbody>
                  {c.history.map((h) => (
                    <tr key={h.id}>
                      <Td className="whitespace-nowrap">{formatDate(h.changedOn, locale)}</Td>
                      <Td>{caseStatusLabels[h.status]}</Td>
                      <Td className="hidden sm:table-cell">{h.note ?? "—"}</Td>
                      <Td className="hidden md:table-cell">{h.byName ?? "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </section>
          <section aria-labelledby="timeline">
            <h2 id="timeline" className="mb-2 text-base font-semibold text-slate-900">
              Timeline
            </h2>
            <p className="mb-3 text-sm text-slate-600">Status changes and the appeals, letters and events about this case.</p>
            <CaseTimeline caseId={c.id} {...timeline} params={raw} locale={locale} />
          </section>
        </div>
        <aside aria-label="Details" className="space-y-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <dl className="space-y-3">
              <div>
                <dt className="text-slate-600">Country</dt>
                <dd>{countryName(c.country)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Names</dt>
                <dd>
                  <ul className="space-y-1">
                    <li>{c.primaryName}</li>
                    {c.nameNative && <li>{c.nameNative}</li>}
                    {c.names.map((n) => (
                      <li key={n.id}>
                        {n.name}{" "}
                        <span className="text-xs text-slate-600">
                          ({[scriptLabel(n.script), n.language].filter(Boolean).join(", ")})
                        </span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">Tags</dt>
                <dd className="flex flex-wrap gap-1">{c.tags.length ? c.tags.map((t) => <Badge key={t}>{t}</Badge>) : "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Campaigns</dt>
                <dd>
                  {c.campaigns.length ? (
                    <ul className="space-y-1">
                      {c.campaigns.map((k) => (
                        <li key={k.id}>
                          <Link href={`/campaigns/${k.id}`} className="text-blue-800 hover:underline">
                            {k.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">Created</dt>
                <dd>
                  {formatDateTime(c.createdAt, locale)}
                  {c.createdByName && ` by ${c.createdByName}`}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">Last updated</dt>
                <dd>{formatDateTime(c.updatedAt, locale)}</dd>
              </div>
            </dl>
          </div>
          <section aria-labelledby="assigned" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="assigned" className="mb-1 text-base font-semibold text-slate-900">
              Assigned
            </h2>
            <p className="mb-3 text-xs text-slate-600">
              {c.restricted ? "Besides managers and admins, only these people see this case." : "Who works on this case."}
            </p>
            {mayAssign ? (
              <CaseAssignments caseId={c.id} assignees={c.assignees} candidates={candidates} actions={{ assign: assignCaseUserAction, unassign: unassignCaseUserAction }} />
            ) : c.assignees.length ? (
              <ul className="space-y-1">
                {c.assignees.map((a) => (
                  <li key={a.id}>
                    {a.name} <span className="text-xs text-slate-600">({roleLabels[a.role]})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-600">Nobody is assigned.</p>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
