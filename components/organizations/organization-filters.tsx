import { CountryOptions } from "@/components/contacts/country-options";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { organizationKindLabels, organizationKinds, type OrganizationListParams } from "@/lib/organizations/schema";

export function OrganizationFilters({ params }: { params: OrganizationListParams }) {
  return (
    <FilterForm label="Filter organizations">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or acronym, any script" />
      </FilterField>
      <FilterField id="kind" label="Kind">
        <Select id="kind" name="kind" defaultValue={params.kind}>
          <option value="all">All</option>
          {organizationKinds.map((k) => (
            <option key={k} value={k}>
              {organizationKindLabels[k]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="country" label="Country">
        <Select id="country" name="country" defaultValue={params.country} className="max-w-48">
          <CountryOptions emptyLabel="All" />
        </Select>
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="name">Name</option>
          <option value="updated">Recently updated</option>
          <option value="country">Country</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}
