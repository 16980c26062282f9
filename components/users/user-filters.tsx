import { labelled, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { roleLabels, roles } from "@/lib/auth/policy";
import { userStatuses, userStatusLabels, type UserListParams } from "@/lib/users/schema";

export function UserFilters({ params }: { params: UserListParams }) {
  return (
    <FilterForm label="Filter users">
      <SearchFilter value={params.q} placeholder="Name or e-mail" />
      <SelectFilter id="role" label="Role" value={params.role} options={labelled(roles, roleLabels)}>
        <option value="all">All roles</option>
      </SelectFilter>
      <SelectFilter id="status" label="Status" value={params.status} options={labelled(userStatuses, userStatusLabels)} />
    </FilterForm>
  );
}
