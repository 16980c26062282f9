import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { appealSortLabels, appealSorts, appealTypeLabels, appealTypes, type AppealListParams } from "@/lib/appeals/schema";

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
