import { labelled, listed, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
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
      <SearchFilter value={params.q} placeholder="Any spelling of the name, any script" />
      <SelectFilter id="country" label="Country" value={params.country} className="max-w-48" options={listed(options.countries, countryName)}>
        <option value="">All</option>
      </SelectFilter>
      <SelectFilter id="status" label="Status" value={params.status} options={labelled(caseStatuses, caseStatusLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="tag" label="Tag" value={params.tag} className="max-w-48" options={listed(options.tags)}>
        <option value="">Any</option>
      </SelectFilter>
      <SelectFilter id="campaign" label="Campaign" value={params.campaign} className="max-w-56" options={named(options.campaigns)}>
        <option value="">Any</option>
      </SelectFilter>
      {showRestricted && (
        <SelectFilter id="restricted" label="Restricted" value={params.restricted}>
          <option value="any">Any</option>
          <option value="yes">Restricted only</option>
          <option value="no">Not restricted</option>
        </SelectFilter>
      )}
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="relevance">Relevance (when searching)</option>
        <option value="name">Name</option>
        <option value="updated">Recently updated</option>
        <option value="country">Country</option>
        <option value="status">Status</option>
      </SelectFilter>
    </FilterForm>
  );
}
