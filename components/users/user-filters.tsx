import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { roleLabels, roles } from "@/lib/auth/policy";
import { userStatuses, userStatusLabels, type UserListParams } from "@/lib/users/schema";

// A plain GET form: filters go into the URL and work without JavaScript.
export function UserFilters({ params }: { params: UserListParams }) {
  return (
    <form method="get" role="search" aria-label="Filter users" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
          Search
        </label>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or e-mail" />
      </div>
      <div>
        <label htmlFor="role" className="mb-1 block text-sm font-medium text-slate-800">
          Role
        </label>
        <Select id="role" name="role" defaultValue={params.role}>
          <option value="all">All roles</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="status" className="mb-1 block text-sm font-medium text-slate-800">
          Status
        </label>
        <Select id="status" name="status" defaultValue={params.status}>
          {userStatuses.map((s) => (
            <option key={s} value={s}>
              {userStatusLabels[s]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
