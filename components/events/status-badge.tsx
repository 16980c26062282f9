import { Badge, type Tone } from "@/components/ui/badge";
import { eventStatusLabels, type EventStatus } from "@/lib/events/schema";

const tones: Record<EventStatus, Tone> = {
  idea: "slate",
  planned: "blue",
  confirmed: "blue",
  invitations_sent: "amber",
  held: "green",
  reported: "green",
  cancelled: "red",
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <Badge tone={tones[status]}>{eventStatusLabels[status]}</Badge>;
}
