// Server actions of the letters section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const lettersActions: Record<string, Entry> = {};
