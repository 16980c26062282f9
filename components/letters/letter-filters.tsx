import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import { letterKindLabels, letterKinds, letterStatuses, letterStatusLabels, type LetterListParams } from "@/lib/letters/schema";

type Props = { params: LetterListParams; campaigns: Array<{ id: string; name: string }> };

export function LetterFilters({ params, campaigns }: Props) {
  return (
    <FilterForm label="Filter letters">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Title, addressee or reference" />
      </FilterField>
      <FilterField id="kind" label="Kind">
        <Select id="kind" name="kind" defaultValue={params.kind}>
          <option value="all">All kinds</option>
          {letterKinds.map((k) => (
            <option key={k} value={k}>
              {letterKindLabels[k]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="body" label="Body">
        <Select id="body" name="body" defaultValue={params.body}>
          <option value="all">All bodies</option>
          {parliamentaryBodies.map((b) => (
            <option key={b} value={b}>
              {parliamentaryBodyLabels[b]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="all">All</option>
          <option value="open">Open (draft or collecting)</option>
          {letterStatuses.map((s) => (
            <option key={s} value={s}>
              {letterStatusLabels[s]}
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
    </FilterForm>
  );
}
