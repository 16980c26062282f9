import { SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import type { ListIndexParams } from "@/lib/lists/schema";

export function ListFilters({ params }: { params: ListIndexParams }) {
  return (
    <FilterForm label="Filter lists">
      <SearchFilter value={params.q} placeholder="Name or description, any script" />
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="name">Name</option>
        <option value="updated">Recently updated</option>
        <option value="members">Most members</option>
        <option value="created">Newest</option>
      </SelectFilter>
    </FilterForm>
  );
}
