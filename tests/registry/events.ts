// Server actions of the events section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const eventsActions: Record<string, Entry> = {};
