// Server actions of the incoming section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const incomingActions: Record<string, Entry> = {};
