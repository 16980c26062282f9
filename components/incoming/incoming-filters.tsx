import { labelled, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { incomingChannelLabels, incomingChannels, incomingStatuses, incomingStatusLabels, type IncomingListParams } from "@/lib/incoming/schema";

type Props = { params: IncomingListParams; officers: Array<{ id: string; name: string }> };

export function IncomingFilters({ params, officers }: Props) {
  return (
    <FilterForm label="Filter incoming appeals">
      <SearchFilter value={params.q} placeholder="Sender, request or text, any script" />
      <SelectFilter id="status" label="Status" value={params.status} options={labelled(incomingStatuses, incomingStatusLabels)}>
        <option value="all">All</option>
        <option value="open">Awaiting a decision</option>
      </SelectFilter>
      <SelectFilter id="assigned" label="Assigned to" value={params.assigned} options={named(officers)}>
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="unassigned">Nobody (unassigned)</option>
      </SelectFilter>
      <SelectFilter id="channel" label="Channel" value={params.channel} options={labelled(incomingChannels, incomingChannelLabels)}>
        <option value="">Any</option>
      </SelectFilter>
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="received">Received, newest first</option>
        <option value="due">Due date, soonest first</option>
      </SelectFilter>
      <div className="flex h-10 items-center gap-2">
        <input id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={params.overdue === "1"} className="h-4 w-4 accent-blue-800" />
        <label htmlFor="overdue" className="text-sm font-medium text-slate-800">
          Overdue only
        </label>
      </div>
    </FilterForm>
  );
}
