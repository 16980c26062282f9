import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { RoleBadge, UserStatusBadge } from "@/components/users/badges";
import { UserFilters } from "@/components/users/user-filters";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";
import { listUsers } from "@/lib/users/queries";
import { userListSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  if (!can(user.role, "user.manage")) notFound();
  const raw = await searchParams;
  const params = userListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, locale] = await Promise.all([listUsers(user, params), getLocale()]);
  const filtered = params.q !== "" || params.role !== "all" || params.status !== "active";

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and with which role."
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href="/admin/security">Security settings</Link>
            </Button>
            <Button asChild>
              <Link href="/admin/users/new">New user</Link>
            </Button>
          </>
        }
      />
      <UserFilters params={params} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No user matches these filters." : "No users yet."}>
          {filtered && (
            <Link className="text-blue-800 underline" href="/admin/users">
              Clear the filters
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Users">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th className="hidden sm:table-cell">Last sign-in</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <Td>
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-blue-800 hover:underline">
                      {u.name}
                    </Link>
                    {u.id === user.id && <span className="text-slate-600"> (you)</span>}
                    <p className="mt-0.5 break-all text-xs text-slate-600">{u.email}</p>
                  </Td>
                  <Td>
                    <RoleBadge role={u.role} />
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      <UserStatusBadge active={u.active} />
                      {u.active && u.mustChangePassword && <Badge tone="amber">Temporary password</Badge>}
                    </div>
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : "Never"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/admin/users" params={raw} page={page} pageSize={pageSize} total={total} noun="users" />
        </>
      )}
    </>
  );
}
