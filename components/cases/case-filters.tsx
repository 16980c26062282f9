import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { caseStatuses, caseStatusLabels, type CaseListParams } from "@/lib/cases/schema";
import { countryName } from "@/lib/contacts/countries";

type Props = {
  params: CaseListParams;
  /** choices from the cases the user may see only */
  options: { countries: string[]; tags: string[]; campaigns: Array<{ id: string; name: string }> };
  showRestricted: boolean;
};

export function CaseFilters({ params, options, showRestricted }: Props) {
  return (
    <FilterForm label="Filter cases">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Any spelling of the name, any script" />
      </FilterField>
      <FilterField id="country" label="Country">
        <Select id="country" name="country" defaultValue={params.country} className="max-w-48">
          <option value="">All</option>
          {options.countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="all">All</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {caseStatusLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="tag" label="Tag">
        <Select id="tag" name="tag" defaultValue={params.tag} className="max-w-48">
          <option value="">Any</option>
          {options.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="campaign" label="Campaign">
        <Select id="campaign" name="campaign" defaultValue={params.campaign} className="max-w-56">
          <option value="">Any</option>
          {options.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      {showRestricted && (
        <FilterField id="restricted" label="Restricted">
          <Select id="restricted" name="restricted" defaultValue={params.restricted}>
            <option value="any">Any</option>
            <option value="yes">Restricted only</option>
            <option value="no">Not restricted</option>
          </Select>
        </FilterField>
      )}
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="relevance">Relevance (when searching)</option>
          <option value="name">Name</option>
          <option value="updated">Recently updated</option>
          <option value="country">Country</option>
          <option value="status">Status</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}
