import { DateRangeFilter, InputFilter, labelled, named, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { countryOptions } from "@/lib/contacts/countries";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import type { DashboardFilters as Filters } from "@/lib/dashboard/schema";

type Props = { filters: Filters; campaigns: Array<{ id: string; name: string }> };

export function DashboardFilters({ filters, campaigns }: Props) {
  return (
    <FilterForm label="Filter the dashboard">
      <SelectFilter id="campaign" label="Campaign" value={filters.campaign} className="max-w-64" options={named(campaigns)}>
        <option value="">All campaigns</option>
      </SelectFilter>
      <DateRangeFilter from={filters.from} to={filters.to} />
      <SelectFilter
        id="country"
        label="Country"
        value={filters.country}
        className="max-w-48"
        options={countryOptions.map((c) => ({ value: c.code, label: c.name }))}
      >
        <option value="">All</option>
      </SelectFilter>
      <SelectFilter id="body" label="Parliamentary body" value={filters.body} options={labelled(parliamentaryBodies, parliamentaryBodyLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <InputFilter id="months" label="Quiet for (months)" type="number" min={1} max={120} defaultValue={filters.months} className="w-24" />
    </FilterForm>
  );
}
