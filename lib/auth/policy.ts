// The role table of DESIGN.md, once. Every authorization check in the app reads this object.
// No "server-only" here: the UI reads it too, to hide controls (which protects nothing by itself).
// The roles themselves are the database enum's values (db/enums.ts).
import { roles, type Role } from "@/db/enums";

export { roles, type Role };

export const roleLabels: Record<Role, string> = {
  viewer: "Viewer",
  officer: "Advocacy officer",
  coordinator: "Coordinator",
  manager: "Manager",
  admin: "Admin",
};

const everyone = roles;

export const policy = {
  /** campaigns, contacts, appeals, letters, events, dashboards */
  read: everyone,
  /** restricted cases regardless of assignment (assigned users are checked separately) */
  "case.readRestricted": ["manager", "admin"],
  /** contacts and lists, import, export */
  "contact.write": ["officer", "coordinator", "manager", "admin"],
  /** draft and edit appeals and letters, log dispatches, replies, signatures */
  "appeal.write": ["officer", "manager", "admin"],
  "appeal.approve": ["manager", "admin"],
  /** events, invitations, attendance */
  "event.write": ["coordinator", "manager", "admin"],
  "case.write": ["officer", "manager", "admin"],
  /** set or clear a case's "restricted" flag: deciding who may see a case is a manager's call */
  "case.restrict": ["manager", "admin"],
  "campaign.write": ["manager", "admin"],
  /** merge or delete contacts, delete anything */
  delete: ["manager", "admin"],
  "user.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof policy;

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return !!role && (policy[capability] as readonly Role[]).includes(role);
}

/** Where a signed-in user lands: the dashboard for those who approve the work, My work for the others. */
export function homePath(role: Role): "/dashboard" | "/my-work" {
  return can(role, "appeal.approve") ? "/dashboard" : "/my-work";
}
