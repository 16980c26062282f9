// Server actions of the cases section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const casesActions: Record<string, Entry> = {};
