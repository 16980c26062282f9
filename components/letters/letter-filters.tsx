import { labelled, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import { letterKindLabels, letterKinds, letterStatuses, letterStatusLabels, type LetterListParams } from "@/lib/letters/schema";

type Props = { params: LetterListParams; campaigns: Array<{ id: string; name: string }> };

export function LetterFilters({ params, campaigns }: Props) {
  return (
    <FilterForm label="Filter letters">
      <SearchFilter value={params.q} placeholder="Title, addressee or reference" />
      <SelectFilter id="kind" label="Kind" value={params.kind} options={labelled(letterKinds, letterKindLabels)}>
        <option value="all">All kinds</option>
      </SelectFilter>
      <SelectFilter id="body" label="Body" value={params.body} options={labelled(parliamentaryBodies, parliamentaryBodyLabels)}>
        <option value="all">All bodies</option>
      </SelectFilter>
      <SelectFilter id="status" label="Status" value={params.status} options={labelled(letterStatuses, letterStatusLabels)}>
        <option value="all">All</option>
        <option value="open">Open (draft or collecting)</option>
      </SelectFilter>
      <SelectFilter id="campaign" label="Campaign" value={params.campaign} options={named(campaigns)}>
        <option value="">Any campaign</option>
      </SelectFilter>
    </FilterForm>
  );
}
