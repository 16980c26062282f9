// Server actions of the appeals-output section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const appealsOutputActions: Record<string, Entry> = {};
