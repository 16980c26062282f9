import { InputFilter, labelled, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import {
  contactKindLabels,
  contactKinds,
  institutionTypeLabels,
  institutionTypes,
  parliamentaryBodies,
  parliamentaryBodyLabels,
  type ContactListParams,
} from "@/lib/contacts/schema";
import { CountryOptions } from "./country-options";

type Props = { params: ContactListParams; lists: Array<{ id: string; name: string }> };

export function ContactFilters({ params, lists }: Props) {
  return (
    <FilterForm label="Filter contacts">
      <SearchFilter value={params.q} placeholder="Name, title or organization, any script" />
      <SelectFilter id="kind" label="Kind" value={params.kind} options={labelled(contactKinds, contactKindLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="body" label="Parliamentary body" value={params.body} options={labelled(parliamentaryBodies, parliamentaryBodyLabels)}>
        <option value="all">All</option>
        <option value="any_parliament">Any parliament</option>
      </SelectFilter>
      <SelectFilter id="type" label="Institution type" value={params.type} options={labelled(institutionTypes, institutionTypeLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="country" label="Country" value={params.country} className="max-w-48">
        <CountryOptions emptyLabel="All" />
      </SelectFilter>
      <InputFilter id="group" label="Political group" defaultValue={params.group} className="w-28" />
      <InputFilter id="committee" label="Committee" defaultValue={params.committee} className="w-28" />
      <InputFilter id="tag" label="Tag" defaultValue={params.tag} className="w-28" />
      <SelectFilter id="list" label="List" value={params.list} className="max-w-56" options={named(lists)}>
        <option value="">Any</option>
      </SelectFilter>
      <SelectFilter id="dnc" label="Do not contact" value={params.dnc}>
        <option value="any">Any</option>
        <option value="no">Contactable only</option>
        <option value="yes">Do-not-contact only</option>
      </SelectFilter>
      <InputFilter id="notContactedSince" label="Not contacted since" type="date" defaultValue={params.notContactedSince} />
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="relevance">Relevance (when searching)</option>
        <option value="name">Name</option>
        <option value="updated">Recently updated</option>
        <option value="country">Country</option>
      </SelectFilter>
    </FilterForm>
  );
}
