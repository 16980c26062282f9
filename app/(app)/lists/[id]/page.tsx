import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addContactsToListAction, addSearchMatchesAction, deleteListAction, removeMemberAction } from "@/app/(app)/lists/actions";
import { AddMembers } from "@/components/lists/add-members";
import { AddMembersTable } from "@/components/lists/add-members-table";
import { AddMembersSearch } from "@/components/lists/add-members-search";
import { DeleteButton } from "@/components/ui/delete-button";
import { MemberSearch } from "@/components/lists/member-search";
import { MembersTable } from "@/components/lists/members-table";
import { UndoRemoval } from "@/components/lists/undo-removal";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { getContactName, listMembers, searchContactsToAdd } from "@/lib/lists/queries";
import { listMembersSchema } from "@/lib/lists/schema";
import { getLocale } from "@/lib/locale";
import { pageList } from "@/lib/page-records";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageList((await params).id);
  return { title: `List: ${r.name}` };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function ListPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  // `removed` only drives the one-off "Undo" notice; paging and searching drop it.
  const { removed: removedParam, ...raw } = await searchParams;
  const query = listMembersSchema.parse(raw);
  const removed = typeof removedParam === "string" && isUuid(removedParam) ? removedParam : null;
  const mayWrite = can(user.role, "contact.write");

  const list = await pageList(id);
  const [members, toAdd, removedName, locale] = await Promise.all([
    listMembers(user, id, query),
    mayWrite && query.add ? searchContactsToAdd(user, id, query.add) : null,
    mayWrite && removed ? getContactName(user, removed) : null,
    getLocale(),
  ]);
  const path = `/lists/${id}`;
  const memberLabel = `${list.memberCount.toLocaleString("en")} ${list.memberCount === 1 ? "member" : "members"}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/lists" className="text-blue-800 hover:underline">
          ← Lists
        </Link>
      </p>
      <PageHeader
        title={list.name}
        description={memberLabel}
        actions={
          mayWrite && (
            <>
              <Button asChild variant="secondary">
                <a href={`/api/lists/${list.id}/export`} download>
                  Export CSV
                </a>
              </Button>
              <Button asChild variant="secondary">
                <Link href={`${path}/edit`}>Edit</Link>
              </Button>
              <DeleteButton
                action={deleteListAction}
                record={list}
                noun="list"
                label="Delete list"
                then="/lists"
                description={`“${list.name}” and its ${list.memberCount.toLocaleString("en")} ${list.memberCount === 1 ? "member" : "members"} will be removed from the lists. The contacts themselves are kept.`}
              />
            </>
          )
        }
      />
      {removed && removedName && <UndoRemoval listId={id} contactId={removed} name={removedName} clearHref={hrefWith(path, raw, {})} action={addContactsToListAction} />}
      <div className="mb-6 grid gap-6 md:grid-cols-3">
        <p className="whitespace-pre-wrap text-sm leading-6 text-slate-800 md:col-span-2">{list.description || "No description."}</p>
        <aside aria-label="Details" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <dl className="space-y-3">
            <div>
              <dt className="text-slate-600">Created</dt>
              <dd>
                {formatDateTime(list.createdAt, locale)}
                {list.createdByName && ` by ${list.createdByName}`}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Last updated</dt>
              <dd>{formatDateTime(list.updatedAt, locale)}</dd>
            </div>
            {list.source && (
              <div>
                <dt className="text-slate-600">Source</dt>
                <dd className="break-all">{list.source}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>

      <section aria-labelledby="members-heading" className="mb-8">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Members
        </h2>
        <MemberSearch q={query.q} add={query.add} />
        {members.rows.length === 0 ? (
          <EmptyState title={query.q ? "No member matches this search." : members.total > 0 ? "No members on this page." : "This list has no members yet."}>
            {members.total > 0 && !query.q ? (
              <Link className="text-blue-800 underline" href={hrefWith(path, raw, { page: null })}>
                Go to the first page
              </Link>
            ) : query.q ? (
              <Link className="text-blue-800 underline" href={hrefWith(path, raw, { q: null, page: null })}>
                Clear the search
              </Link>
            ) : (
              mayWrite && "Find contacts below and add them."
            )}
          </EmptyState>
        ) : (
          <>
            <MembersTable listId={id} listName={list.name} rows={members.rows} params={raw} mayWrite={mayWrite} removeAction={removeMemberAction} />
            <Pagination path={path} params={raw} page={members.page} pageSize={members.pageSize} total={members.total} noun="members" />
          </>
        )}
      </section>

      {mayWrite && (
        <section aria-labelledby="add-heading" className="space-y-4">
          <h2 id="add-heading" className="text-lg font-semibold text-slate-900">
            Add members
          </h2>
          <AddMembersSearch add={query.add} q={query.q} />
          {toAdd && (
            <AddMembers
              key={query.add}
              listId={id}
              q={query.add}
              total={toAdd.total}
              ids={toAdd.rows.map((c) => c.id)}
              actions={{ addContacts: addContactsToListAction, addMatches: addSearchMatchesAction }}
            >
              <AddMembersTable q={query.add} rows={toAdd.rows} />
            </AddMembers>
          )}
        </section>
      )}
    </>
  );
}
