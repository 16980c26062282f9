import { Badge, type Tone } from "@/components/ui/badge";
import { incomingStatusLabels, type IncomingStatus } from "@/lib/incoming/schema";

const tones: Record<IncomingStatus, Tone> = { new: "blue", under_review: "amber", accepted: "green", referred: "slate", declined: "slate" };

export function IncomingStatusBadge({ status }: { status: IncomingStatus }) {
  return <Badge tone={tones[status]}>{incomingStatusLabels[status]}</Badge>;
}

/** Due date passed and no decision yet: shown in words, not by colour alone. */
export function OverdueBadge() {
  return <Badge tone="red">Overdue</Badge>;
}
