import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Select } from "@/components/ui/input";
import { countryName } from "@/lib/contacts/countries";
import { signatoryStatuses, signatoryStatusLabels, type PoolListParams } from "@/lib/letters/schema";

type Props = { params: PoolListParams; countries: string[]; groups: string[] };

export function PoolFilters({ params, countries, groups }: Props) {
  return (
    <FilterForm label="Filter the pool">
      <FilterField id="ps" label="Status">
        <Select id="ps" name="ps" defaultValue={params.ps}>
          <option value="all">All</option>
          {signatoryStatuses.map((s) => (
            <option key={s} value={s}>
              {signatoryStatusLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="pc" label="Country">
        <Select id="pc" name="pc" defaultValue={params.pc}>
          <option value="">Any country</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="pg" label="Group">
        <Select id="pg" name="pg" defaultValue={params.pg}>
          <option value="">Any group</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterForm>
  );
}
