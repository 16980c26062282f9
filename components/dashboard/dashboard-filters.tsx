import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { countryOptions } from "@/lib/contacts/countries";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import type { DashboardFilters as Filters } from "@/lib/dashboard/schema";

type Props = { filters: Filters; campaigns: Array<{ id: string; name: string }> };

export function DashboardFilters({ filters, campaigns }: Props) {
  return (
    <FilterForm label="Filter the dashboard">
      <FilterField id="campaign" label="Campaign">
        <Select id="campaign" name="campaign" defaultValue={filters.campaign} className="max-w-64">
          <option value="">All campaigns</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="from" label="From">
        <Input id="from" name="from" type="date" defaultValue={filters.from} />
      </FilterField>
      <FilterField id="to" label="To">
        <Input id="to" name="to" type="date" defaultValue={filters.to} />
      </FilterField>
      <FilterField id="country" label="Country">
        <Select id="country" name="country" defaultValue={filters.country} className="max-w-48">
          <option value="">All</option>
          {countryOptions.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="body" label="Parliamentary body">
        <Select id="body" name="body" defaultValue={filters.body}>
          <option value="all">All</option>
          {parliamentaryBodies.map((b) => (
            <option key={b} value={b}>
              {parliamentaryBodyLabels[b]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="months" label="Quiet for (months)">
        <Input id="months" name="months" type="number" min={1} max={120} defaultValue={filters.months} className="w-24" />
      </FilterField>
    </FilterForm>
  );
}
