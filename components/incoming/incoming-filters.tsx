import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { incomingChannelLabels, incomingChannels, incomingStatuses, incomingStatusLabels, type IncomingListParams } from "@/lib/incoming/schema";

type Props = { params: IncomingListParams; officers: Array<{ id: string; name: string }> };

export function IncomingFilters({ params, officers }: Props) {
  return (
    <FilterForm label="Filter incoming appeals">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Sender, request or text, any script" />
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="all">All</option>
          <option value="open">Awaiting a decision</option>
          {incomingStatuses.map((s) => (
            <option key={s} value={s}>
              {incomingStatusLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="assigned" label="Assigned to">
        <Select id="assigned" name="assigned" defaultValue={params.assigned}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Nobody (unassigned)</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="channel" label="Channel">
        <Select id="channel" name="channel" defaultValue={params.channel}>
          <option value="">Any</option>
          {incomingChannels.map((c) => (
            <option key={c} value={c}>
              {incomingChannelLabels[c]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="received">Received, newest first</option>
          <option value="due">Due date, soonest first</option>
        </Select>
      </FilterField>
      <div className="flex h-10 items-center gap-2">
        <input id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={params.overdue === "1"} className="h-4 w-4 accent-blue-800" />
        <label htmlFor="overdue" className="text-sm font-medium text-slate-800">
          Overdue only
        </label>
      </div>
    </FilterForm>
  );
}
