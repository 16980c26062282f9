import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { campaignStatuses, campaignStatusLabels, type CampaignListParams } from "@/lib/campaigns/schema";

export function CampaignFilters({ params }: { params: CampaignListParams }) {
  return (
    <FilterForm label="Filter campaigns">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or summary, any script" />
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="current">Current (not archived)</option>
          {campaignStatuses.map((s) => (
            <option key={s} value={s}>
              {campaignStatusLabels[s]}
            </option>
          ))}
          <option value="all">All</option>
        </Select>
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="updated">Recently updated</option>
          <option value="name">Name</option>
          <option value="starts">Start date</option>
          <option value="status">Status</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}
