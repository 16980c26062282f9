import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { Input, Select } from "@/components/ui/input";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { auditListSchema, getAuditFilterOptions, listAuditEntries, type AuditListParams } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { ignoredDateParams } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { hrefWith, type SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Audit log" };

// Where an entity's page lives, for the entities that have one.
const entityPaths: Record<string, string> = { user: "/admin/users", campaign: "/campaigns" };

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A before/after value, short enough for one line of the table. */
function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return truncate(text.replace(/\s+/g, " "), 80);
}

type Changes = Record<string, { before: unknown; after: unknown }> | null;

function ChangedFields({ changes }: { changes: Changes }) {
  const fields = Object.entries(changes ?? {});
  if (fields.length === 0) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-blue-800">
        {fields.length === 1 ? "1 field" : `${fields.length} fields`}: {truncate(fields.map(([f]) => f).join(", "), 60)}
      </summary>
      <dl className="mt-1 space-y-1">
        {fields.map(([field, { before, after }]) => (
          <div key={field}>
            <dt className="font-medium text-slate-700">{field}</dt>
            <dd className="break-words text-slate-800">
              <span className="text-slate-600">{shortValue(before)}</span>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> changed to </span>
              {shortValue(after)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

type Options = Awaited<ReturnType<typeof getAuditFilterOptions>>;

function AuditFilters({ params, options }: { params: AuditListParams; options: Options }) {
  return (
    <FilterForm label="Filter the audit log">
      {params.entityId && <input type="hidden" name="entityId" value={params.entityId} />}
      <FilterField id="actor" label="Actor">
        <Select id="actor" name="actor" defaultValue={params.actor ?? ""} className="max-w-64">
          <option value="">Anyone</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="entity" label="Entity">
        <Select id="entity" name="entity" defaultValue={params.entity ?? ""}>
          <option value="">All</option>
          {options.entities.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="action" label="Action">
        <Select id="action" name="action" defaultValue={params.action ?? ""}>
          <option value="">All</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="from" label={<>From <span className="font-normal text-slate-600">(UTC)</span></>}>
        <Input id="from" name="from" type="date" defaultValue={params.from ?? ""} />
      </FilterField>
      <FilterField id="to" label={<>To <span className="font-normal text-slate-600">(UTC, inclusive)</span></>}>
        <Input id="to" name="to" type="date" defaultValue={params.to ?? ""} />
      </FilterField>
    </FilterForm>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  if (!can(user.role, "audit.read")) notFound();
  const raw = await searchParams;
  const params = auditListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, options, locale] = await Promise.all([
    listAuditEntries(user, params),
    getAuditFilterOptions(user),
    getLocale(),
  ]);
  const filtered = Object.entries(params).some(([key, value]) => key !== "page" && value !== undefined);

  return (
    <>
      <PageHeader title="Audit log" description="Who changed what and when, newest first." />
      <AuditFilters params={params} options={options} />
      <IgnoredDates labels={ignoredDateParams(raw, { from: "From", to: "To" })} />
      {params.entityId && (
        <p className="mb-4 text-sm text-slate-700">
          Showing only entries about record <code className="break-all">{params.entityId}</code>.{" "}
          <Link className="text-blue-800 underline" href={hrefWith("/admin/audit", raw, { entityId: null, page: null })}>
            Show all records
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No entry matches these filters." : "No audit entries yet."}>
          {filtered && (
            <Link className="text-blue-800 underline" href="/admin/audit">
              Clear the filters
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Audit entries, newest first">
            <thead>
              <tr>
                <Th>Time</Th>
                <Th>Actor</Th>
                <Th>Action</Th>
                <Th>Entity</Th>
                <Th>Summary and changes</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const path = e.entityId ? entityPaths[e.entity] : undefined;
                return (
                  <tr key={e.id}>
                    <Td className="whitespace-nowrap">
                      <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
                    </Td>
                    <Td className="break-all">{e.actorEmail ?? <span className="text-slate-600">System</span>}</Td>
                    <Td className="whitespace-nowrap">{e.action}</Td>
                    <Td>
                      {e.entity}
                      {e.entityId && (
                        <span className="block font-mono text-xs text-slate-600" title={e.entityId}>
                          {path ? (
                            <Link href={`${path}/${e.entityId}`} className="text-blue-800 hover:underline">
                              {truncate(e.entityId, 13)}
                            </Link>
                          ) : (
                            truncate(e.entityId, 13)
                          )}
                        </span>
                      )}
                    </Td>
                    <Td className="min-w-64">
                      {e.summary ? truncate(e.summary, 160) : <span className="text-slate-600">—</span>}
                      <ChangedFields changes={e.changes} />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination path="/admin/audit" params={raw} page={page} pageSize={pageSize} total={total} noun="entries" />
        </>
      )}
    </>
  );
}
