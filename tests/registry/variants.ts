// Inputs that need more than their action's capability, checked by tests/action-matrix.test.ts like
// the actions themselves. A variant calls an action of the registry with an input only `capability`
// may send: those roles succeed; a role that holds the action's own capability but not this one
// gets `refusal` (a refusal of that input, not Forbidden) and nothing changes; the rest, Forbidden.
import type { Capability } from "@/lib/auth/policy";
import type { Fixtures } from "../action-registry";
import { casesVariants } from "./cases";
import { incomingVariants } from "./incoming";

export type Variant = {
  /** the registry key of the action called */
  action: string;
  capability: Capability;
  /** A fresh input for every call (it may create the record acted on, as the owner), so one role's success does not spoil the next role's call. */
  input: (f: Fixtures) => Promise<unknown>;
  refusal: { formError: string; fieldErrors?: Record<string, string[]> };
};

export const actionVariants: Record<string, Variant> = { ...casesVariants, ...incomingVariants };
