import { labelled, listed, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { countryName } from "@/lib/contacts/countries";
import { signatoryStatuses, signatoryStatusLabels, type PoolListParams } from "@/lib/letters/schema";

type Props = { params: PoolListParams; countries: string[]; groups: string[] };

export function PoolFilters({ params, countries, groups }: Props) {
  return (
    <FilterForm label="Filter the pool">
      <SelectFilter id="ps" label="Status" value={params.ps} options={labelled(signatoryStatuses, signatoryStatusLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="pc" label="Country" value={params.pc} options={listed(countries, countryName)}>
        <option value="">Any country</option>
      </SelectFilter>
      <SelectFilter id="pg" label="Group" value={params.pg} options={listed(groups)}>
        <option value="">Any group</option>
      </SelectFilter>
    </FilterForm>
  );
}
