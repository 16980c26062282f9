import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
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
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name, title or organization, any script" />
      </FilterField>
      <FilterField id="kind" label="Kind">
        <Select id="kind" name="kind" defaultValue={params.kind}>
          <option value="all">All</option>
          {contactKinds.map((k) => (
            <option key={k} value={k}>
              {contactKindLabels[k]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="body" label="Parliamentary body">
        <Select id="body" name="body" defaultValue={params.body}>
          <option value="all">All</option>
          <option value="any_parliament">Any parliament</option>
          {parliamentaryBodies.map((b) => (
            <option key={b} value={b}>
              {parliamentaryBodyLabels[b]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="type" label="Institution type">
        <Select id="type" name="type" defaultValue={params.type}>
          <option value="all">All</option>
          {institutionTypes.map((t) => (
            <option key={t} value={t}>
              {institutionTypeLabels[t]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="country" label="Country">
        <Select id="country" name="country" defaultValue={params.country} className="max-w-48">
          <CountryOptions emptyLabel="All" />
        </Select>
      </FilterField>
      <FilterField id="group" label="Political group">
        <Input id="group" name="group" defaultValue={params.group} className="w-28" />
      </FilterField>
      <FilterField id="committee" label="Committee">
        <Input id="committee" name="committee" defaultValue={params.committee} className="w-28" />
      </FilterField>
      <FilterField id="tag" label="Tag">
        <Input id="tag" name="tag" defaultValue={params.tag} className="w-28" />
      </FilterField>
      <FilterField id="list" label="List">
        <Select id="list" name="list" defaultValue={params.list} className="max-w-56">
          <option value="">Any</option>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="dnc" label="Do not contact">
        <Select id="dnc" name="dnc" defaultValue={params.dnc}>
          <option value="any">Any</option>
          <option value="no">Contactable only</option>
          <option value="yes">Do-not-contact only</option>
        </Select>
      </FilterField>
      <FilterField id="notContactedSince" label="Not contacted since">
        <Input id="notContactedSince" name="notContactedSince" type="date" defaultValue={params.notContactedSince} />
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="relevance">Relevance (when searching)</option>
          <option value="name">Name</option>
          <option value="updated">Recently updated</option>
          <option value="country">Country</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}
