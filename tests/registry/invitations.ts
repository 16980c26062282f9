// Server actions of the invitations section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const invitationsActions: Record<string, Entry> = {};
