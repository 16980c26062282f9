import { Badge, type Tone } from "@/components/ui/badge";
import { roleLabels, type Role } from "@/lib/auth/policy";

const roleTones: Record<Role, Tone> = { viewer: "slate", officer: "blue", coordinator: "green", manager: "amber", admin: "red" };

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={roleTones[role]}>{roleLabels[role]}</Badge>;
}

export function UserStatusBadge({ active }: { active: boolean }) {
  return <Badge tone={active ? "green" : "slate"}>{active ? "Active" : "Deactivated"}</Badge>;
}
