import { CountryOptions } from "@/components/contacts/country-options";
import { labelled, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { organizationKindLabels, organizationKinds, type OrganizationListParams } from "@/lib/organizations/schema";

export function OrganizationFilters({ params }: { params: OrganizationListParams }) {
  return (
    <FilterForm label="Filter organizations">
      <SearchFilter value={params.q} placeholder="Name or acronym, any script" />
      <SelectFilter id="kind" label="Kind" value={params.kind} options={labelled(organizationKinds, organizationKindLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="country" label="Country" value={params.country} className="max-w-48">
        <CountryOptions emptyLabel="All" />
      </SelectFilter>
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="name">Name</option>
        <option value="updated">Recently updated</option>
        <option value="country">Country</option>
      </SelectFilter>
    </FilterForm>
  );
}
