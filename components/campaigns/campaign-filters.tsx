import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { campaignStatuses, campaignStatusLabels, type CampaignListParams } from "@/lib/campaigns/schema";

// A plain GET form: filters go into the URL and work without JavaScript.
export function CampaignFilters({ params }: { params: CampaignListParams }) {
  return (
    <form method="get" role="search" aria-label="Filter campaigns" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
          Search
        </label>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Name or summary, any script" />
      </div>
      <div>
        <label htmlFor="status" className="mb-1 block text-sm font-medium text-slate-800">
          Status
        </label>
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="current">Current (not archived)</option>
          {campaignStatuses.map((s) => (
            <option key={s} value={s}>
              {campaignStatusLabels[s]}
            </option>
          ))}
          <option value="all">All</option>
        </Select>
      </div>
      <div>
        <label htmlFor="sort" className="mb-1 block text-sm font-medium text-slate-800">
          Sort by
        </label>
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="updated">Recently updated</option>
          <option value="name">Name</option>
          <option value="starts">Start date</option>
          <option value="status">Status</option>
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
