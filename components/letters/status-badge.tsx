import { Badge, type Tone } from "@/components/ui/badge";
import { letterStatusLabels, signatoryStatusLabels, type LetterStatus, type SignatoryStatus } from "@/lib/letters/labels";

const letterTones: Record<LetterStatus, Tone> = { draft: "slate", collecting: "blue", closed: "amber", dispatched: "green", reply_received: "green" };
const signatoryTones: Record<SignatoryStatus, Tone> = {
  to_ask: "slate",
  asked: "blue",
  followed_up: "blue",
  agreed: "amber",
  signed: "green",
  declined: "red",
  no_reply: "slate",
};

export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  return <Badge tone={letterTones[status]}>{letterStatusLabels[status]}</Badge>;
}

export function SignatoryStatusBadge({ status }: { status: SignatoryStatus }) {
  return <Badge tone={signatoryTones[status]}>{signatoryStatusLabels[status]}</Badge>;
}
