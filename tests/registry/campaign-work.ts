// Server actions of the campaign-work section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const campaignWorkActions: Record<string, Entry> = {};
