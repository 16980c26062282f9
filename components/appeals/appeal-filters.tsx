import { CountryOptions } from "@/components/contacts/country-options";
import { DateRangeFilter, labelled, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import {
  appealDateKindLabels,
  appealDateKinds,
  appealSortLabels,
  appealSorts,
  appealTypeLabels,
  appealTypes,
  type AppealListParams,
} from "@/lib/appeals/schema";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/schema";

type Option = { id: string; name: string };
type Props = { params: AppealListParams; campaigns: Option[]; cases: Option[]; owners: Option[] };

export function AppealFilters({ params, campaigns, cases, owners }: Props) {
  return (
    <FilterForm label="Filter appeals">
      {/* The status is chosen with the tabs; the filter keeps it. */}
      {params.status !== "all" && <input type="hidden" name="status" value={params.status} />}
      <SearchFilter value={params.q} placeholder="Title or subject" />
      <SelectFilter id="type" label="Type" value={params.type} options={labelled(appealTypes, appealTypeLabels)}>
        <option value="all">All types</option>
      </SelectFilter>
      <SelectFilter id="campaign" label="Campaign" value={params.campaign} options={named(campaigns)}>
        <option value="">Any campaign</option>
      </SelectFilter>
      <SelectFilter id="case" label="Case" value={params.case} options={named(cases)}>
        <option value="">Any case</option>
      </SelectFilter>
      <SelectFilter id="owner" label="Owner" value={params.owner} options={named(owners)}>
        <option value="">Anyone</option>
        <option value="mine">Mine</option>
      </SelectFilter>
      <SelectFilter id="country" label="Case country" value={params.country} className="max-w-48">
        <CountryOptions emptyLabel="Any" />
      </SelectFilter>
      <SelectFilter id="body" label="Recipients' body" value={params.body} options={labelled(parliamentaryBodies, parliamentaryBodyLabels)}>
        <option value="all">Any</option>
      </SelectFilter>
      <SelectFilter id="replied" label="Reply" value={params.replied}>
        <option value="any">Any</option>
        <option value="yes">Replied</option>
        <option value="no">No reply yet</option>
      </SelectFilter>
      <SelectFilter id="dated" label="Dates by" value={params.dated} options={labelled(appealDateKinds, appealDateKindLabels)} />
      <DateRangeFilter from={params.from} to={params.to} />
      <SelectFilter id="sort" label="Sort by" value={params.sort} options={labelled(appealSorts, appealSortLabels)} />
    </FilterForm>
  );
}
