// Server actions of the appeals section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const appealsActions: Record<string, Entry> = {};
