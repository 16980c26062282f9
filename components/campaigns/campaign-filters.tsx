import { labelled, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { campaignStatuses, campaignStatusLabels, type CampaignListParams } from "@/lib/campaigns/schema";

export function CampaignFilters({ params }: { params: CampaignListParams }) {
  return (
    <FilterForm label="Filter campaigns">
      <SearchFilter value={params.q} placeholder="Name or summary, any script" />
      <SelectFilter
        id="status"
        label="Status"
        value={params.status}
        options={[{ value: "current", label: "Current (not archived)" }, ...labelled(campaignStatuses, campaignStatusLabels), { value: "all", label: "All" }]}
      />
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="updated">Recently updated</option>
        <option value="name">Name</option>
        <option value="starts">Start date</option>
        <option value="status">Status</option>
      </SelectFilter>
    </FilterForm>
  );
}
