// Server actions of the dashboard section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const dashboardActions: Record<string, Entry> = {};
