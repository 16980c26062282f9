import { CountryOptions } from "@/components/contacts/country-options";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
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
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Title or subject" />
      </FilterField>
      <FilterField id="type" label="Type">
        <Select id="type" name="type" defaultValue={params.type}>
          <option value="all">All types</option>
          {appealTypes.map((t) => (
            <option key={t} value={t}>
              {appealTypeLabels[t]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="campaign" label="Campaign">
        <Select id="campaign" name="campaign" defaultValue={params.campaign}>
          <option value="">Any campaign</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="case" label="Case">
        <Select id="case" name="case" defaultValue={params.case}>
          <option value="">Any case</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="owner" label="Owner">
        <Select id="owner" name="owner" defaultValue={params.owner}>
          <option value="">Anyone</option>
          <option value="mine">Mine</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="country" label="Case country">
        <Select id="country" name="country" defaultValue={params.country} className="max-w-48">
          <CountryOptions emptyLabel="Any" />
        </Select>
      </FilterField>
      <FilterField id="body" label="Recipients' body">
        <Select id="body" name="body" defaultValue={params.body}>
          <option value="all">Any</option>
          {parliamentaryBodies.map((b) => (
            <option key={b} value={b}>
              {parliamentaryBodyLabels[b]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="replied" label="Reply">
        <Select id="replied" name="replied" defaultValue={params.replied}>
          <option value="any">Any</option>
          <option value="yes">Replied</option>
          <option value="no">No reply yet</option>
        </Select>
      </FilterField>
      <FilterField id="dated" label="Dates by">
        <Select id="dated" name="dated" defaultValue={params.dated}>
          {appealDateKinds.map((d) => (
            <option key={d} value={d}>
              {appealDateKindLabels[d]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="from" label="From">
        <Input id="from" name="from" type="date" defaultValue={params.from} />
      </FilterField>
      <FilterField id="to" label="To">
        <Input id="to" name="to" type="date" defaultValue={params.to} />
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          {appealSorts.map((s) => (
            <option key={s} value={s}>
              {appealSortLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterForm>
  );
}
