import { Badge, type Tone } from "@/components/ui/badge";
import { campaignStatusLabels, type CampaignStatus } from "@/lib/campaigns/schema";

const tones: Record<CampaignStatus, Tone> = { planned: "blue", active: "green", paused: "amber", completed: "slate", archived: "slate" };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={tones[status]}>{campaignStatusLabels[status]}</Badge>;
}
