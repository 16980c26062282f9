// Which roles must use a second factor. No "server-only": the security settings form reads it.
import type { Role } from "./policy";

/** Used until an admin saves the security settings. */
export const defaultTwoFactorRoles: readonly Role[] = ["manager", "admin"];

export function roleRequiresSecondFactor(role: Role, requiredRoles: readonly string[] | null | undefined): boolean {
  return (requiredRoles ?? defaultTwoFactorRoles).includes(role);
}
