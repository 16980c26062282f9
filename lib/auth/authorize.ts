// The one check every data-access function makes: the acting user's role against the policy.
import { ForbiddenError } from "@/lib/errors";
import { can, type Capability, type Role } from "./policy";

export type Acting = { id: string; email: string; role: Role };

export function authorize(user: Acting | null | undefined, capability: Capability): asserts user is Acting {
  if (!user || !can(user.role, capability)) throw new ForbiddenError();
}
