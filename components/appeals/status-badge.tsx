import { Badge, type Tone } from "@/components/ui/badge";
import { appealStatusLabels, type AppealStatus } from "@/lib/appeals/schema";

const tones: Record<AppealStatus, Tone> = { draft: "slate", in_review: "amber", approved: "blue", sent: "green", response_received: "green", closed: "slate" };

export function AppealStatusBadge({ status }: { status: AppealStatus }) {
  return <Badge tone={tones[status]}>{appealStatusLabels[status]}</Badge>;
}
