import { Badge, type Tone } from "@/components/ui/badge";
import { caseStatusLabels, type CaseStatus } from "@/lib/cases/schema";

const tones: Record<CaseStatus, Tone> = {
  at_risk: "amber",
  detained: "red",
  house_arrest: "red",
  imprisoned: "red",
  released: "green",
  in_exile: "blue",
  extradition_risk: "amber",
  deceased: "slate",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return <Badge tone={tones[status]}>{caseStatusLabels[status]}</Badge>;
}

export function RestrictedBadge() {
  return <Badge tone="amber">Restricted</Badge>;
}
