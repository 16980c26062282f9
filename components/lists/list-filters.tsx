import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import type { ListIndexParams } from "@/lib/lists/schema";

export function ListFilters({ params }: { params: ListIndexParams }) {
  return (
    <FilterForm label="Filter lists">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or description, any script" />
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="name">Name</option>
          <option value="updated">Recently updated</option>
          <option value="members">Most members</option>
          <option value="created">Newest</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}
