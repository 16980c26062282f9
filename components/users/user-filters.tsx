import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { roleLabels, roles } from "@/lib/auth/policy";
import { userStatuses, userStatusLabels, type UserListParams } from "@/lib/users/schema";

export function UserFilters({ params }: { params: UserListParams }) {
  return (
    <FilterForm label="Filter users">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or e-mail" />
      </FilterField>
      <FilterField id="role" label="Role">
        <Select id="role" name="role" defaultValue={params.role}>
          <option value="all">All roles</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          {userStatuses.map((s) => (
            <option key={s} value={s}>
              {userStatusLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterForm>
  );
}
